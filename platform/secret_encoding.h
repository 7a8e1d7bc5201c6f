#pragma once

#include "storage/secret_key.h"

#include <optional>
#include <string>
#include <string_view>

namespace yk::platform {

/// The text form of a vault secret: 64 lower-case hex digits. Text, because the Secret
/// Service keeps passwords as strings and an administrator writes systemd credentials by hand.
std::string encodeSecret(const storage::SecretKey& secret);
/// Accepts 64 hex digits (either case, surrounding white space ignored) or exactly 32 raw
/// bytes; anything else is nullopt.
std::optional<storage::SecretKey> decodeSecret(std::string_view text);
/// A store id usable as a file name and a keyring attribute: 1–64 of [0-9A-Za-z-].
bool isValidStoreId(std::string_view storeId);

} // namespace yk::platform
