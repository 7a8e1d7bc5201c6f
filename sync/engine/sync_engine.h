#pragma once

#include "local_effects.h"
#include "local_store.h"
#include "sync_error.h"
#include "sync_types.h"
#include "transport/backoff.h"
#include "transport/transport.h"

#include "device_state.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace yk::sync {

class AttachmentTransfers;
class CaseCache;
struct CachedCase;
class EngineContext;
class Enrolment;
class OutboxWriter;
class Puller;
class Pusher;
class Rebaser;
class ServerApi;
class SyncOverviewReader;

/// The client side of sync: local writes through the outbox, push, pull, rebase,
/// attachments. Talks to one device store (LocalStore) and one transport; not thread-safe
/// (run it on one worker thread; `cancel()` and `activity()` may be called from others).
/// It wires parts with one job each (docs/architecture.md, "Sync engine"): ServerApi,
/// Enrolment, OutboxWriter, Rebaser, Pusher, Puller, AttachmentTransfers, SyncOverviewReader.
class SyncEngine {
public:
    SyncEngine(LocalStore& store, Transport& transport, SyncEngineOptions options = {});
    ~SyncEngine();

    /// How to reach the server this store is enrolled with (for building the transport).
    static SyncResult<TransportOptions> transportOptionsOf(LocalStore& store);

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

    /// Whole cases on a device that pulls summaries (a phone, a kiosk): fetches one case
    /// from the server and keeps it, encrypted and search-indexed, among the last
    /// `cachedWholeCases` opened. Needs a connection; a case this device may not see is an
    /// error with serverCode "not_found".
    SyncResult<yokoten::v1::GoodPracticeCase> fetchWholeCase(const std::string& caseId);
    /// A whole case already held was opened again (it is evicted last).
    SyncStatus noteCaseOpened(const std::string& caseId);
    /// The whole cases held, newest opened first.
    SyncResult<std::vector<CachedCase>> cachedWholeCases();

    SyncResult<SyncOverview> overview();
    /// Asks the server's /v1/health whether it can be reached (no token, no store read).
    /// A failure is noted like a failed round, so the overview says offline at once; a
    /// success changes nothing (the next round clears the error).
    SyncStatus probe();
    SyncResult<RecordSyncState> stateOf(yokoten::v1::RecordKind kind, const std::string& id);

    /// The session's user and organisation, once signed in.
    SyncResult<yokoten::device::DeviceSession> session();
    SyncResult<yokoten::device::DeviceAccount> account();

    void cancel();
    SyncActivity activity() const;
    /// True once the server said this device is revoked; the caller must then wipe the
    /// store folder (store::wipeStore) and tell the user.
    bool revoked() const;

private:
    Transport& m_transport;
    std::unique_ptr<EngineContext> m_context;
    std::unique_ptr<ServerApi> m_api;
    std::unique_ptr<Rebaser> m_rebaser;
    std::unique_ptr<Enrolment> m_enrolment;
    std::unique_ptr<OutboxWriter> m_outbox;
    std::unique_ptr<Pusher> m_pusher;
    std::unique_ptr<Puller> m_puller;
    std::unique_ptr<AttachmentTransfers> m_attachments;
    std::unique_ptr<CaseCache> m_cases;
    std::unique_ptr<SyncOverviewReader> m_overview;
    Backoff m_backoff;
};

} // namespace yk::sync
