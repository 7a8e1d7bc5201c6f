#pragma once

#include "engine_context.h"
#include "rebaser.h"
#include "server_api.h"

#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/record.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace yk::sync {

/// A whole case fetched on a device that pulls case summaries (an attendee phone, a kiosk).
struct CachedCase {
    std::string id;
    std::int64_t openedAtMs = 0;
};

/// Whole cases on demand (docs/protocol.md, "Case summaries"): fetches one case with
/// GET /v1/cases/{id} and files it as the case's record (search-indexed like any other), in
/// the encrypted store; keeps at most `SyncEngineOptions::cachedWholeCases` of them, the
/// least recently opened going back to their summary. The list lives in the sync state
/// (`cached_cases`), a few kilobytes, so it needs no table of its own.
class CaseCache {
public:
    CaseCache(EngineContext& context, ServerApi& api, Rebaser& rebaser);

    /// Fetches, stores and returns the whole case; the oldest opened beyond the limit are
    /// evicted in the same transaction. A case the server does not give this device is an
    /// error with serverCode "not_found"; no connection is SyncErrorCode::Unreachable.
    SyncResult<yokoten::v1::GoodPracticeCase> fetch(const std::string& id);
    /// A cached case was opened again: it is the last to be evicted.
    SyncStatus touch(const std::string& id);
    /// Puts every whole case beyond the newest `keep` opened back to its summary.
    SyncStatus evictBeyond(int keep);
    /// Newest opened first.
    SyncResult<std::vector<CachedCase>> cached();

private:
    EngineContext& m_context;
    ServerApi& m_api;
    Rebaser& m_rebaser;
};

/// For the rebaser, before pulled summaries are filed: if the device holds a whole copy it
/// fetched of the same revision, that copy with the summary's fields (state, scope …) is
/// filed instead, so a summary never replaces a text with less. A summary of another
/// revision drops the case from the cached list (it is fetched again when opened). One per
/// page: the list is read once, at the first summary, and written back by finish().
class WholeTextKeeper {
public:
    explicit WholeTextKeeper(EngineContext& context);

    /// The record to file instead of `summary`, or nullopt to file the summary.
    SyncResult<std::optional<yokoten::v1::Record>> keep(const yokoten::v1::GoodPracticeCase& summary);
    SyncStatus finish();

private:
    EngineContext& m_context;
    std::optional<std::vector<CachedCase>> m_list;
    bool m_changed = false;
};

} // namespace yk::sync
