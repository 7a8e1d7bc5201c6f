#pragma once

#include "transport/backoff.h"

#include <QObject>

#include <functional>
#include <memory>

namespace yk::platform {

class ConnectivityMonitor;
class SchedulerClock;

/// When SyncScheduler starts syncs on its own.
struct SyncSchedulerOptions {
    /// Wait after coming online before syncing: a flapping link settles into one sync.
    qint64 debounceMs = 1500;
    /// A sync this often while online (and not metered); 0 turns periodic syncs off.
    qint64 periodicIntervalMs = 5 * 60 * 1000;
    /// Waits between retries after a failed sync (full jitter, see sync::Backoff).
    sync::BackoffPolicy backoff { std::chrono::seconds(2), 2.0, std::chrono::minutes(5) };
    /// Randomness for the jitter; empty: seeded from std::random_device.
    sync::Backoff::RandomSource random;
};

/// Decides when the app's "sync now" runs: shortly after coming online, periodically while
/// online, and after a failure with a growing jittered wait. On a captive portal it waits for
/// the network to change or for the user; on a metered network it syncs once when it comes
/// online and on request, but does not retry or poll. Never starts a sync while one runs.
/// GUI thread only; `startSync` must return at once (the sync runs elsewhere) and the app
/// calls syncFinished() when it ends.
class SyncScheduler : public QObject {
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY statusChanged)
    Q_PROPERTY(qint64 nextAttemptInMs READ nextAttemptInMs NOTIFY statusChanged)
    Q_PROPERTY(int failures READ failures NOTIFY statusChanged)

public:
    enum class Status {
        Idle, ///< not started, or online with nothing scheduled (periodic syncs off)
        Scheduled, ///< the next sync is planned (after coming online, or periodic)
        Running,
        RetryScheduled, ///< the last sync failed; the next try is planned
        WaitingForNetwork, ///< no network: the next sync starts when it returns
        PausedCaptivePortal, ///< waiting for a login on the portal, or "sync now"
        PausedMetered, ///< a failure on mobile data: no automatic retry, "sync now" works
    };
    Q_ENUM(Status)

    /// `clock` null: a SystemSchedulerClock owned by the scheduler. Neither pointer is owned;
    /// both must outlive the scheduler.
    SyncScheduler(ConnectivityMonitor* monitor, std::function<void()> startSync,
        SchedulerClock* clock = nullptr, SyncSchedulerOptions options = {}, QObject* parent = nullptr);
    ~SyncScheduler() override;

    /// Begins scheduling: a first sync after the debounce when online.
    void start();
    /// The user's "sync now": starts at once, whatever the network says, unless one runs.
    Q_INVOKABLE bool syncNow();

    Status status() const { return m_status; }
    bool isRunning() const { return m_running; }
    /// Milliseconds until the planned attempt; -1 when none is planned.
    qint64 nextAttemptInMs() const;
    int failures() const { return m_backoff.failures(); }

public Q_SLOTS:
    /// The app's sync ended. Report the error to ConnectivityMonitor as well.
    void syncFinished(bool ok);

Q_SIGNALS:
    void statusChanged();
    /// Emitted right before startSync is called.
    void syncStarting();

private:
    enum class Plan { None, AfterOnline, Periodic, Retry };

    void onCameOnline();
    void onOnlineChanged(bool online);
    void onNetworkStateChanged();
    void onTimer();
    void begin();
    void plan(Plan plan, qint64 delayMs);
    void cancelPlan();
    void setStatus(Status status);
    Status restingStatus() const;

    ConnectivityMonitor* m_monitor; ///< may be null (tests); outlives the scheduler
    std::function<void()> m_startSync;
    std::unique_ptr<SchedulerClock> m_ownClock;
    SchedulerClock* m_clock;
    SyncSchedulerOptions m_options;
    sync::Backoff m_backoff;
    Plan m_plan = Plan::None;
    qint64 m_dueAt = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_lastFailed = false;
    /// A sync succeeded since the monitor was last offline: the monitor's cameOnline that the
    /// success itself caused must not start another sync.
    bool m_syncedSinceOffline = false;
    Status m_status = Status::Idle;
};

} // namespace yk::platform
