#pragma once

#include "storage_names.h"

#include <span>

namespace yk::store {

/// One numbered schema step. Migrations only ever append: a released step never changes.
struct Migration {
    int version;
    const char* description;
    const char* sql;
    /// Fills what the new tables derive from stored records (payloads SQL cannot read), in
    /// the step's transaction; null when the SQL is the whole step.
    StoreStatus (*fill)(Database& db) = nullptr;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

/// Applies the steps after the database's PRAGMA user_version up to `targetVersion`, each
/// in its own transaction together with the new user_version, so a crash leaves a store at
/// a whole version. A database newer than this program is refused before anything is written.
StoreStatus migrate(Database& db, int targetVersion);

} // namespace yk::store
