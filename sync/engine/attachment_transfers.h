#pragma once

#include "attachment_repository.h"
#include "engine_context.h"
#include "server_api.h"

#include <cstdint>
#include <string>

namespace yk::sync {

/// Moves attachments on their own queue: uploads resume from what the server holds,
/// downloads keep each chunk as it arrives and check the SHA-256 of the whole file.
class AttachmentTransfers {
public:
    AttachmentTransfers(EngineContext& context, ServerApi& api);

    SyncStatus queueUpload(const std::string& sha256, std::int64_t sizeBytes);
    /// Queues a download unless the file is on the device already.
    SyncStatus queueDownload(const std::string& sha256, std::int64_t sizeBytes);
    /// Works through the queue; the report counts the bytes moved.
    SyncResult<SyncReport> transferAll();

    AttachmentRepository& repository() { return m_files; }

private:
    SyncResult<std::int64_t> upload(const std::string& sha256, std::int64_t sizeBytes);
    SyncResult<std::int64_t> download(
        const std::string& sha256, std::int64_t sizeBytes, std::int64_t doneBytes);

    EngineContext& m_context;
    ServerApi& m_api;
    AttachmentRepository m_files;
};

} // namespace yk::sync
