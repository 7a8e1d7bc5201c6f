#pragma once

#include "database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::store {

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

/// The sync engine's tables in the device store: sync state (key → bytes), outbox, outcomes,
/// overlay bases. Writes do not open transactions: the engine groups them with the record
/// changes they belong to, so a mutation and its effect commit together or not at all.
class SyncRepository {
public:
    explicit SyncRepository(Database& db);

    StoreResult<std::optional<std::string>> value(std::string_view key);
    StoreStatus setValue(std::string_view key, std::string_view value);
    StoreStatus removeValue(std::string_view key);

    StoreStatus appendOutbox(const OutboxEntry& entry);
    /// The oldest pending mutations after `afterSeq`, at most `limit` (-1: all).
    StoreResult<std::vector<OutboxEntry>> outbox(int limit = -1, std::int64_t afterSeq = 0);
    StoreResult<std::int64_t> outboxCount();
    StoreStatus removeOutbox(std::int64_t seq);
    /// Drops every mutation the server has already processed (seq ≤ lastAppliedSeq).
    StoreStatus removeOutboxUpTo(std::int64_t lastAppliedSeq);
    /// True while a pending mutation changes this record.
    StoreResult<bool> hasPending(int kind, std::string_view id);

    StoreStatus recordOutcome(const MutationOutcome& outcome);
    /// The most recent outcome about a record, if any.
    StoreResult<std::optional<MutationOutcome>> latestOutcome(int kind, std::string_view id);
    StoreResult<std::vector<MutationOutcome>> recentOutcomes(int limit);

    StoreResult<std::vector<OverlayBase>> overlayBases();
    StoreResult<bool> hasOverlayBase(int kind, std::string_view id);
    StoreStatus putOverlayBase(const OverlayBase& base);
    StoreStatus clearOverlayBases();

private:
    Database& m_db;
};

} // namespace yk::store
