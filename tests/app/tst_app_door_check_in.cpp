// The check end to end, through the app's own classes against a real HTTPS server on
// loopback: an attendee's confirmed ticket, two doors that both check it in while offline,
// and after both synced exactly one accepted check-in and one flagged duplicate, shown as
// such on the door that came second.
#include "app_test_fixture.h"
#include "engine/mutations.h"
#include "test_ticket_signer.h"

#include "app/check_in_controller.h"
#include "app/check_in_list_model.h"

#include "auth/demo_seed.h"
#include "device_session.h"
#include "service/sync_service.h"
#include "storage/cipher.h"
#include "store/record_repository.h"
#include "sync_device.h"
#include "test_server.h"

#include "yokoten/v1/seminar.pb.h"

#include <QSignalSpy>
#include <QTest>

using namespace yk;
using namespace yokoten::v1;
using app::CheckInController;
using app::CheckInListModel;
using app::SessionManager;
using app::SyncStatus;

using test::syncOk;

class TestAppDoorCheckIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoDoorsOfflineOneAcceptedOneDuplicate()
    {
        auto server = test::TestServer::startWithSyncService();
        QVERIFY(server);
        auto& serverStore = server->syncService()->store();
        auto seed = server::importDemo(serverStore, server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        const auto* centre = test::demoAccount(*seed, "demo-centre");
        const auto* facility = test::demoAccount(*seed, "demo-facility");
        QVERIFY(centre && facility);
        const auto device = [&](const server::DemoAccount& who) {
            auto d = test::SyncDevice::create(server->port(), server->caFile());
            if (d
                && !d->enrolAndSignIn(
                         test::makeEnrolmentCode(serverStore, who.organisationId, DEVICE_KIND_TABLET),
                         who.login, who.password)
                        .empty())
                d.reset();
            return d;
        };

        // Door B (a second centre tablet) sets up a session; a facility signs up and is confirmed.
        auto doorB = device(*centre);
        auto attendee = device(*facility);
        QVERIFY(doorB && attendee);
        const std::string seminarId = storage::newUuid();
        const std::string sessionId = storage::newUuid();
        Mutation createSeminar;
        auto* seminar = createSeminar.mutable_create_seminar()->mutable_seminar();
        seminar->set_id(seminarId);
        seminar->set_organiser_org_id(centre->organisationId);
        seminar->set_prefecture_code(20);
        seminar->set_title("見守りセンサー体験会");
        seminar->set_kind(SEMINAR_KIND_EXHIBITION);
        Mutation createSession;
        auto* session = createSession.mutable_create_session()->mutable_session();
        session->set_id(sessionId);
        session->set_seminar_id(seminarId);
        session->set_capacity(10);
        session->set_venue_name("長野会場");
        session->mutable_starts_at()->set_seconds(4102444800);
        session->mutable_ends_at()->set_seconds(4102452000);
        session->mutable_registration_deadline()->set_seconds(4102358400);
        QVERIFY(doorB->engine().submit(createSeminar) && doorB->engine().submit(createSession));
        QVERIFY(syncOk(*doorB));
        QVERIFY(syncOk(*attendee));
        const Mutation signUp = sync::makeSignUp({ .sessionId = sessionId, .attendeeName = "山田 花子" });
        const std::string registrationId = signUp.sign_up().registration().id();
        QVERIFY(attendee->engine().submit(signUp));
        QVERIFY(syncOk(*attendee));
        auto confirmed = attendee->store().records().find<Registration>(registrationId);
        QVERIFY(confirmed && *confirmed);
        QCOMPARE((*confirmed)->status(), REGISTRATION_STATUS_CONFIRMED);
        const Ticket ticket = (*confirmed)->ticket();
        QVERIFY(!ticket.signature().empty());

        // Door A: the app, set up as a centre tablet; it learns the ticket key and the session.
        test::AppFixture app;
        app.session->setUp(QStringLiteral("https://127.0.0.1:%1").arg(server->port()),
            QString::fromStdString(
                test::makeEnrolmentCode(serverStore, centre->organisationId, DEVICE_KIND_TABLET)),
            QString::fromStdString(server->caFile().string()), QStringLiteral("demo-centre"),
            QString::fromStdString(centre->password), QStringLiteral("tablet-passcode"));
        QTRY_VERIFY_WITH_TIMEOUT(app.session->state() == SessionManager::State::Ready, 30000);
        QVERIFY2(app.session->errorText().isEmpty(), qPrintable(app.session->errorText()));
        QVERIFY(app.syncRound());
        QCOMPARE(app.sync->state(), SyncStatus::State::UpToDate);

        // Both doors scan the same ticket before either has sent anything: each accepts it.
        CheckInController doorA;
        app.wire(doorA);
        doorA.setSessionId(QString::fromStdString(sessionId));
        CheckInListModel log;
        app.wire(log);
        log.setSessionId(QString::fromStdString(sessionId));
        QSignalSpy scanned(&doorA, &CheckInController::scanned);
        doorA.checkInQr(app::test::TestTicketSigner::qrText(ticket)); // as the ticket screen shows it
        QTRY_COMPARE(scanned.count(), 1);
        QCOMPARE(doorA.state(), CheckInController::Accepted);
        QCOMPARE(doorA.attendeeName(), QStringLiteral("山田 花子"));
        QCOMPARE(app.pending(), 1);

        Mutation atB;
        auto* c = atB.mutable_record_check_in()->mutable_check_in();
        c->set_id(storage::newUuid());
        c->set_nonce(storage::newUuid());
        c->set_session_id(sessionId);
        c->set_registration_id(registrationId);
        c->mutable_checked_in_at()->set_seconds(QDateTime::currentSecsSinceEpoch());
        *atB.mutable_record_check_in()->mutable_ticket() = ticket;
        QVERIFY(doorB->engine().submit(atB));

        // Door B reaches the server first, then door A.
        QVERIFY(syncOk(*doorB));
        auto atBStored = doorB->store().records().find<CheckIn>(c->id());
        QVERIFY(atBStored && *atBStored);
        QCOMPARE((*atBStored)->result(), CHECK_IN_RESULT_ACCEPTED);
        QVERIFY(app.syncRound());
        QCOMPARE(app.pending(), 0);

        // Door A now shows the server's verdict on its scan, and its log has both events.
        QTRY_COMPARE_WITH_TIMEOUT(doorA.state(), CheckInController::Duplicate, 10000);
        QVERIFY(!doorA.message().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(log.duplicateCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(log.count(), 2, 10000);
        int accepted = 0;
        for (int i = 0; i < log.count(); ++i) {
            const auto result = log.data(log.index(i), CheckInListModel::ResultRole).toInt();
            const bool mine = log.data(log.index(i), CheckInListModel::ThisDeviceRole).toBool();
            if (result == CheckInListModel::Accepted) {
                ++accepted;
                QVERIFY(!mine);
            } else {
                QCOMPARE(result, int(CheckInListModel::Duplicate));
                QVERIFY(mine);
            }
        }
        QCOMPARE(accepted, 1);
        QTRY_COMPARE(doorA.checkedInCount(), 1); // one attendee, however many scans

        // The door's store has the registration with its ticket: the short code finds it, and
        // it is a repeat now.
        QVERIFY(!ticket.short_code().empty());
        doorA.checkInShortCode(QString::fromStdString(ticket.short_code()).toLower());
        QTRY_COMPARE(scanned.count(), 2);
        QCOMPARE(doorA.state(), CheckInController::Duplicate);
        QCOMPARE(doorA.attendeeName(), QStringLiteral("山田 花子"));

        // And door B, after its next sync, holds the same two events.
        QVERIFY(syncOk(*doorB));
        auto all = doorB->store().records().all<CheckIn>();
        QVERIFY(all);
        int duplicates = 0;
        for (const auto& x : *all)
            duplicates += x.session_id() == sessionId && x.result() == CHECK_IN_RESULT_DUPLICATE ? 1 : 0;
        QCOMPARE(duplicates, 1);
    }
};

QTEST_GUILESS_MAIN(TestAppDoorCheckIn)
#include "tst_app_door_check_in.moc"
