#pragma once

#include "storage/store_error.h"

#include <filesystem>

namespace yk::server {

/// Copies the embedded server store of `dataDir` (server.db, keyed by server.key) into
/// `target`, a new file, while the server keeps running: SQLite's online backup in one read
/// transaction, so the copy is one consistent point in time. The copy is checked (opens with
/// the key, passes quick_check), synced and only then renamed into place; on failure no
/// `target` appears. It is encrypted with the same key, which the operator keeps elsewhere.
storage::StoreStatus backupEmbeddedStore(
    const std::filesystem::path& dataDir, const std::filesystem::path& target);

} // namespace yk::server
