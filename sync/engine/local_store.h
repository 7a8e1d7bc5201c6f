#pragma once

#include "storage/database.h"
#include "storage/store_error.h"

#include "yokoten/v1/record.pb.h"

#include <optional>
#include <string_view>

namespace yk::sync {

/// What the sync engine needs of a device store: its database (for transactions and the
/// engine's own tables, see SyncRepository and AttachmentRepository) and the records the
/// server sent, by their wire envelope. The device store (client/store) implements it; the
/// engine never sees how records are filed. Writes run inside the caller's transaction.
class LocalStore {
public:
    virtual ~LocalStore() = default;

    virtual storage::Database& database() = 0;

    /// Stores the record (insert or replace by id); a tombstone removes its record.
    virtual storage::StoreStatus putRecord(const yokoten::v1::Record& record) = 0;
    virtual storage::StoreStatus removeRecord(yokoten::v1::RecordKind kind, std::string_view id) = 0;
    virtual storage::StoreResult<std::optional<yokoten::v1::Record>> findRecord(
        yokoten::v1::RecordKind kind, std::string_view id)
        = 0;
    /// Deletes every record pulled from a server (a pull reset); local-only data stays.
    virtual storage::StoreStatus removeAllRecords() = 0;
};

} // namespace yk::sync
