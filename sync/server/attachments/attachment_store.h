#pragma once

#include "core/api.h"
#include "core/server_store.h"

#include <chrono>
#include <cstdint>
#include <string_view>

namespace yk::server {

/// Content-addressed attachments (photos, PDF slides) uploaded in resumable chunks.
/// The bytes live in the encrypted server store. A file is complete when all bytes are in
/// and their SHA-256 matches the address; a mismatch discards the upload. A caller may read
/// a file it uploaded from its device, or one referenced by a record it may see.
class AttachmentStore {
public:
    static constexpr std::int64_t MaxFileBytes = 50LL * 1024 * 1024;
    static constexpr std::int64_t MaxChunkBytes = 1024LL * 1024;

    explicit AttachmentStore(ServerStore& store);

    /// How much of a file the server holds (0 received for an unknown one): where to resume.
    ApiResult<yokoten::v1::AttachmentStatus> status(const Principal& caller, std::string_view sha256);
    /// Appends one chunk, in order, in its own transaction; an identical retry of a stored chunk
    /// answers the status; a gap or another total is 409 upload_offset_mismatch; the last chunk
    /// completes the file if the SHA-256 matches, else the upload is discarded (422).
    ApiResult<yokoten::v1::AttachmentStatus> putChunk(const Principal& caller, std::string_view sha256,
        std::int64_t offset, std::int64_t totalBytes, std::string_view data,
        std::chrono::system_clock::time_point now);
    /// At most `maxBytes` from `offset` of a complete file the caller may read; 404 for anything
    /// it may not know about, 416 for an offset at or past the end.
    ApiResult<AttachmentSlice> read(
        const Principal& caller, std::string_view sha256, std::int64_t offset, std::int64_t maxBytes);

private:
    ServerStore& m_store;
};

} // namespace yk::server
