#pragma once

#include "sql_connection.h"

#include <cstdint>

namespace yk::server {

/// The newest schema this program knows. The same numbered steps exist for both backends;
/// the embedded store keeps its version in PRAGMA user_version, PostgreSQL in the one-row
/// table yokoten_schema.
int latestServerSchemaVersion();

/// The schema version of the store behind `db`; 0 for an empty database.
StoreResult<std::int64_t> serverSchemaVersion(SqlConnection& db);

/// Brings the store up to the latest schema (SQLite: one transaction per step; PostgreSQL:
/// all steps in one transaction under an advisory lock, so that server processes starting
/// together migrate once). Creates the server id on the first step. Refuses a newer schema.
StoreStatus migrateServerSchema(SqlConnection& db);

} // namespace yk::server
