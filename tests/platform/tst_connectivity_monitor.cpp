#include "connectivity_monitor.h"
#include "manual_reachability.h"
#include "network_information_reachability.h"

#include <QSignalSpy>
#include <QTest>

using namespace yk;
using namespace yk::platform;
using Reach = NetworkState::Reachability;

namespace {

NetworkState stateOf(Reach reachability, bool captive = false, bool metered = false)
{
    NetworkState state;
    state.reachability = reachability;
    state.captivePortal = captive;
    state.metered = metered;
    return state;
}

} // namespace

/// ConnectivityMonitor: the OS's view and the sync engine's results decide online/offline.
class TestConnectivityMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offlineToOnlineEmitsCameOnlineOnce()
    {
        ManualReachability os(stateOf(Reach::Disconnected));
        ConnectivityMonitor monitor(&os);
        QVERIFY(!monitor.isOnline());
        QCOMPARE(monitor.status(), ConnectivityMonitor::Status::Offline);
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);
        QSignalSpy onlineChanged(&monitor, &ConnectivityMonitor::onlineChanged);

        os.setReachability(Reach::Online);
        QVERIFY(monitor.isOnline());
        QCOMPARE(cameOnline.size(), 1);
        QCOMPARE(onlineChanged.size(), 1);
        QCOMPARE(onlineChanged.at(0).at(0).toBool(), true);
        // Online → online (another good network) is not a transition.
        os.setReachability(Reach::Site);
        QCOMPARE(cameOnline.size(), 1);
        os.setReachability(Reach::Local);
        QVERIFY(!monitor.isOnline());
        os.setReachability(Reach::Online);
        QCOMPARE(cameOnline.size(), 2);
    }

    void offlineKindFailureMakesItOfflineDespiteTheOs_data()
    {
        QTest::addColumn<sync::SyncErrorCode>("code");
        QTest::addColumn<bool>("offlineKind");
        QTest::newRow("unreachable") << sync::SyncErrorCode::Unreachable << true;
        QTest::newRow("timed out") << sync::SyncErrorCode::TimedOut << true;
        QTest::newRow("connection lost") << sync::SyncErrorCode::ConnectionLost << true;
        QTest::newRow("server error") << sync::SyncErrorCode::ServerError << false;
        QTest::newRow("session expired") << sync::SyncErrorCode::SessionExpired << false;
        QTest::newRow("certificate") << sync::SyncErrorCode::CertificateUntrusted << false;
    }
    void offlineKindFailureMakesItOfflineDespiteTheOs()
    {
        QFETCH(sync::SyncErrorCode, code);
        QFETCH(bool, offlineKind);
        ManualReachability os(stateOf(Reach::Online));
        ConnectivityMonitor monitor(&os);
        QVERIFY(monitor.isOnline());
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);

        monitor.reportSyncFailed(sync::makeSyncError(code));
        QCOMPARE(monitor.isOnline(), !offlineKind);
        QCOMPARE(ConnectivityMonitor::isOfflineError(sync::makeSyncError(code)), offlineKind);
        if (offlineKind) {
            QCOMPARE(monitor.status(), ConnectivityMonitor::Status::ServerUnreachable);
            QVERIFY(monitor.isNetworkAvailable()); // the scheduler keeps retrying
            QVERIFY(!monitor.statusTextJa().isEmpty());
            QVERIFY(!monitor.statusTextEn().isEmpty());
        }
        monitor.reportSyncSucceeded();
        QVERIFY(monitor.isOnline());
        QCOMPARE(cameOnline.size(), offlineKind ? 1 : 0);
    }

    void aNetworkChangeClearsTheEnginesVerdict()
    {
        ManualReachability os(stateOf(Reach::Online));
        ConnectivityMonitor monitor(&os);
        monitor.reportSyncFailed(sync::makeSyncError(sync::SyncErrorCode::Unreachable));
        QVERIFY(!monitor.isOnline());
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);
        os.setReachability(Reach::Disconnected);
        QCOMPARE(cameOnline.size(), 0);
        os.setReachability(Reach::Online);
        QVERIFY(monitor.isOnline());
        QCOMPARE(cameOnline.size(), 1);
        // Only the metered flag changing is no reason to trust the server again.
        monitor.reportSyncFailed(sync::makeSyncError(sync::SyncErrorCode::TimedOut));
        os.setMetered(true);
        QVERIFY(!monitor.isOnline());
    }

    void captivePortalIsNotOnline()
    {
        ManualReachability os(stateOf(Reach::Site, true));
        ConnectivityMonitor monitor(&os);
        QVERIFY(!monitor.isOnline());
        QVERIFY(!monitor.isNetworkAvailable());
        QVERIFY(monitor.isBehindCaptivePortal());
        QCOMPARE(monitor.status(), ConnectivityMonitor::Status::CaptivePortal);
        QVERIFY(monitor.statusTextJa().contains(QStringLiteral("ログイン")));
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);
        os.setState(stateOf(Reach::Online)); // the user logged in on the portal
        QVERIFY(monitor.isOnline());
        QCOMPARE(cameOnline.size(), 1);
    }

    void meteredIsOnlineWithItsOwnStatus()
    {
        ManualReachability os(stateOf(Reach::Online));
        ConnectivityMonitor monitor(&os);
        QSignalSpy stateChanged(&monitor, &ConnectivityMonitor::stateChanged);
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);
        os.setMetered(true);
        QVERIFY(monitor.isOnline());
        QVERIFY(monitor.isMetered());
        QCOMPARE(monitor.status(), ConnectivityMonitor::Status::Metered);
        QCOMPARE(stateChanged.size(), 1);
        QCOMPARE(cameOnline.size(), 0);
    }

    void withoutAnOsBackendTheEngineDecides()
    {
        ConnectivityMonitor monitor(nullptr);
        QCOMPARE(monitor.backendName(), QStringLiteral("none"));
        QVERIFY(monitor.isOnline()); // unknown: try, and let the engine find out
        QSignalSpy cameOnline(&monitor, &ConnectivityMonitor::cameOnline);
        monitor.reportSyncFailed(sync::makeSyncError(sync::SyncErrorCode::Unreachable));
        QVERIFY(!monitor.isOnline());
        monitor.reportSyncSucceeded();
        QVERIFY(monitor.isOnline());
        QCOMPARE(cameOnline.size(), 1);
    }

    void networkInformationBackendLoadsOrSaysSo()
    {
        // NetworkManager is rarely on a build machine's system bus: either result is allowed,
        // but a source that loads must give a state and a name.
        auto source = NetworkInformationReachability::create();
        if (!source)
            QSKIP("no QNetworkInformation backend here (no NetworkManager): the manual source is used");
        QVERIFY(!source->backendName().isEmpty());
        ConnectivityMonitor monitor(source.get());
        QCOMPARE(monitor.backendName(), source->backendName());
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivity_monitor.moc"
