#pragma once

#include "store/database.h"

namespace yk::server {

/// The newest schema this program knows (PRAGMA user_version of server.db).
int latestServerSchemaVersion();

/// Brings server.db up to the latest schema, one numbered step per transaction. Creates the
/// server id on the first step.
store::StoreStatus migrateServerSchema(store::Database& db);

} // namespace yk::server
