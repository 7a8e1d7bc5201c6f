#include "sync_scheduler.h"

#include "connectivity_monitor.h"
#include "platform_logging.h"
#include "system_scheduler_clock.h"

#include <algorithm>

namespace yk::platform {

namespace {

sync::Backoff makeBackoff(const SyncSchedulerOptions& options)
{
    if (options.random)
        return sync::Backoff(options.backoff, options.random);
    return sync::Backoff(options.backoff);
}

} // namespace

SyncScheduler::SyncScheduler(ConnectivityMonitor* monitor, std::function<void()> startSync,
    SchedulerClock* clock, SyncSchedulerOptions options, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_startSync(std::move(startSync))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemSchedulerClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_options(std::move(options))
    , m_backoff(makeBackoff(m_options))
{
    connect(m_clock, &SchedulerClock::fired, this, &SyncScheduler::onTimer);
    if (m_monitor) {
        connect(m_monitor, &ConnectivityMonitor::cameOnline, this, &SyncScheduler::onCameOnline);
        connect(m_monitor, &ConnectivityMonitor::onlineChanged, this, &SyncScheduler::onOnlineChanged);
        connect(m_monitor, &ConnectivityMonitor::stateChanged, this, &SyncScheduler::onNetworkStateChanged);
    }
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::start()
{
    m_started = true;
    if (!m_running && m_monitor && m_monitor->isOnline())
        plan(Plan::AfterOnline, m_options.debounceMs);
    else
        setStatus(restingStatus());
}

bool SyncScheduler::syncNow()
{
    if (m_running)
        return false;
    begin();
    return true;
}

qint64 SyncScheduler::nextAttemptInMs() const
{
    if (m_plan == Plan::None || !m_clock->isArmed())
        return -1;
    return std::max<qint64>(0, m_dueAt - m_clock->nowMs());
}

void SyncScheduler::syncFinished(bool ok)
{
    if (!m_running)
        return; // a stray report (the app restarted a sync we did not start): ignore
    m_running = false;
    m_lastFailed = !ok;
    const bool networkUsable = m_monitor && m_monitor->isNetworkAvailable();
    const bool metered = m_monitor && m_monitor->isMetered();
    if (ok) {
        m_backoff.reset();
        m_syncedSinceOffline = true;
        if (networkUsable && !metered && m_options.periodicIntervalMs > 0 && m_started)
            plan(Plan::Periodic, m_options.periodicIntervalMs);
        else
            cancelPlan();
        return;
    }
    // Retry only while time can help: not on a captive portal (the login page answers, not
    // the server), not on mobile data (each retry costs the user), not without a network
    // (coming online starts the next sync).
    if (networkUsable && !metered && m_started) {
        const qint64 wait = m_backoff.next().count();
        qCInfo(lcPlatform) << "sync failed; next try in" << wait << "ms (failure" << m_backoff.failures()
                           << ")";
        plan(Plan::Retry, wait);
    } else {
        cancelPlan();
    }
}

void SyncScheduler::onCameOnline()
{
    if (!m_started || m_running || m_syncedSinceOffline)
        return;
    // Coming online beats a backoff wait: the failure it waits out was probably the outage.
    plan(Plan::AfterOnline, m_options.debounceMs);
}

void SyncScheduler::onOnlineChanged(bool online)
{
    if (!online)
        m_syncedSinceOffline = false;
}

void SyncScheduler::onNetworkStateChanged()
{
    if (!m_monitor)
        return;
    if (!m_monitor->isNetworkAvailable()) {
        cancelPlan(); // nothing to do until the network (or the portal login) comes back
        return;
    }
    if (m_monitor->isMetered() && m_plan == Plan::Periodic)
        cancelPlan();
    else if (m_plan == Plan::None)
        setStatus(restingStatus());
}

void SyncScheduler::onTimer()
{
    const Plan due = m_plan;
    m_plan = Plan::None;
    if (m_running || due == Plan::None)
        return;
    if (m_monitor && !m_monitor->isNetworkAvailable()) {
        setStatus(restingStatus());
        return;
    }
    begin();
}

void SyncScheduler::begin()
{
    m_clock->disarm();
    m_plan = Plan::None;
    m_running = true;
    setStatus(Status::Running);
    Q_EMIT syncStarting();
    if (m_startSync)
        m_startSync();
}

void SyncScheduler::plan(Plan plan, qint64 delayMs)
{
    m_plan = plan;
    m_dueAt = m_clock->nowMs() + delayMs;
    m_clock->arm(delayMs);
    setStatus(plan == Plan::Retry ? Status::RetryScheduled : Status::Scheduled);
    Q_EMIT statusChanged(); // nextAttemptInMs changed even when the status did not
}

void SyncScheduler::cancelPlan()
{
    m_plan = Plan::None;
    m_clock->disarm();
    setStatus(restingStatus());
}

SyncScheduler::Status SyncScheduler::restingStatus() const
{
    if (m_running)
        return Status::Running;
    if (m_plan == Plan::Retry)
        return Status::RetryScheduled;
    if (m_plan != Plan::None)
        return Status::Scheduled;
    if (m_monitor) {
        if (m_monitor->isBehindCaptivePortal())
            return Status::PausedCaptivePortal;
        if (!m_monitor->isNetworkAvailable())
            return Status::WaitingForNetwork;
        if (m_lastFailed && m_monitor->isMetered())
            return Status::PausedMetered;
    }
    return Status::Idle;
}

void SyncScheduler::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace yk::platform
