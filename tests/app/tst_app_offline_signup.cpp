// The story end to end, through the app's own classes: a tablet set up against a
// real HTTPS server on loopback, the server unreachable, a seminar sign-up made offline and
// shown as waiting, the server back, one sync, the sign-up confirmed with a signed ticket.
#include "app_test_fixture.h"

#include "app/seminar_controller.h"
#include "app/seminar_list_model.h"
#include "app/ticket_list_model.h"

#include "auth/demo_seed.h"
#include "device_session.h"
#include "fault_proxy.h"
#include "service/sync_service.h"
#include "test_server.h"

#include "yokoten/v1/seminar.pb.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace yk;
using app::SeminarController;
using app::SessionManager;
using app::SyncStatus;

namespace {

// Confirmed registrations of a session in the server's store: the roster centre staff see.
int confirmedOnServer(test::TestServer& server, const QString& sessionId)
{
    auto snapshot = server.syncService()->store().read();
    if (!snapshot.ok())
        return -1;
    auto registrations
        = (*snapshot)->listByParent(yokoten::v1::RECORD_KIND_REGISTRATION, sessionId.toStdString());
    if (!registrations.ok())
        return -1;
    return static_cast<int>(std::count_if(registrations->begin(), registrations->end(), [](const auto& r) {
        return r.registration().status() == yokoten::v1::REGISTRATION_STATUS_CONFIRMED;
    }));
}

} // namespace

