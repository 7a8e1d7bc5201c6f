#pragma once

#include "attachment_repository.h"
#include "engine_context.h"
#include "server_api.h"

#include <optional>
#include <string>

namespace yk::sync {

/// The sync log and what a status screen shows: notes each attempt, reads the overview, and
/// tells how one record stands (synced, pending, rejected).
class SyncOverviewReader {
public:
    SyncOverviewReader(EngineContext& context, ServerApi& api, AttachmentRepository& files);

    SyncResult<SyncOverview> overview();
    SyncResult<RecordSyncState> stateOf(yokoten::v1::RecordKind kind, const std::string& id);
    /// Keeps the outcome of one sync round in the sync log.
    SyncStatus noteAttempt(const std::optional<SyncError>& error, const SyncReport* report);

private:
    EngineContext& m_context;
    ServerApi& m_api;
    AttachmentRepository& m_files;
};

} // namespace yk::sync
