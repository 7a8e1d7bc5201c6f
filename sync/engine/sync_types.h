#pragma once

#include "sync_error.h"
#include "transport/backoff.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    /// Bytes of mutations per push request. Every server accepts request bodies of
    /// MaxRequestBytes (docs/protocol.md); half of it leaves room for the envelope.
    std::int64_t pushBatchBytes = 4 * 1024 * 1024;
    /// The largest request body a server must accept; a single mutation above it can never
    /// be sent and is reported as too large instead of being tried again and again.
    std::int64_t maxRequestBytes = 8 * 1024 * 1024;
    int pullPageSize = 1000; ///< records per pull page
    /// Whole cases a summaries device (phone, kiosk) keeps after opening them; the least
    /// recently opened beyond this go back to their summary (CaseCache).
    int cachedWholeCases = 200;
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

} // namespace yk::sync
