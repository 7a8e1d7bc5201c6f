#pragma once

#include "engine_context.h"
#include "rebaser.h"
#include "server_api.h"

#include <string>
#include <utility>
#include <vector>

namespace yk::sync {

/// Sends the outbox in batches (bounded by count and bytes, one edit of a case per batch)
/// and records each answer: outcomes, the server's records, the acknowledged seq, a kiosk's
/// purge of visitor data, then a rebase. Each batch's answer commits in one transaction.
class Pusher {
public:
    Pusher(EngineContext& context, ServerApi& api, Rebaser& rebaser);

    SyncResult<SyncReport> push();

private:
    /// A case edit that is still waiting was made on top of an earlier edit of the same case
    /// that the server has now applied as `revision`: base it on that revision, so that the
    /// device's second edit of a field does not conflict with its first.
    SyncStatus rebasePendingEdits(
        std::int64_t afterSeq, const std::string& caseId, std::int64_t baseRevision, std::int64_t revision);

    /// Kiosks keep no visitor data once the server answered: the records go, counters stay.
    SyncStatus purgeVisitorData(
        const std::vector<std::pair<int, std::string>>& targets, std::int64_t sent, std::int64_t refused);

    EngineContext& m_context;
    ServerApi& m_api;
    Rebaser& m_rebaser;
};

} // namespace yk::sync
