#include "connectivity_monitor.h"
#include "manual_reachability.h"
#include "manual_scheduler_clock.h"
#include "sync_scheduler.h"

#include <QTest>

#include <memory>

using namespace yk;
using namespace yk::platform;
using Reach = NetworkState::Reachability;
using SchedulerStatus = SyncScheduler::Status;

namespace {

constexpr qint64 Debounce = 1500;
constexpr qint64 Interval = 5 * 60 * 1000;
constexpr qint64 Hour = 60 * 60 * 1000;

/// A network, a monitor, a manual clock and a scheduler whose "sync now" only counts.
struct Rig {
    explicit Rig(NetworkState initial, std::uint64_t random = 0x9e3779b97f4a7c15ull)
        : os(initial)
        , monitor(&os)
    {
        SyncSchedulerOptions options;
        options.debounceMs = Debounce;
        options.periodicIntervalMs = Interval;
        options.backoff = { std::chrono::seconds(1), 2.0, std::chrono::seconds(60) };
        options.random = [random]() mutable {
            random = random * 6364136223846793005ull + 1442695040888963407ull; // fixed LCG sequence
            return random;
        };
        scheduler = std::make_unique<SyncScheduler>(
            &monitor, [this] { ++syncs; }, &clock, options);
    }

    /// What the app does when a sync ends: tell the monitor, then the scheduler.
    void finish(bool ok, sync::SyncErrorCode code = sync::SyncErrorCode::Unreachable)
    {
        if (ok)
            monitor.reportSyncSucceeded();
        else
            monitor.reportSyncFailed(sync::makeSyncError(code));
        scheduler->syncFinished(ok);
    }

    ManualReachability os;
    ConnectivityMonitor monitor;
    ManualSchedulerClock clock;
    std::unique_ptr<SyncScheduler> scheduler;
    int syncs = 0;
};

NetworkState online()
{
    return NetworkState { Reach::Online, false, false };
}
NetworkState offline()
{
    return NetworkState { Reach::Disconnected, false, false };
}

} // namespace

