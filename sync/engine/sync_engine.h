#pragma once

#include "local_effects.h"
#include "sync_error.h"
#include "transport/backoff.h"
#include "transport/transport.h"

#include "device_state.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace yk::store {
class Store;
struct MutationOutcome;
} // namespace yk::store

namespace yk::sync {

/// What the engine is doing now, for a progress line ("受信中 1,240 / 10,000 件").
struct SyncActivity {
    enum class Phase { Idle, SigningIn, Sending, Receiving, Uploading, Downloading };
    Phase phase = Phase::Idle;
    std::int64_t done = 0;
    std::int64_t total = 0; ///< 0 when unknown
};
std::string_view phaseName(SyncActivity::Phase phase);

/// How a record stands, as the UI shows it.
enum class RecordSyncState {
    Synced, ///< the server's copy, nothing pending
    Pending, ///< waiting to be sent (or sent and not yet confirmed)
    Rejected, ///< the server refused the last change; see the outcome for why
};

/// What one sync round did.
struct SyncReport {
    std::int64_t sent = 0;
    std::int64_t applied = 0;
    std::int64_t rejected = 0;
    std::int64_t duplicates = 0;
    std::int64_t conflicts = 0; ///< case fields someone else changed too (kept on the case)
    std::int64_t received = 0; ///< records pulled (tombstones included)
    std::int64_t removed = 0; ///< tombstones among them
    bool reset = false; ///< the server asked for a fresh start (role changed)
    std::int64_t uploadedBytes = 0;
    std::int64_t downloadedBytes = 0;
    std::vector<std::string> rejections; ///< "name: reason" per rejected mutation (Japanese)
    /// Kiosks: mutations carrying visitor data whose local copies were purged after the answer.
    std::int64_t purged = 0;
};

/// The state a status screen shows.
struct SyncOverview {
    bool enrolled = false;
    bool signedIn = false;
    std::string serverUrl;
    std::string deviceId;
    yokoten::v1::DeviceKind deviceKind = yokoten::v1::DEVICE_KIND_UNSPECIFIED;
    std::string login; ///< empty for a device session
    std::string organisationId;
    bool online = false; ///< the last contact with the server worked
    std::int64_t pending = 0; ///< mutations not yet confirmed by the server
    std::int64_t pendingUploads = 0;
    std::int64_t pendingDownloads = 0;
    std::int64_t lastSuccessMs = 0;
    std::int64_t lastAttemptMs = 0;
    std::int64_t clockSkewMs = 0;
    std::optional<SyncError> lastError;
    std::string cursor; ///< the pull cursor of this device's scopes (opaque to the device)
    std::string scope; ///< whose scopes it covers: "user:<login>" or "device:<kind>"
    std::int64_t lastAppliedSeq = 0;
    SyncActivity activity;
    /// Kiosks, for the attendant's status screen: visitor entries the server accepted / refused
    /// since enrolment (the entries themselves are gone from the device).
    std::int64_t visitorEntriesSent = 0;
    std::int64_t visitorEntriesRefused = 0;
};

struct SyncEngineOptions {
    int pushBatch = 200; ///< mutations per push request
    int pullPageSize = 1000; ///< records per pull page
    /// Device clock in milliseconds since the epoch (injectable for tests).
    std::function<std::int64_t()> nowMillis;
    /// Called on the engine's thread as work progresses.
    std::function<void(const SyncActivity&)> onProgress;
    /// Attachments: bytes per upload/download request.
    std::int64_t attachmentChunkBytes = 512 * 1024;
    /// Crash tests: called at named points of a sync ("push_answered" …, listed in
    /// docs/architecture.md) so a test can kill the process exactly there.
    std::function<void(std::string_view point)> checkpoint;
    /// Retries of syncWithRetries(): how long to wait (full jitter) and how to wait.
    BackoffPolicy retryPolicy;
    std::function<void(std::chrono::milliseconds)> sleep;
};

/// The client side of sync: local writes through the outbox, push, pull, rebase,
/// attachments. Talks to one device store and one transport; not thread-safe (run it on
/// one worker thread; `cancel()` and `activity()` may be called from others).
class SyncEngine {
public:
    SyncEngine(store::Store& store, Transport& transport, SyncEngineOptions options = {});

    /// How to reach the server this store is enrolled with (for building the transport).
    static SyncResult<TransportOptions> transportOptionsOf(store::Store& store);

