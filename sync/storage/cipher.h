#pragma once

#include "database.h"
#include "secret_key.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace yk::storage {

/// Keys a fresh connection with a raw 256-bit key (no PBKDF2) and the file's page size.
/// SQLCipher accepts any key here; use keyAndVerify() when opening an existing file.
StoreStatus applyKey(Database& db, const SecretKey& key, std::uint32_t pageSize);

/// applyKey() plus a first read that proves the key: a wrong key or a foreign file gives
/// StoreErrorCode::WrongKey instead of a failure on some later statement.
StoreStatus keyAndVerify(Database& db, const SecretKey& key, std::uint32_t pageSize);

/// A random (version 4) UUID in lower-case hex with dashes.
std::string newUuid();

/// SHA-256 of `bytes` as 64 lower-case hex digits: the address of an attachment.
std::string sha256Hex(std::string_view bytes);

} // namespace yk::storage
