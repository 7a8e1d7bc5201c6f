#pragma once

#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::sync {

/// One pending mutation in the outbox.
struct OutboxEntry {
    std::int64_t seq = 0;
    std::string name; ///< e.g. "sign_up"
    int targetKind = 0; ///< yokoten.v1.RecordKind of the record it changes
    std::string targetId;
    std::int64_t createdAtMillis = 0;
    std::string mutation; ///< serialized yokoten.v1.Mutation
};

/// What the server decided about a sent mutation (kept for rejections, shown to the user).
struct MutationOutcome {
    std::int64_t seq = 0;
    std::string name;
    int targetKind = 0;
    std::string targetId;
    int status = 0; ///< yokoten.v1.MutationStatus
    std::string reasonCode;
    std::string messageJa;
    std::string messageEn;
    std::int64_t decidedAtMillis = 0;
};

/// A record's server copy under the device's pending changes (payload empty = none on the server).
struct OverlayBase {
    int kind = 0;
    std::string id;
    std::optional<std::string> payload; ///< serialized yokoten.v1.Record
};

/// The sync engine's tables in the device store (created by the device store's migrations,
/// client/store/migrations.cpp): sync state (key → bytes), outbox, outcomes,
/// overlay bases. Writes do not open transactions: the engine groups them with the record
/// changes they belong to, so a mutation and its effect commit together or not at all.
class SyncRepository {
public:
    explicit SyncRepository(storage::Database& db);

    storage::StoreResult<std::optional<std::string>> value(std::string_view key);
    storage::StoreStatus setValue(std::string_view key, std::string_view value);
    storage::StoreStatus removeValue(std::string_view key);

    storage::StoreStatus appendOutbox(const OutboxEntry& entry);
    /// The oldest pending mutations after `afterSeq`, at most `limit` (-1: all).
    storage::StoreResult<std::vector<OutboxEntry>> outbox(int limit = -1, std::int64_t afterSeq = 0);
    /// The pending mutations of one record after `afterSeq`, oldest first (by index).
    storage::StoreResult<std::vector<OutboxEntry>> outboxFor(
        int kind, std::string_view id, std::int64_t afterSeq);
    storage::StoreResult<std::int64_t> outboxCount();
    storage::StoreStatus removeOutbox(std::int64_t seq);
    /// Rewrites a pending mutation that was never sent (the pusher re-bases a case edit on
    /// the revision its own earlier edit produced).
    storage::StoreStatus replaceOutboxMutation(std::int64_t seq, std::string_view mutation);
    /// Drops every mutation the server has already processed (seq ≤ lastAppliedSeq).
    storage::StoreStatus removeOutboxUpTo(std::int64_t lastAppliedSeq);
    /// True while a pending mutation changes this record.
    storage::StoreResult<bool> hasPending(int kind, std::string_view id);

    storage::StoreStatus recordOutcome(const MutationOutcome& outcome);
    /// The most recent outcome about a record, if any.
    storage::StoreResult<std::optional<MutationOutcome>> latestOutcome(int kind, std::string_view id);
    storage::StoreResult<std::vector<MutationOutcome>> recentOutcomes(int limit);

    storage::StoreResult<std::vector<OverlayBase>> overlayBases();
    storage::StoreResult<bool> hasOverlayBase(int kind, std::string_view id);
    storage::StoreStatus putOverlayBase(const OverlayBase& base);
    storage::StoreStatus clearOverlayBases();

private:
    storage::Database& m_db;
};

} // namespace yk::sync