class TestAppOfflineSignup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signUpWhileTheServerIsAwayIsConfirmedAfterItReturns()
    {
        auto server = test::TestServer::startWithSyncService();
        QVERIFY(server);
        auto seed = server::importDemo(server->syncService()->store(), server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        const auto* facility = test::demoAccount(*seed, "demo-facility");
        QVERIFY(facility != nullptr);
        const std::string code = test::makeEnrolmentCode(
            server->syncService()->store(), facility->organisationId, yokoten::v1::DEVICE_KIND_TABLET);
        QVERIFY(!code.empty());
        auto proxy = test::FaultProxy::start(server->port());
        QVERIFY(proxy);

        test::AppFixture app;
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(proxy->port());
        app.session->setUp(url, QString::fromStdString(code),
            QString::fromStdString(server->caFile().string()), QStringLiteral("demo-facility"),
            QString::fromStdString(facility->password), QStringLiteral("tablet-passcode"));
        QTRY_VERIFY_WITH_TIMEOUT(app.session->state() == SessionManager::State::Ready, 30000);
        QVERIFY2(app.session->errorText().isEmpty(), qPrintable(app.session->errorText()));
        QVERIFY(app.session->signedIn());
        QVERIFY(app.syncRound());
        QCOMPARE(app.sync->state(), SyncStatus::State::UpToDate);

        app::SeminarListModel sessions;
        app.wire(sessions);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.rowCount() > 0, 10000);
        const QString sessionId
            = sessions.data(sessions.index(0), app::SeminarListModel::SessionIdRole).toString();

        // The server goes away.
        // Every byte towards the server is dropped, on the kept-alive connection too.
        proxy->setFaultLive(test::FaultProxy::Fault::DropUpstreamAfter, 0);
        SeminarController seminar;
        app.wire(seminar);
        seminar.setSessionId(sessionId);
        QTRY_VERIFY_WITH_TIMEOUT(seminar.canSignUp(), 10000);
        // What the person sees before signing up is what the server's roster says.
        const int seatsBefore = seminar.seatsLeft();
        QCOMPARE(seatsBefore, seminar.capacity() - confirmedOnServer(*server, sessionId));
        seminar.signUp(QString());
        QTRY_VERIFY_WITH_TIMEOUT(seminar.signedUp(), 10000);
        QCOMPARE(seminar.registrationStatus(), int(yokoten::v1::REGISTRATION_STATUS_PENDING));
        QVERIFY(app.syncRound());
        QVERIFY2(app.sync->state() == SyncStatus::State::Offline,
            qPrintable(app.sync->lastReport() + " pending " + QString::number(app.sync->pending()) + " "
                + app.sync->errorText()));
        QCOMPARE(app.sync->pending(), 1);
        QVERIFY(!app.sync->errorText().isEmpty());
        QCOMPARE(seminar.registrationStatus(), int(yokoten::v1::REGISTRATION_STATUS_PENDING));

        // It comes back: one round confirms the seat and brings the signed ticket.
        proxy->setFaultLive(test::FaultProxy::Fault::PassThrough);
        QVERIFY(app.syncRound());
        QCOMPARE(app.sync->state(), SyncStatus::State::UpToDate);
        QCOMPARE(app.sync->pending(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            seminar.registrationStatus(), int(yokoten::v1::REGISTRATION_STATUS_CONFIRMED), 10000);
        // One seat fewer, as on the server's roster: "4 left" never turns into "39 left".
        QTRY_COMPARE_WITH_TIMEOUT(seminar.seatsLeft(), seatsBefore - 1, 10000);
        QCOMPARE(seminar.seatsLeft(), seminar.capacity() - confirmedOnServer(*server, sessionId));
        app::TicketListModel tickets;
        app.wire(tickets);
        QTRY_COMPARE_WITH_TIMEOUT(tickets.rowCount(), 1, 10000);
        QVERIFY(
            tickets.data(tickets.index(0), app::TicketListModel::QrTextRole).toString().startsWith("YK1."));
        QVERIFY(!tickets.data(tickets.index(0), app::TicketListModel::ShortCodeRole).toString().isEmpty());

        // Cancelling hides the ticket at once, before any sync: no QR code next to "cancelled".
        seminar.cancelRegistration(seminar.registrationId());
        QTRY_VERIFY_WITH_TIMEOUT(
            tickets.data(tickets.index(0), app::TicketListModel::QrTextRole).toString().isEmpty(), 10000);
        QVERIFY(tickets.data(tickets.index(0), app::TicketListModel::ShortCodeRole).toString().isEmpty());
        QCOMPARE(tickets.data(tickets.index(0), app::TicketListModel::StatusRole).toInt(),
            int(yokoten::v1::REGISTRATION_STATUS_CANCELLED));
    }

    // The header says offline as soon as the server is gone, not at the next write: one probe
    // (the app runs it every few seconds) turns "up to date" into "offline", and a probe that
    // finds the server again starts a round.
    void aProbeNoticesTheServerGoingAwayAndComingBack()
    {
        auto server = test::TestServer::startWithSyncService();
        QVERIFY(server);
        auto seed = server::importDemo(server->syncService()->store(), server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        const auto* facility = test::demoAccount(*seed, "demo-facility");
        QVERIFY(facility != nullptr);
        const std::string code = test::makeEnrolmentCode(
            server->syncService()->store(), facility->organisationId, yokoten::v1::DEVICE_KIND_TABLET);
        auto proxy = test::FaultProxy::start(server->port());
        QVERIFY(proxy);
        test::AppFixture app;
        app.session->setUp(QStringLiteral("https://127.0.0.1:%1").arg(proxy->port()),
            QString::fromStdString(code), QString::fromStdString(server->caFile().string()),
            QStringLiteral("demo-facility"), QString::fromStdString(facility->password),
            QStringLiteral("tablet-passcode"));
        QTRY_VERIFY_WITH_TIMEOUT(app.session->state() == SessionManager::State::Ready, 30000);
        QVERIFY(app.syncRound());
        QCOMPARE(app.sync->state(), SyncStatus::State::UpToDate);

        proxy->setFaultLive(test::FaultProxy::Fault::DropUpstreamAfter, 0);
        app.sync->probe();
        QTRY_COMPARE_WITH_TIMEOUT(app.sync->state(), SyncStatus::State::Offline, 30000);
        QVERIFY(!app.sync->errorText().isEmpty());

        proxy->setFaultLive(test::FaultProxy::Fault::PassThrough);
        // The first probe may meet the connection the fault broke; the app probes again.
        QSignalSpy finished(app.sync.get(), &SyncStatus::finished);
        QTRY_VERIFY2_WITH_TIMEOUT(
            (app.sync->probe(), !finished.isEmpty()), qPrintable(app.sync->errorText()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(app.sync->state(), SyncStatus::State::UpToDate, 30000);
    }

    // A wrong enrolment code leaves nothing behind: the next attempt starts from scratch.
    void aRefusedEnrolmentLeavesNoStore()
    {
        auto server = test::TestServer::startWithSyncService();
        QVERIFY(server);
        test::AppFixture app;
        app.session->setUp(QStringLiteral("https://127.0.0.1:%1").arg(server->port()),
            QStringLiteral("AAAA-BBBB-CCCC"), QString::fromStdString(server->caFile().string()),
            QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("tablet-passcode"));
        QSignalSpy error(app.session.get(), &SessionManager::errorTextChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!app.session->busy() && !app.session->errorText().isEmpty(), 30000);
        QCOMPARE(app.session->state(), SessionManager::State::FirstRun);
        QVERIFY(!QFile::exists(app.session->storeDirectory()));
    }
};

QTEST_GUILESS_MAIN(TestAppOfflineSignup)
#include "tst_app_offline_signup.moc"
