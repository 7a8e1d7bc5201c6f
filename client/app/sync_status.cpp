#include "sync_status.h"

#include "app_settings.h"
#include "engine_bridge.h"

#include "engine/sync_engine.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncStatus, "yokoten.sync")

namespace yk::app {

struct SyncStatus::Snapshot {
    bool open = false;
    bool enrolled = false;
    bool online = false;
    int pending = 0;
    qint64 lastSuccessMs = 0;
    QString errorText;
    Action action = Action::None;
    bool retryable = false;
    bool failed = false;
    QString report;
    int sent = -1;
    int received = -1;
    QString serverUrl;
    qint64 skewSeconds = 0;
    bool revoked = false;
    bool reached = false; ///< a probe got an answer from the server
    std::optional<sync::SyncError> error;
};

namespace {

SyncStatus::Action actionFor(const sync::SyncError& error)
{
    using sync::SyncErrorCode;
    switch (error.code) {
    case SyncErrorCode::NotSignedIn:
    case SyncErrorCode::SessionExpired:
    case SyncErrorCode::InvalidCredentials:
        return SyncStatus::Action::SignIn;
    case SyncErrorCode::ClientTooOld:
        return SyncStatus::Action::Update;
    case SyncErrorCode::DeviceRevoked:
    case SyncErrorCode::AccountDisabled:
    case SyncErrorCode::CertificateChanged:
    case SyncErrorCode::CertificateUntrusted:
    case SyncErrorCode::CertificateHostMismatch:
        return SyncStatus::Action::ContactCentre;
    default:
        return error.retryable() ? SyncStatus::Action::None : SyncStatus::Action::Retry;
    }
}

void readOverview(DeviceContext& context, SyncStatus::Snapshot& s)
{
    if (context.engine == nullptr)
        return;
    s.open = true;
    auto overview = context.engine->overview();
    if (!overview) {
        s.errorText = AppSettings::pick(overview.error().messageJa, overview.error().messageEn);
        return;
    }
    s.enrolled = overview->enrolled;
    s.online = overview->online;
    s.pending = static_cast<int>(overview->pending + overview->pendingUploads);
    s.lastSuccessMs = overview->lastSuccessMs;
    s.serverUrl = QString::fromStdString(overview->serverUrl);
    s.skewSeconds = overview->clockSkewMs / 1000;
    if (overview->lastError && !s.failed) {
        // The last round's error is still the state until a round succeeds.
        s.failed = overview->lastAttemptMs > overview->lastSuccessMs;
        s.errorText = AppSettings::pick(overview->lastError->messageJa, overview->lastError->messageEn);
        s.retryable = overview->lastError->retryable();
        s.action = actionFor(*overview->lastError);
    }
}

} // namespace

SyncStatus::SyncStatus(EngineBridge& bridge, QObject* parent)
    : QObject(parent)
    , m_bridge(bridge)
{
    connect(&m_bridge, &EngineBridge::activity, this, [this](int phase, qint64 done, qint64 total) {
        m_phase = phase;
        m_progressDone = done;
        m_progressTotal = total;
        Q_EMIT progressChanged();
    });
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(1500);
    connect(&m_soonTimer, &QTimer::timeout, this, &SyncStatus::syncNow);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::UpToDate || m_state == State::Waiting || m_state == State::Offline)
            probe();
    });
    // A mutation was queued: show it as pending and send it soon.
    connect(&m_bridge, &EngineBridge::localWrite, this, [this] {
        refresh();
        m_soonTimer.start(1500);
    });
}

void SyncStatus::syncNow()
{
    if (m_requestSync)
        m_requestSync();
    else
        runRound();
}

