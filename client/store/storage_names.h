#pragma once

// The device store is built on the storage primitives shared with the server (sync/storage,
// namespace yk::storage). Its repositories and their callers name them as members of
// yk::store, which these declarations make so; the types are the same.
#include "storage/cipher.h"
#include "storage/database.h"
#include "storage/file_io.h"
#include "storage/secret_key.h"
#include "storage/store_error.h"

namespace yk::store {

using storage::Database;
using storage::Savepoint;
using storage::SecretKey;
using storage::Statement;
using storage::StoreError;
using storage::StoreErrorCode;
using storage::StoreResult;
using storage::StoreStatus;
using storage::Transaction;

using storage::applyKey;
using storage::errorCodeName;
using storage::errorFromErrno;
using storage::errorFromSqlite;
using storage::keyAndVerify;
using storage::makeError;
using storage::messageEn;
using storage::messageJa;
using storage::newUuid;
using storage::readWholeFile;
using storage::sha256Hex;
using storage::syncDirectory;
using storage::writeFileAtomically;

} // namespace yk::store
