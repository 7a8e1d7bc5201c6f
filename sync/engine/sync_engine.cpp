#include "sync_engine.h"

#include "attachment_transfers.h"
#include "case_cache.h"
#include "engine_context.h"
#include "enrolment.h"
#include "outbox_writer.h"
#include "puller.h"
#include "pusher.h"
#include "rebaser.h"
#include "server_api.h"
#include "sync_overview.h"

#include <utility>

namespace yk::sync {

using namespace yokoten::v1;

std::string_view phaseName(SyncActivity::Phase phase)
{
    switch (phase) {
    case SyncActivity::Phase::Idle:
        return "idle";
    case SyncActivity::Phase::SigningIn:
        return "signing_in";
    case SyncActivity::Phase::Sending:
        return "sending";
    case SyncActivity::Phase::Receiving:
        return "receiving";
    case SyncActivity::Phase::Uploading:
        return "uploading";
    case SyncActivity::Phase::Downloading:
        return "downloading";
    }
    return "idle";
}

SyncEngine::SyncEngine(LocalStore& store, Transport& transport, SyncEngineOptions options)
    : m_transport(transport)
    , m_context(std::make_unique<EngineContext>(store, std::move(options)))
    , m_api(std::make_unique<ServerApi>(
          transport, m_context->state, [context = m_context.get()] { return context->now(); },
          m_context->cancelled))
    , m_rebaser(std::make_unique<Rebaser>(*m_context))
    , m_enrolment(std::make_unique<Enrolment>(*m_context, *m_api))
    , m_outbox(std::make_unique<OutboxWriter>(*m_context, *m_rebaser))
    , m_pusher(std::make_unique<Pusher>(*m_context, *m_api, *m_rebaser))
    , m_puller(std::make_unique<Puller>(*m_context, *m_api, *m_rebaser))
    , m_attachments(std::make_unique<AttachmentTransfers>(*m_context, *m_api))
    , m_cases(std::make_unique<CaseCache>(*m_context, *m_api, *m_rebaser))
    , m_overview(std::make_unique<SyncOverviewReader>(*m_context, *m_api, m_attachments->repository()))
    , m_backoff(m_context->options.retryPolicy)
{
}

SyncEngine::~SyncEngine() = default;

SyncResult<TransportOptions> SyncEngine::transportOptionsOf(LocalStore& store)
{
    SyncRepository tables(store.database());
    DeviceState state(tables);
    auto account = state.account();
    if (!account)
        return account.error();
    TransportOptions options;
    options.serverUrl = account->server_url();
    options.caPem = account->ca_pem();
    options.pinnedSpkiSha256 = account->pinned_spki_sha256();
    return options;
}

SyncResult<EnrolResponse> SyncEngine::enrol(const std::string& serverUrl, const std::string& caPem,
    const std::string& pinnedSpkiSha256, const std::string& code, const std::string& deviceName,
    const std::string& platform)
{
    return m_enrolment->enrol(serverUrl, caPem, pinnedSpkiSha256, code, deviceName, platform);
}

SyncResult<SessionTokens> SyncEngine::signIn(const std::string& login, const std::string& password)
{
    return m_enrolment->signIn(login, password);
}

SyncStatus SyncEngine::signOut()
{
    return m_enrolment->signOut();
}

SyncResult<std::int64_t> SyncEngine::submit(Mutation mutation)
{
    return m_outbox->submit(std::move(mutation));
}

SyncResult<SyncReport> SyncEngine::push()
{
    return m_pusher->push();
}

SyncResult<SyncReport> SyncEngine::pull()
{
    return m_puller->pull();
}

SyncResult<GoodPracticeCase> SyncEngine::fetchWholeCase(const std::string& caseId)
{
    m_context->cancelled = false;
    if (auto current = m_context->state.session(); !current)
        return current.error();
    return m_cases->fetch(caseId);
}

SyncStatus SyncEngine::noteCaseOpened(const std::string& caseId)
{
    return m_cases->touch(caseId);
}

SyncResult<std::vector<CachedCase>> SyncEngine::cachedWholeCases()
{
    return m_cases->cached();
}

SyncResult<SyncReport> SyncEngine::syncOnce()
{
    m_context->cancelled = false;
    SyncReport report;
    auto finish = [&](std::optional<SyncError> error) -> SyncResult<SyncReport> {
        m_context->setActivity(SyncActivity::Phase::Idle, 0, 0);
        (void)m_overview->noteAttempt(error, error ? nullptr : &report);
        if (error)
            return *error;
        return report;
    };
    if (auto acc = m_context->state.account(); !acc)
        return finish(acc.error());
    if (auto current = m_context->state.session(); !current)
        return finish(current.error());
    auto pushed = m_pusher->push();
    if (!pushed)
        return finish(pushed.error());
    auto pulled = m_puller->pull();
    if (!pulled)
        return finish(pulled.error());
    report = *pushed;
    report.received = pulled->received;
    report.removed = pulled->removed;
    report.reset = pulled->reset;
    auto moved = m_attachments->transferAll();
    if (!moved)
        return finish(moved.error());
    report.uploadedBytes = moved->uploadedBytes;
    report.downloadedBytes = moved->downloadedBytes;
    return finish(std::nullopt);
}

SyncResult<SyncReport> SyncEngine::syncWithRetries(int attempts)
{
    for (int attempt = 1;; ++attempt) {
        auto report = syncOnce();
        if (report) {
            m_backoff.reset();
            return report;
        }
        if (!report.error().retryable() || attempt >= attempts || m_context->cancelled)
            return report;
        m_context->options.sleep(m_backoff.next());
    }
}

SyncStatus SyncEngine::queueUpload(const std::string& sha256, std::int64_t sizeBytes)
{
    return m_attachments->queueUpload(sha256, sizeBytes);
}

SyncStatus SyncEngine::queueDownload(const std::string& sha256, std::int64_t sizeBytes)
{
    return m_attachments->queueDownload(sha256, sizeBytes);
}

SyncResult<SyncReport> SyncEngine::transferAttachments()
{
    return m_attachments->transferAll();
}

SyncResult<SyncOverview> SyncEngine::overview()
{
    return m_overview->overview();
}

SyncStatus SyncEngine::probe()
{
    HttpRequest request;
    request.method = "GET";
    request.target = "/v1/health";
    auto answer = m_api->exchange(request, false);
    if (answer)
        return {};
    (void)m_overview->noteAttempt(answer.error(), nullptr);
    return answer.error();
}

SyncResult<RecordSyncState> SyncEngine::stateOf(RecordKind kind, const std::string& id)
{
    return m_overview->stateOf(kind, id);
}

SyncResult<yokoten::device::DeviceSession> SyncEngine::session()
{
    return m_context->state.session();
}

SyncResult<yokoten::device::DeviceAccount> SyncEngine::account()
{
    return m_context->state.account();
}

void SyncEngine::cancel()
{
    m_context->cancelled = true;
    m_transport.cancel();
}

SyncActivity SyncEngine::activity() const
{
    return m_context->activity();
}

bool SyncEngine::revoked() const
{
    return m_api->revoked();
}

} // namespace yk::sync