/// SyncScheduler: when the app's "sync now" runs, with a hand-driven clock (no sleeps).
class TestSyncScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The acceptance test.
    void offlineToOnlineTriggersExactlyOneSync()
    {
        Rig rig(offline());
        rig.scheduler->start();
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::WaitingForNetwork);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 0);

        rig.os.setReachability(Reach::Online);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::Scheduled);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), Debounce);
        rig.clock.advance(Debounce - 1);
        QCOMPARE(rig.syncs, 0);
        rig.clock.advance(1);
        QCOMPARE(rig.syncs, 1);
        QVERIFY(rig.scheduler->isRunning());
        rig.finish(true);
        // Nothing more until the periodic sync is due.
        rig.clock.advance(Interval - 1);
        QCOMPARE(rig.syncs, 1);
    }

    void aFlappingLinkGivesOneSync()
    {
        Rig rig(offline());
        rig.scheduler->start();
        for (int i = 0; i < 5; ++i) {
            rig.os.setReachability(Reach::Online);
            rig.clock.advance(400);
            rig.os.setReachability(Reach::Disconnected);
            rig.clock.advance(300);
        }
        QCOMPARE(rig.syncs, 0);
        rig.os.setReachability(Reach::Online);
        rig.clock.advance(10 * 1000);
        QCOMPARE(rig.syncs, 1);
    }

    void startSyncsOnceWhenAlreadyOnline()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 1);
        rig.finish(true);
        rig.clock.advance(Interval);
        QCOMPARE(rig.syncs, 2); // periodic
    }

    void successReportedInEitherOrderStartsNoExtraSync()
    {
        for (const bool monitorFirst : { true, false }) {
            Rig rig(online());
            rig.scheduler->start();
            rig.clock.advance(Debounce);
            QCOMPARE(rig.syncs, 1);
            rig.finish(false); // offline-kind: the monitor goes offline
            QVERIFY(!rig.monitor.isOnline());
            rig.clock.advance(rig.scheduler->nextAttemptInMs());
            QCOMPARE(rig.syncs, 2);
            // The retry works: the monitor comes online because of it, which is no reason to
            // sync again.
            if (monitorFirst) {
                rig.monitor.reportSyncSucceeded();
                rig.scheduler->syncFinished(true);
            } else {
                rig.scheduler->syncFinished(true);
                rig.monitor.reportSyncSucceeded();
            }
            QVERIFY(rig.monitor.isOnline());
            rig.clock.advance(Interval - 1);
            QCOMPARE(rig.syncs, 2);
        }
    }

    void failuresBackOffWithGrowingWaits()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 1);
        qint64 ceiling = 1000;
        for (int failure = 1; failure <= 8; ++failure) {
            rig.finish(false, sync::SyncErrorCode::ServerBusy);
            QCOMPARE(rig.scheduler->status(), SchedulerStatus::RetryScheduled);
            QCOMPARE(rig.scheduler->failures(), failure);
            const qint64 wait = rig.scheduler->nextAttemptInMs();
            QVERIFY2(wait >= 0 && wait <= ceiling, qPrintable(QString::number(wait)));
            if (wait > 0) {
                rig.clock.advance(wait - 1);
                QCOMPARE(rig.syncs, failure); // not a moment early
            }
            rig.clock.advance(1);
            QCOMPARE(rig.syncs, failure + 1);
            ceiling = std::min<qint64>(ceiling * 2, 60 * 1000);
        }
        rig.finish(true);
        QCOMPARE(rig.scheduler->failures(), 0);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::Scheduled);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), Interval);
    }

    void comingOnlineCutsABackoffWaitShort()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        for (int i = 0; i < 6; ++i) { // a long wait builds up
            rig.finish(false);
            rig.clock.advance(rig.scheduler->nextAttemptInMs());
        }
        QCOMPARE(rig.syncs, 7);
        rig.finish(false);
        rig.os.setReachability(Reach::Disconnected);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::WaitingForNetwork);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), -1);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 7);
        rig.os.setReachability(Reach::Online);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), Debounce);
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 8);
    }

    void captivePortalDoesNotSpin()
    {
        Rig rig(NetworkState { Reach::Site, true, false });
        rig.scheduler->start();
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::PausedCaptivePortal);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 0);

        // "Sync now" still works; its failure is not retried behind the portal.
        QVERIFY(rig.scheduler->syncNow());
        QCOMPARE(rig.syncs, 1);
        rig.finish(false, sync::SyncErrorCode::CertificateUntrusted);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::PausedCaptivePortal);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), -1);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 1);

        // The user logs in on the portal.
        rig.os.setState(online());
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 2);
    }

    void captivePortalAppearingCancelsTheNextTry()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        rig.finish(false, sync::SyncErrorCode::ServerError);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::RetryScheduled);
        rig.os.setCaptivePortal(true);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::PausedCaptivePortal);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 1);
    }

    void meteredSyncsOnceButNeverRetriesOrPolls()
    {
        Rig rig(NetworkState { Reach::Online, false, true });
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 1);
        rig.finish(true);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 1); // no periodic sync on mobile data

        QVERIFY(rig.scheduler->syncNow());
        rig.finish(false, sync::SyncErrorCode::ServerBusy);
        QCOMPARE(rig.scheduler->status(), SchedulerStatus::PausedMetered);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 2);

        rig.os.setMetered(false); // back on Wi-Fi: nothing is lost, "sync now" or the next change
        QVERIFY(rig.scheduler->syncNow());
        QCOMPARE(rig.syncs, 3);
    }

    void switchingToMobileDataDropsThePeriodicSync()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        rig.finish(true);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), Interval);
        rig.os.setMetered(true);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), -1);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 1);
    }

    void neverOverlapsARunningSync()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.clock.advance(Debounce);
        QCOMPARE(rig.syncs, 1);
        QVERIFY(!rig.scheduler->syncNow());
        rig.os.setReachability(Reach::Disconnected);
        rig.os.setReachability(Reach::Online);
        rig.clock.advance(Hour);
        QCOMPARE(rig.syncs, 1);
        QVERIFY(rig.scheduler->isRunning());
        rig.finish(true);
        QVERIFY(!rig.scheduler->isRunning());
        QVERIFY(rig.scheduler->syncNow());
        QCOMPARE(rig.syncs, 2);
    }

    void aStrayFinishIsIgnored()
    {
        Rig rig(online());
        rig.scheduler->start();
        rig.scheduler->syncFinished(false); // nothing was running
        QCOMPARE(rig.scheduler->failures(), 0);
        QCOMPARE(rig.scheduler->nextAttemptInMs(), Debounce);
    }

    void realClockRunsAFirstSync()
    {
        // The default clock (a QTimer), with a tiny debounce so the test stays fast.
        ManualReachability os(online());
        ConnectivityMonitor monitor(&os);
        int syncs = 0;
        SyncSchedulerOptions options;
        options.debounceMs = 10;
        SyncScheduler scheduler(
            &monitor, [&syncs] { ++syncs; }, nullptr, options);
        scheduler.start();
        QTRY_COMPARE(syncs, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_sync_scheduler.moc"
