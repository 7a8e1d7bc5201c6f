#pragma once

#include "api_error.h"
#include "principal.h"

#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace yk::server {

/// A slice of an attachment read for a download (GET with an optional Range).
struct AttachmentSlice {
    std::int64_t totalBytes = 0;
    std::int64_t offset = 0;
    std::string data;
};

/// The state of the store as /v1/health reports it.
enum class StoreHealth {
    Ok,
    Unavailable, ///< it cannot be read now (busy, gone, a database that does not answer)
    Damaged, ///< its integrity check failed: restore it from a backup (docs/operations.md)
};

/// Everything the HTTP layer can ask of the server, already decoded. The HTTP layer owns
/// transport concerns (TLS, limits, content types, status lines, metrics, logs); an Api
/// implementation owns meaning (authentication, rules, storage). Implementations are
/// thread-safe: the HTTP layer calls them from several threads at once.
class Api {
public:
    virtual ~Api() = default;

    virtual yokoten::v1::ServerInfo serverInfo() = 0;
    /// Whether the store answers and is whole; the health check's only dependency.
    virtual StoreHealth storeHealth() = 0;

    virtual ApiResult<yokoten::v1::EnrolResponse> enrol(const yokoten::v1::EnrolRequest& request) = 0;
    virtual ApiResult<yokoten::v1::SessionTokens> signIn(const yokoten::v1::SignInRequest& request) = 0;
    virtual ApiResult<yokoten::v1::SessionTokens> refresh(const yokoten::v1::RefreshRequest& request) = 0;
    /// Resolves "Authorization: Bearer <token>" (the token only) to the caller; 401 when
    /// the token is missing, expired, forged, or its device or user is revoked or disabled.
    virtual ApiResult<Principal> authenticate(std::string_view accessToken) = 0;

    virtual ApiResult<yokoten::v1::PushResponse> push(
        const Principal& caller, const yokoten::v1::PushRequest& request)
        = 0;
    virtual ApiResult<yokoten::v1::PullResponse> pull(
        const Principal& caller, const yokoten::v1::PullRequest& request)
        = 0;

    virtual ApiResult<yokoten::v1::AttachmentStatus> attachmentStatus(
        const Principal& caller, std::string_view sha256)
        = 0;
    /// Stores bytes [offset, offset + data.size()) of a file of `totalBytes`; the last chunk
    /// completes it once the SHA-256 of the whole matches `sha256`.
    virtual ApiResult<yokoten::v1::AttachmentStatus> putAttachmentChunk(const Principal& caller,
        std::string_view sha256, std::int64_t offset, std::int64_t totalBytes, std::string_view data)
        = 0;
    /// At most `maxBytes` from `offset` of a complete attachment the caller may see.
    virtual ApiResult<AttachmentSlice> readAttachment(
        const Principal& caller, std::string_view sha256, std::int64_t offset, std::int64_t maxBytes)
        = 0;

    /// One whole case the caller may pull (the same audiences as a pull); 404 for a case
    /// that does not exist and for one the caller may not see alike.
    virtual ApiResult<yokoten::v1::GoodPracticeCase> wholeCase(const Principal& caller, std::string_view id)
        = 0;

    virtual ApiResult<yokoten::v1::AssessmentAggregates> assessmentAggregates(
        const Principal& caller, std::string_view templateFamily)
        = 0;
};

} // namespace yk::server