void SyncStatus::runRound()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_state = State::Syncing;
    Q_EMIT changed();
    m_bridge.run<Snapshot>(
        this,
        [](DeviceContext& context) -> Snapshot {
            Snapshot s;
            if (context.engine == nullptr)
                return s;
            auto overview = context.engine->overview();
            if (overview && !overview->enrolled) {
                readOverview(context, s);
                return s;
            }
            auto report = context.engine->syncOnce();
            if (report) {
                s.sent = static_cast<int>(report->sent);
                s.received = static_cast<int>(report->received);
                s.report = AppSettings::japanese()
                    ? QStringLiteral("送信 %1 件・受信 %2 件").arg(report->sent).arg(report->received)
                    : QStringLiteral("sent %1, received %2").arg(report->sent).arg(report->received);
            } else {
                s.failed = true;
                s.errorText = AppSettings::pick(report.error().messageJa, report.error().messageEn);
                s.retryable = report.error().retryable();
                s.action = actionFor(report.error());
                s.error = report.error();
            }
            s.revoked = context.engine->revoked();
            readOverview(context, s);
            return s;
        },
        [this](Snapshot s) {
            m_running = false;
            apply(s);
            if (s.revoked)
                Q_EMIT deviceRevoked();
            m_lastFailure = s.error;
            Q_EMIT finished(!s.failed);
            if (s.open)
                m_bridge.notifyDataChanged();
            if (m_again) {
                m_again = false;
                runRound();
            }
        });
}

void SyncStatus::setProbeInterval(int ms)
{
    if (ms <= 0) {
        m_probeTimer.stop();
        return;
    }
    m_probeTimer.start(ms);
}

void SyncStatus::probe()
{
    if (m_running || m_probing)
        return;
    m_probing = true;
    m_bridge.run<Snapshot>(
        this,
        [](DeviceContext& context) {
            Snapshot s;
            if (context.engine == nullptr)
                return s;
            auto overview = context.engine->overview();
            if (!overview || !overview->enrolled) {
                readOverview(context, s);
                return s;
            }
            if (auto reached = context.engine->probe(); reached) {
                s.reached = true;
            } else {
                s.failed = true;
                s.errorText = AppSettings::pick(reached.error().messageJa, reached.error().messageEn);
                s.retryable = reached.error().retryable();
                s.action = actionFor(reached.error());
                s.error = reached.error();
            }
            readOverview(context, s);
            return s;
        },
        [this](Snapshot s) {
            m_probing = false;
            if (m_running)
                return;
            const bool wasOffline = m_state == State::Offline;
            apply(s);
            // The server is back: send what waits now rather than at the next retry.
            if (s.reached && wasOffline)
                syncNow();
        });
}

void SyncStatus::refresh()
{
    m_bridge.run<Snapshot>(
        this,
        [](DeviceContext& context) {
            Snapshot s;
            readOverview(context, s);
            return s;
        },
        [this](Snapshot s) {
            if (!m_running)
                apply(s);
        });
}

void SyncStatus::noteLocalWrite()
{
    m_bridge.notifyLocalWrite();
}

void SyncStatus::apply(const Snapshot& s)
{
    m_enrolled = s.enrolled;
    m_pending = s.pending;
    m_serverUrl = s.serverUrl;
    m_clockSkewSeconds = s.skewSeconds;
    if (s.lastSuccessMs > 0)
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(s.lastSuccessMs);
    if (!s.report.isEmpty())
        m_lastReport = s.report;
    if (s.sent >= 0) {
        m_lastSent = s.sent;
        m_lastReceived = s.received;
    }
    m_errorText = s.failed ? s.errorText : QString();
    m_errorAction
        = s.failed ? (s.action == Action::None && !s.retryable ? Action::Retry : s.action) : Action::None;
    if (!s.open || !s.enrolled)
        m_state = State::NotConnected;
    else if (s.failed && s.retryable)
        m_state = State::Offline;
    else if (s.failed)
        m_state = State::Error;
    else if (s.pending > 0)
        m_state = State::Waiting;
    else
        m_state = State::UpToDate;
    m_phase = 0;
    m_progressDone = 0;
    m_progressTotal = 0;
    Q_EMIT progressChanged();
    Q_EMIT changed();
}

} // namespace yk::app
