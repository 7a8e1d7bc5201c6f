#include "demo_store_fixture.h"

#include "app/roster_model.h"
#include "app/seminar_list_model.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/seminar.pb.h"

#include <QAbstractItemModelTester>

using namespace yk::app;
using namespace yokoten::v1;

class TestRosterModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void attendeesAndCheckIns();
};

void TestRosterModel::attendeesAndCheckIns()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    SeminarListModel sessions;
    demo.wire(sessions);
    QTRY_VERIFY(sessions.count() > 0);
    const QString sessionId = sessions.data(sessions.index(0, 0), SeminarListModel::SessionIdRole).toString();
    const std::string sid = sessionId.toStdString();
    demo.onEngine([sid](DeviceContext& context) {
        auto& records = context.store->records();
        const auto add = [&](const char* id, const char* name, RegistrationStatus status, int position) {
            Registration r;
            r.set_id(id);
            r.set_server_version(1);
            r.set_session_id(sid);
            r.set_attendee_name(name);
            r.set_attendee_organisation("Demo care home");
            r.set_status(status);
            r.set_waitlist_position(position);
            QVERIFY(records.put(r));
        };
        add("r-wait", "Aoki", REGISTRATION_STATUS_WAITLISTED, 1);
        add("r-gone", "Baba", REGISTRATION_STATUS_CANCELLED, 0);
        add("r-in", "Chiba", REGISTRATION_STATUS_CONFIRMED, 0);
        add("r-other", "Doi", REGISTRATION_STATUS_CONFIRMED, 0);
        CheckIn c;
        c.set_id("c-1");
        c.set_server_version(1);
        c.set_nonce("n-1");
        c.set_registration_id("r-in");
        c.set_session_id(sid);
        c.set_result(CHECK_IN_RESULT_ACCEPTED);
        QVERIFY(records.put(c));
    });

    RosterModel roster;
    demo.wire(roster);
    QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
    roster.setSessionId(sessionId);
    QTRY_COMPARE(roster.count(), 3); // the cancelled one is left out
    QCOMPARE(roster.checkedInCount(), 1);
    QCOMPARE(roster.data(roster.index(0, 0), RosterModel::AttendeeRole).toString(), QStringLiteral("Chiba"));
    QVERIFY(roster.data(roster.index(0, 0), RosterModel::CheckedInRole).toBool());
    QCOMPARE(roster.data(roster.index(1, 0), RosterModel::AttendeeRole).toString(), QStringLiteral("Doi"));
    QVERIFY(!roster.data(roster.index(1, 0), RosterModel::CheckedInRole).toBool());
    QCOMPARE(roster.data(roster.index(2, 0), RosterModel::StatusRole).toInt(),
        int(REGISTRATION_STATUS_WAITLISTED));
    QCOMPARE(roster.data(roster.index(2, 0), RosterModel::OrganisationRole).toString(),
        QStringLiteral("Demo care home"));
    QVERIFY(!roster.data(roster.index(2, 0), RosterModel::StatusTextRole).toString().isEmpty());
}

QTEST_MAIN(TestRosterModel)
#include "tst_roster_model.moc"
