#pragma once

#include "case_repository.h"
#include "record_repository.h"
#include "storage_names.h"

#include "yokoten/v1/record.pb.h"

#include <optional>
#include <string_view>

namespace yk::store {

/// Records of any kind by their wire envelope (yokoten.v1.Record): what the sync engine
/// reads and writes, dispatched to the case and record repositories. Writes must run inside
/// a transaction of the caller, who rolls all of it back when one fails.
class EnvelopeRepository {
public:
    EnvelopeRepository(Database& db, CaseRepository& cases, RecordRepository& records);

    /// Stores the record (insert or replace by id); a tombstone removes its record.
    StoreStatus put(const yokoten::v1::Record& record);
    StoreStatus remove(yokoten::v1::RecordKind kind, std::string_view id);
    StoreResult<std::optional<yokoten::v1::Record>> find(yokoten::v1::RecordKind kind, std::string_view id);
    /// The stored server_version of a record; std::nullopt when there is none.
    StoreResult<std::optional<std::int64_t>> serverVersion(yokoten::v1::RecordKind kind, std::string_view id);
    /// Deletes every record pulled from a server (a pull reset): all record tables and the
    /// search index. Local-only data (outbox, drafts, sync state) stays.
    StoreStatus removeAll();

private:
    Database& m_db;
    CaseRepository& m_cases;
    RecordRepository& m_records;
};

} // namespace yk::store
