#pragma once

#include "engine_context.h"
#include "rebaser.h"
#include "server_api.h"

namespace yk::sync {

/// Pulls every change since the cursor, page by page, each page in one transaction; the
/// next page is already on its way while one is written. The last page drops what the
/// server has processed from the outbox; every page ends with a rebase.
class Puller {
public:
    Puller(EngineContext& context, ServerApi& api, Rebaser& rebaser);

    SyncResult<SyncReport> pull();

private:
    SyncStatus applyPage(const yokoten::v1::PullResponse& page, SyncReport& report);

    EngineContext& m_context;
    ServerApi& m_api;
    Rebaser& m_rebaser;
};

} // namespace yk::sync
