#pragma once

#include "core/api.h"
#include "core/server_store.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>

namespace yk::server {

class Authenticator;
class AttachmentStore;
class Mutator;
class TicketSigner;

struct ServiceOptions {
    /// Mutations accepted in one push; a larger batch is refused whole (413) so a device
    /// splits it.
    int maxMutationsPerPush = 500;
    /// Records in one pull page when the device does not ask for fewer.
    int defaultPullLimit = 500;
    int maxPullLimit = 5000;
    /// The server's clock; tests move it (token expiry, deadlines).
    std::function<std::chrono::system_clock::time_point()> clock
        = [] { return std::chrono::system_clock::now(); };
    /// Told of every storage failure behind an answer: the operation ("pull") and the log
    /// detail (error code and what failed, no record content). The executable logs it.
    std::function<void(std::string_view operation, std::string_view detail)> onStoreError;
    /// How often /v1/health has the store's integrity check run again (in the background;
    /// health answers with the last result); after a storage failure, at the next health
    /// check.
    std::chrono::seconds integrityCheckInterval { 300 };
};

/// The server's meaning behind the HTTP layer: authentication, push (authoritative mutations
/// in order, idempotent per device), pull (by audience, from a cursor), attachments and
/// aggregates, over one ServerStore.
class SyncService final : public Api {
public:
    /// Opens the store in `dataDir` and everything that lives in it (token and ticket keys).
    static StoreResult<std::unique_ptr<SyncService>> open(
        const std::filesystem::path& dataDir, ServiceOptions options = {});
    /// Serves an opened store (embedded or PostgreSQL) and everything that lives in it.
    static StoreResult<std::unique_ptr<SyncService>> open(
        std::unique_ptr<ServerStore> store, ServiceOptions options = {});
    ~SyncService() override;

    ServerStore& store() { return *m_store; }
    Authenticator& authenticator() { return *m_auth; }
    TicketSigner& ticketSigner() { return *m_signer; }

    /// Runs the store's integrity check now (at start) and remembers the outcome for health.
    StoreStatus checkStore();

    yokoten::v1::ServerInfo serverInfo() override;
    StoreHealth storeHealth() override;
    ApiResult<yokoten::v1::EnrolResponse> enrol(const yokoten::v1::EnrolRequest& request) override;
    ApiResult<yokoten::v1::SessionTokens> signIn(const yokoten::v1::SignInRequest& request) override;
    ApiResult<yokoten::v1::SessionTokens> refresh(const yokoten::v1::RefreshRequest& request) override;
    ApiResult<Principal> authenticate(std::string_view accessToken) override;
    ApiResult<yokoten::v1::PushResponse> push(
        const Principal& caller, const yokoten::v1::PushRequest& request) override;
    ApiResult<yokoten::v1::PullResponse> pull(
        const Principal& caller, const yokoten::v1::PullRequest& request) override;
    ApiResult<yokoten::v1::AttachmentStatus> attachmentStatus(
        const Principal& caller, std::string_view sha256) override;
    ApiResult<yokoten::v1::AttachmentStatus> putAttachmentChunk(const Principal& caller,
        std::string_view sha256, std::int64_t offset, std::int64_t totalBytes,
        std::string_view data) override;
    ApiResult<AttachmentSlice> readAttachment(const Principal& caller, std::string_view sha256,
        std::int64_t offset, std::int64_t maxBytes) override;
    ApiResult<yokoten::v1::GoodPracticeCase> wholeCase(const Principal& caller, std::string_view id) override;
    ApiResult<yokoten::v1::AssessmentAggregates> assessmentAggregates(
        const Principal& caller, std::string_view templateFamily) override;

private:
    SyncService(std::unique_ptr<ServerStore> store, ServiceOptions options);
    ApiResult<yokoten::v1::PushResponse> pushBatch(
        const Principal& caller, const yokoten::v1::PushRequest& request);
    ApiResult<yokoten::v1::PullResponse> pullPage(
        const Principal& caller, const yokoten::v1::PullRequest& request);
    ApiResult<yokoten::v1::GoodPracticeCase> findWholeCase(const Principal& caller, std::string_view id);
    /// One attempt at a push. Without `isolate`, stops at the first rejected mutation, rolls
    /// everything back and sets `needsIsolation`; with it, each mutation runs in a savepoint.
    ApiResult<yokoten::v1::PushResponse> applyBatch(const Principal& caller,
        const yokoten::v1::PushRequest& request, std::chrono::system_clock::time_point now, bool isolate,
        bool& needsIsolation);

    /// Logs a storage failure behind `result` and has health check the store again.
    template <typename T> ApiResult<T> observed(ApiResult<T> result, std::string_view operation);

    ServiceOptions m_options;
    /// The integrity check behind /v1/health (it runs on m_checker, never on a request).
    void runIntegrityCheck();

    std::mutex m_healthMutex;
    std::chrono::steady_clock::time_point m_lastCheck = std::chrono::steady_clock::now();
    bool m_damaged = false;
    bool m_checking = false;
    std::thread m_checker;
    std::atomic<bool> m_failureSeen { false };
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<TicketSigner> m_signer;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<Mutator> m_mutator;
    std::unique_ptr<AttachmentStore> m_attachments;
};

} // namespace yk::server