    /// Trades a one-time enrolment code for device credentials and keeps them, with the
    /// server URL and CA, in the store. `transport` must already point at `serverUrl`.
    SyncResult<yokoten::v1::EnrolResponse> enrol(const std::string& serverUrl, const std::string& caPem,
        const std::string& pinnedSpkiSha256, const std::string& code, const std::string& deviceName,
        const std::string& platform);
    /// Signs in as a user (tablet) or, with an empty login, as the device (kiosk, phone).
    SyncResult<yokoten::v1::SessionTokens> signIn(const std::string& login, const std::string& password);
    /// Forgets the session tokens (pending changes stay).
    SyncStatus signOut();

    /// A local write: gives the mutation the next seq and stores it in the outbox in the same
    /// transaction as its optimistic effect. Works offline. Returns the seq.
    SyncResult<std::int64_t> submit(yokoten::v1::Mutation mutation);

    /// One full round: push everything pending, pull every change, move attachments.
    SyncResult<SyncReport> syncOnce();
    /// syncOnce(), tried again after a growing, jittered wait while the failure is one that
    /// time can fix (no network, timeout, server busy); at most `attempts` tries in all.
    /// The wait between tries is what the app shows as "next try in …".
    SyncResult<SyncReport> syncWithRetries(int attempts);
    SyncResult<SyncReport> push();
    SyncResult<SyncReport> pull();

    /// Queues a local file (already in the store's attachments table) for upload.
    SyncStatus queueUpload(const std::string& sha256, std::int64_t sizeBytes);
    /// Queues a download of an attachment a record refers to.
    SyncStatus queueDownload(const std::string& sha256, std::int64_t sizeBytes);
    SyncResult<SyncReport> transferAttachments();

    SyncResult<SyncOverview> overview();
    SyncResult<RecordSyncState> stateOf(yokoten::v1::RecordKind kind, const std::string& id);

    /// The session's user and organisation, once signed in.
    SyncResult<yokoten::device::DeviceSession> session();
    SyncResult<yokoten::device::DeviceAccount> account();

    void cancel();
    SyncActivity activity() const;
    /// True once the server said this device is revoked; the caller must then wipe the
    /// store folder (wipeStore) and tell the user.
    bool revoked() const { return m_revoked; }

private:
    SyncResult<HttpResponse> send(HttpRequest request, bool bearer);
    /// The network part alone (safe on a worker thread: no store access).
    SyncResult<HttpResponse> sendWithToken(HttpRequest request, const std::string& accessToken);
    SyncStatus applyPullPage(const yokoten::v1::PullResponse& page, SyncReport& report);
    /// Sends with the bearer token, renews it once when it expired; a non-2xx answer is an error.
    SyncResult<HttpResponse> exchange(const HttpRequest& request, bool bearer);
    SyncResult<std::int64_t> uploadOne(const std::string& sha256, std::int64_t sizeBytes);
    SyncResult<std::int64_t> downloadOne(
        const std::string& sha256, std::int64_t sizeBytes, std::int64_t doneBytes);
    template <typename Reply>
    SyncResult<Reply> call(const std::string& target, const google::protobuf::Message& body, bool bearer);
    SyncStatus refreshSession();
    SyncError errorFromResponse(const HttpResponse& response);
    SyncStatus applyServerRecords(const google::protobuf::RepeatedPtrField<yokoten::v1::Record>& records);
    /// Kiosks keep no visitor data once the server answered: the local record, the outbox
    /// row and the answer's records of the mutation's target go, only counters stay.
    SyncStatus purgeVisitorData(
        const std::vector<std::pair<int, std::string>>& targets, std::int64_t sent, std::int64_t refused);
    SyncResult<bool> isKiosk();
    SyncStatus rebase();
    SyncStatus noteAttempt(const std::optional<SyncError>& error, const SyncReport* report);
    void setActivity(SyncActivity::Phase phase, std::int64_t done, std::int64_t total);
    std::int64_t now() const;
    void checkpoint(std::string_view point) const;
    SyncResult<std::int64_t> readInt(const char* key);
    SyncStatus writeInt(const char* key, std::int64_t value);

    store::Store& m_store;
    Transport& m_transport;
    SyncEngineOptions m_options;
    std::atomic<bool> m_revoked { false };
    std::atomic<bool> m_cancelled { false };
    mutable std::mutex m_activityMutex;
    SyncActivity m_activity;
    std::atomic<std::int64_t> m_clockSkewMs { 0 };
    std::atomic<bool> m_online { false };
    Backoff m_backoff;
};

/// Deletes a device store folder for good: the key file first, so that what may be left
/// on disk can never be decrypted again.
bool wipeStore(const std::string& directory, std::string* error = nullptr);

} // namespace yk::sync
