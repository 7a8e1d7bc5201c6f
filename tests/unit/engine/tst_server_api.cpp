// ServerApi: bearer tokens, one renewal of an expired token, the server's error answers as
// errors a person can act on, a hung server. Through the FakeTransport into the real service.
#include "engine_test_support.h"

#include <thread>

using namespace yk;
using namespace yk::test;
using namespace yokoten::v1;
using Fault = FakeTransport::Fault;

class TestServerApi : public QObject {
    Q_OBJECT
    std::unique_ptr<InProcessServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = InProcessServer::start();
        QVERIFY(m_server);
    }

    void anExpiredTokenIsRenewedOnceAndTheCallRepeated()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        auto draft = draftCase(*m_server, "夜間巡回の見直し");
        auto create = sync::makeCreateCase(draft);
        const std::string id = create.create_case().good_practice_case().id();
        QVERIFY(d->engine().submit(create).ok());
        d->transport().add({ "/v1/push", Fault::Status, 0, 1, 401, "token_expired" });
        d->transport().add({ "/v1/pull", Fault::Status, 0, 1, 401, "token_expired" });
        auto report = d->engine().syncOnce();
        QVERIFY2(report.ok(), report ? "" : report.error().detail.c_str());
        QCOMPARE(d->transport().count("/v1/auth/refresh"), 2);
        QCOMPARE(report->applied, 1);
        QCOMPARE(d->outboxCount(), 0);
        const auto onServer = serverCase(*m_server, id);
        QVERIFY2(!onServer.id().empty(), d->transport().log().back().c_str());
        QCOMPARE(onServer.title(), draft.title());
    }

    void aRefusedRenewalEndsTheSessionAndKeepsTheOutbox()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        QVERIFY(d->engine().submit(sync::makeCreateCase(draftCase(*m_server, "記録の電子化"))).ok());
        d->transport().add({ "/v1/push", Fault::Status, 0, 1, 401, "token_expired" });
        d->transport().add({ "/v1/auth/refresh", Fault::Status, 0, 1, 401, "refresh_token_invalid" });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::SessionExpired);
        QVERIFY(!failed.error().retryable());
        QCOMPARE(d->engine().session().error().code, sync::SyncErrorCode::NotSignedIn);
        QCOMPARE(d->outboxCount(), 1);
        QVERIFY(d->engine().signIn("demo-facility", m_server->account("demo-facility").password).ok());
        QVERIFY(d->engine().syncOnce().ok());
        QCOMPARE(d->outboxCount(), 0);
    }

    void errorAnswersMeanWhatTheySay_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("busy") << 503 << "overloaded" << int(sync::SyncErrorCode::ServerBusy) << true;
        QTest::newRow("server error") << 500 << "internal" << int(sync::SyncErrorCode::ServerError) << true;
        QTest::newRow("too large") << 413 << "body_too_large" << int(sync::SyncErrorCode::TooLarge) << false;
        QTest::newRow("too old") << 426 << "upgrade_required" << int(sync::SyncErrorCode::ClientTooOld)
                                 << false;
        QTest::newRow("forbidden") << 403 << "forbidden" << int(sync::SyncErrorCode::Forbidden) << false;
        QTest::newRow("revoked") << 403 << "device_revoked" << int(sync::SyncErrorCode::DeviceRevoked)
                                 << false;
    }

    void errorAnswersMeanWhatTheySay()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, expected);
        QFETCH(bool, retryable);
        YK_DEVICE(d, *m_server, "demo-facility");
        d->transport().add({ "/v1/pull", Fault::Status, 0, 1, status, code.toStdString() });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(int(failed.error().code), expected);
        QCOMPARE(failed.error().retryable(), retryable);
        QVERIFY(!failed.error().messageJa.empty());
        QCOMPARE(d->engine().revoked(), code == "device_revoked");
        // The sync log keeps what the status screen shows (a revoked store is wiped instead).
        auto overview = d->engine().overview();
        QVERIFY(overview.ok());
        QCOMPARE(overview->lastError.has_value(), code != "device_revoked");
    }

    void aHungServerTimesOutAndCancelEndsTheWaitAtOnce()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        d->transport().setHangFor(std::chrono::milliseconds(200));
        d->transport().add({ "/v1/pull", Fault::Hang });
        auto timedOut = d->engine().syncOnce();
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().code, sync::SyncErrorCode::TimedOut);
        QVERIFY(timedOut.error().retryable());

        // A hang longer than any test: only cancel() can end it.
        d->transport().setHangFor(std::chrono::minutes(10));
        d->transport().add({ "/v1/pull", Fault::Hang });
        std::thread canceller([&] {
            while (d->transport().hanging() == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            d->engine().cancel();
        });
        auto cancelled = d->engine().syncOnce();
        canceller.join();
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, sync::SyncErrorCode::Cancelled);
        QVERIFY(d->engine().syncOnce().ok()); // and the next round works
    }
};

QObject* newTestServerApi()
{
    return new TestServerApi;
}

#include "tst_server_api.moc"
