#include "app_test_fixture.h"

#include "app/seminar_controller.h"
#include "app/seminar_list_model.h"
#include "app/ticket_list_model.h"

#include "yokoten/v1/seminar.pb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace yk::app;

class TestSeminarModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The demo's sessions lie ahead, soonest first, with seats as last synced.
    void listsUpcomingSessionsSoonestFirst()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        SeminarListModel model;
        app.wire(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 1, 10000);
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            QVERIFY(!model.data(index, SeminarListModel::TitleRole).toString().isEmpty());
            QVERIFY(model.data(index, SeminarListModel::SeatsLeftRole).toInt()
                <= model.data(index, SeminarListModel::CapacityRole).toInt());
            QVERIFY(!model.data(index, SeminarListModel::DeadlinePassedRole).toBool());
            QVERIFY(model.data(index, SeminarListModel::MyStatusTextRole).toString().isEmpty());
        }
    }

    // Offline sign-up: shown as waiting to send (never as a seat), in the list, on the
    // session page and in my tickets; cancelling it is queued too.
    void signUpOfflineIsPendingEverywhere()
    {
        yk::test::AppFixture app;
        QVERIFY(app.openDemoStore());
        SeminarListModel sessions;
        app.wire(sessions);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.rowCount() > 0, 10000);
        const QString sessionId
            = sessions.data(sessions.index(0), SeminarListModel::SessionIdRole).toString();

        SeminarController controller;
        app.wire(controller);
        controller.setSessionId(sessionId);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loaded(), 10000);
        QVERIFY(controller.canSignUp());
        QVERIFY(!controller.signedUp());
        const int seatsBefore = controller.seatsLeft();
        QSignalSpy queued(&controller, &SeminarController::queued);
        controller.signUp(QStringLiteral("介護 花子"));
        QVERIFY(queued.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(controller.signedUp(), 10000);
        QCOMPARE(controller.registrationStatus(), int(yokoten::v1::REGISTRATION_STATUS_PENDING));
        QVERIFY(!controller.canSignUp());
        QCOMPARE(controller.seatsLeft(), seatsBefore); // no seat is taken on the device

        TicketListModel tickets;
        app.wire(tickets);
        QAbstractItemModelTester tester(&tickets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(tickets.rowCount(), 1, 10000);
        const QModelIndex row = tickets.index(0);
        QVERIFY(tickets.data(row, TicketListModel::PendingRole).toBool());
        QCOMPARE(tickets.data(row, TicketListModel::AttendeeRole).toString(), QStringLiteral("介護 花子"));
        QVERIFY(tickets.data(row, TicketListModel::QrTextRole)
                    .toString()
                    .isEmpty()); // no ticket before the server
        QTRY_VERIFY_WITH_TIMEOUT(
            !sessions.data(sessions.index(0), SeminarListModel::MyStatusTextRole).toString().isEmpty(),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.sync->pending(), 1, 10000);

        controller.cancelRegistration(controller.registrationId());
        QVERIFY(queued.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(app.sync->pending(), 2, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSeminarModels)
#include "tst_seminar_models.moc"
