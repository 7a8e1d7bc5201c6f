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
    static constexpr std::int64_t MaxChunkBytes = 1024 * 1024;

    explicit AttachmentStore(ServerStore& store);

    ApiResult<yokoten::v1::AttachmentStatus> status(const Principal& caller, std::string_view sha256);
    ApiResult<yokoten::v1::AttachmentStatus> putChunk(const Principal& caller, std::string_view sha256,
        std::int64_t offset, std::int64_t totalBytes, std::string_view data,
        std::chrono::system_clock::time_point now);
    ApiResult<AttachmentSlice> read(
        const Principal& caller, std::string_view sha256, std::int64_t offset, std::int64_t maxBytes);

private:
    ServerStore& m_store;
};

} // namespace yk::server
