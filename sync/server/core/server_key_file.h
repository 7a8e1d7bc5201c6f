#pragma once

#include "storage/secret_key.h"
#include "storage/store_error.h"

#include <filesystem>
#include <string_view>

namespace yk::server {

/// The key file of an embedded server store (`server.key`, mode 0600): the line
/// "yokoten-server-key 1", then the store's raw 256-bit SQLCipher key as 64 hex digits on one
/// line. ServerStore writes it once; the store and the backup read it through here only.
namespace server_key_file {

inline constexpr std::string_view Header = "yokoten-server-key 1";

/// The key in `text`; Corrupt with what is wrong (header, digits, extra text) otherwise.
storage::StoreResult<storage::SecretKey> parse(std::string_view text);

/// Reads and parses the file; NotFound when it is missing, InvalidArgument when group or
/// others may read it (a copied or restored key must be made private again).
storage::StoreResult<storage::SecretKey> read(const std::filesystem::path& path);

/// Creates the file (never replaces one), mode 0600, synced to disk.
storage::StoreStatus write(const std::filesystem::path& path, const storage::SecretKey& key);

} // namespace server_key_file

} // namespace yk::server
