#pragma once

#include "core/api.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>

namespace yk::test {

/// A scripted Api for HTTP-layer tests and the router fuzzer: fixed answers, call counters,
/// and a hook that can hold a push (graceful-stop tests). "good-token" authenticates,
/// "expired-token" is refused as expired, anything else as invalid.
class FakeApi final : public server::Api {
public:
    static constexpr const char* GoodToken = "good-token";
    static constexpr const char* AttachmentBytes = "0123456789";

    std::atomic<bool> isHealthy { true };
    std::atomic<int> calls { 0 };
    std::atomic<int> pushCalls { 0 };
    /// Runs inside push() before it answers (on the server's Api pool).
    std::function<void()> onPush;

    std::mutex mutex;
    std::string lastToken;
    std::string lastSha256;
    std::string lastFamily;
    std::int64_t lastOffset = -1;
    std::int64_t lastTotal = -1;
    std::string lastChunk;

    yokoten::v1::ServerInfo serverInfo() override
    {
        ++calls;
        yokoten::v1::ServerInfo info;
        info.set_protocol_version(1);
        info.set_min_protocol_version(1);
        info.set_server_id("fake-server");
        return info;
    }
    server::StoreHealth storeHealth() override
    {
        return isHealthy ? server::StoreHealth::Ok : server::StoreHealth::Unavailable;
    }

    server::ApiResult<yokoten::v1::EnrolResponse> enrol(const yokoten::v1::EnrolRequest& request) override
    {
        ++calls;
        if (request.code() != "GOOD-CODE")
            return server::apiError(400, "invalid_enrolment_code", "コードが違います。", "Unknown code.");
        yokoten::v1::EnrolResponse response;
        response.set_device_id("device-1");
        response.set_device_secret("secret");
        return response;
    }
    server::ApiResult<yokoten::v1::SessionTokens> signIn(const yokoten::v1::SignInRequest& request) override
    {
        ++calls;
        if (request.password() != "correct horse")
            return server::apiError(401, "invalid_credentials", "違います。", "Wrong login or password.");
        yokoten::v1::SessionTokens tokens;
        tokens.set_access_token(GoodToken);
        return tokens;
    }
    server::ApiResult<yokoten::v1::SessionTokens> refresh(const yokoten::v1::RefreshRequest& request) override
    {
        ++calls;
        if (request.refresh_token().empty())
            return server::apiError(401, "invalid_refresh_token", "違います。", "Unknown refresh token.");
        yokoten::v1::SessionTokens tokens;
        tokens.set_access_token(GoodToken);
        return tokens;
    }
    server::ApiResult<server::Principal> authenticate(std::string_view accessToken) override
    {
        ++calls;
        {
            std::lock_guard lock(mutex);
            lastToken = std::string(accessToken);
        }
        if (accessToken == "expired-token")
            return server::apiError(401, "token_expired", "期限切れです。", "The access token has expired.");
        if (accessToken != GoodToken)
            return server::apiError(401, "invalid_token", "違います。", "The access token is not valid.");
        server::Principal principal;
        principal.deviceId = "device-1";
        principal.userId = "user-1";
        return principal;
    }
    server::ApiResult<yokoten::v1::PushResponse> push(
        const server::Principal&, const yokoten::v1::PushRequest& request) override
    {
        ++calls;
        ++pushCalls;
        if (onPush)
            onPush();
        yokoten::v1::PushResponse response;
        for (const auto& mutation : request.mutations()) {
            auto* result = response.add_results();
            result->set_seq(mutation.seq());
            result->set_status(mutation.seq() % 2 == 0 ? yokoten::v1::MUTATION_STATUS_DUPLICATE
                                                       : yokoten::v1::MUTATION_STATUS_APPLIED);
            response.set_last_applied_seq(mutation.seq());
        }
        return response;
    }
    server::ApiResult<yokoten::v1::PullResponse> pull(
        const server::Principal&, const yokoten::v1::PullRequest& request) override
    {
        ++calls;
        yokoten::v1::PullResponse response;
        for (int i = 0; i < std::min(request.limit(), 100); ++i)
            response.add_records();
        response.set_cursor("next");
        return response;
    }
    server::ApiResult<yokoten::v1::AttachmentStatus> attachmentStatus(
        const server::Principal&, std::string_view sha256) override
    {
        ++calls;
        std::lock_guard lock(mutex);
        lastSha256 = std::string(sha256);
        yokoten::v1::AttachmentStatus status;
        status.set_sha256(std::string(sha256));
        status.set_size_bytes(10);
        return status;
    }
    server::ApiResult<yokoten::v1::AttachmentStatus> putAttachmentChunk(const server::Principal&,
        std::string_view sha256, std::int64_t offset, std::int64_t totalBytes, std::string_view data) override
    {
        ++calls;
        std::lock_guard lock(mutex);
        lastSha256 = std::string(sha256);
        lastOffset = offset;
        lastTotal = totalBytes;
        lastChunk = std::string(data);
        yokoten::v1::AttachmentStatus status;
        status.set_sha256(std::string(sha256));
        status.set_size_bytes(totalBytes);
        status.set_received_bytes(offset + static_cast<std::int64_t>(data.size()));
        status.set_complete(status.received_bytes() == totalBytes);
        return status;
    }
    server::ApiResult<server::AttachmentSlice> readAttachment(
        const server::Principal&, std::string_view, std::int64_t offset, std::int64_t maxBytes) override
    {
        ++calls;
        const std::string all = AttachmentBytes;
        server::AttachmentSlice slice;
        slice.totalBytes = static_cast<std::int64_t>(all.size());
        slice.offset = offset;
        if (offset < slice.totalBytes)
            slice.data = all.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(maxBytes));
        return slice;
    }
    /// Knows one case, KnownCaseId; every other id is 404.
    static constexpr const char* KnownCaseId = "00000000-0000-4000-8000-000000000001";
    server::ApiResult<yokoten::v1::GoodPracticeCase> wholeCase(
        const server::Principal&, std::string_view id) override
    {
        ++calls;
        if (id != KnownCaseId)
            return server::apiError(404, "not_found", "この事例はありません。", "There is no such case.");
        yokoten::v1::GoodPracticeCase record;
        record.set_id(KnownCaseId);
        record.set_title("見守りセンサー");
        return record;
    }
    server::ApiResult<yokoten::v1::AssessmentAggregates> assessmentAggregates(
        const server::Principal&, std::string_view templateFamily) override
    {
        ++calls;
        std::lock_guard lock(mutex);
        lastFamily = std::string(templateFamily);
        yokoten::v1::AssessmentAggregates aggregates;
        aggregates.set_template_family(std::string(templateFamily));
        aggregates.set_min_facilities(5);
        return aggregates;
    }
};

} // namespace yk::test
