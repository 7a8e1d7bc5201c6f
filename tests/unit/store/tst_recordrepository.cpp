// RecordRepository's per-screen queries: each returns exactly the rows of its key, in its
// documented order, nothing for an unknown key, and is answered through an index (the
// store's migrations add them) rather than a scan of the whole table.
#include "storage/database.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "store_fixture.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <tuple>

using namespace yk::store;
using namespace yokoten::v1;

namespace {

template <typename Message> std::vector<std::string> idsOf(const StoreResult<std::vector<Message>>& rows)
{
    std::vector<std::string> ids;
    if (rows)
        for (const auto& r : *rows)
            ids.push_back(r.id());
    return ids;
}

Registration registration(const char* id, const char* sessionId, const char* userId)
{
    Registration r;
    r.set_id(id);
    r.set_session_id(sessionId);
    r.set_user_id(userId);
    r.set_status(REGISTRATION_STATUS_CONFIRMED);
    return r;
}

CheckIn checkIn(const char* id, const char* sessionId, const char* registrationId)
{
    CheckIn c;
    c.set_id(id);
    c.set_nonce(std::string("nonce-") + id);
    c.set_ticket_id(std::string("ticket-") + registrationId);
    c.set_session_id(sessionId);
    c.set_registration_id(registrationId);
    return c;
}

} // namespace

class TestRecordRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    RecordRepository& records() { return m_store->records(); }

    // The plan SQLite picks for `sql` (one line per step).
    QString planOf(const std::string& sql)
    {
        return QString::fromStdString(yk::test::queryPlanOf(m_store->database(), sql));
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreOptions options;
        options.kdf = KdfSettings::fastForTests();
        auto store
            = Store::create(std::filesystem::path(m_dir.path().toStdString()) / "store", "passcode", options);
        QVERIFY2(bool(store), store ? "" : store.error().detail.c_str());
        m_store = std::move(*store);
        // Written out of order, so the queries' order is theirs, not the insertion order.
        for (const auto& r : { registration("r3", "s1", "u2"), registration("r1", "s1", "u1"),
                 registration("r2", "s2", "u1"), registration("r4", "s2", "u3") })
            QVERIFY(records().put(r).ok());
        for (const auto& c :
            { checkIn("c2", "s1", "r1"), checkIn("c1", "s1", "r3"), checkIn("c3", "s2", "r2") })
            QVERIFY(records().put(c).ok());
        for (const auto* id : { "unit-b", "unit-a", "unit-c" }) {
            EquipmentUnit u;
            u.set_id(id);
            u.set_model_id(std::string(id) == "unit-c" ? "model-2" : "model-1");
            QVERIFY(records().put(u).ok());
        }
        struct Loan {
            const char* id;
            const char* org;
            const char* from;
        };
        for (const Loan& l : { Loan { "loan-1", "org-a", "2026-05-10" },
                 Loan { "loan-2", "org-b", "2026-04-01" }, Loan { "loan-3", "org-a", "2026-03-15" } }) {
            LoanRequest loan;
            loan.set_id(l.id);
            loan.set_model_id("model-1");
            loan.set_requester_org_id(l.org);
            loan.set_from_date(l.from);
            loan.set_to_date(l.from);
            QVERIFY(records().put(loan).ok());
        }
        for (const auto& [id, org, seconds] : { std::tuple { "resp-1", "org-a", 300 },
                 std::tuple { "resp-2", "org-b", 100 }, std::tuple { "resp-3", "org-a", 200 } }) {
            AssessmentResponse response;
            response.set_id(id);
            response.set_template_id("template-1");
            response.set_organisation_id(org);
            response.set_state(RESPONSE_STATE_SUBMITTED);
            response.mutable_submitted_at()->set_seconds(seconds);
            QVERIFY(records().put(response).ok());
        }
    }

    void registrationsOfOneSession()
    {
        QCOMPARE(idsOf(records().registrationsOfSession("s1")), (std::vector<std::string> { "r1", "r3" }));
        QCOMPARE(idsOf(records().registrationsOfSession("s2")), (std::vector<std::string> { "r2", "r4" }));
        auto none = records().registrationsOfSession("no-such-session");
        QVERIFY(none && none->empty());
    }

    void registrationsOfOneUser()
    {
        QCOMPARE(idsOf(records().registrationsOfUser("u1")), (std::vector<std::string> { "r1", "r2" }));
        QCOMPARE(idsOf(records().registrationsOfUser("u3")), (std::vector<std::string> { "r4" }));
        QVERIFY(idsOf(records().registrationsOfUser("")).empty());
    }

    void checkInsOfOneSession()
    {
        auto s1 = records().checkInsOfSession("s1");
        QCOMPARE(idsOf(s1), (std::vector<std::string> { "c1", "c2" }));
        QCOMPARE(s1->front().registration_id(), std::string("r3")); // the whole record comes back
        QCOMPARE(idsOf(records().checkInsOfSession("s2")), (std::vector<std::string> { "c3" }));
    }

    void unitsOfOneModel()
    {
        QCOMPARE(idsOf(records().unitsOfModel("model-1")), (std::vector<std::string> { "unit-a", "unit-b" }));
        QCOMPARE(idsOf(records().unitsOfModel("model-2")), (std::vector<std::string> { "unit-c" }));
    }

    void loansOfOneOrganisationSoonestFirst()
    {
        QCOMPARE(
            idsOf(records().loansRequestedBy("org-a")), (std::vector<std::string> { "loan-3", "loan-1" }));
        QCOMPARE(idsOf(records().loansRequestedBy("org-b")), (std::vector<std::string> { "loan-2" }));
    }

    void responsesOfOneOrganisationOldestFirst()
    {
        QCOMPARE(idsOf(records().responsesOfOrganisation("org-a")),
            (std::vector<std::string> { "resp-3", "resp-1" }));
        QCOMPARE(idsOf(records().responsesOfOrganisation("org-b")), (std::vector<std::string> { "resp-2" }));
    }

    // A removed record is gone from the queries too.
    void removedRowsLeaveTheQueries()
    {
        QVERIFY(records().put(registration("r9", "s3", "u9")).ok());
        QCOMPARE(idsOf(records().registrationsOfSession("s3")), (std::vector<std::string> { "r9" }));
        QVERIFY(records().remove<Registration>("r9").ok());
        QVERIFY(idsOf(records().registrationsOfSession("s3")).empty());
        QVERIFY(idsOf(records().registrationsOfUser("u9")).empty());
    }

    void queriesUseAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("registrations of a session")
            << "SELECT payload FROM registrations WHERE session_id = 's1' ORDER BY id"
            << "registrations_by_session";
        QTest::newRow("registrations of a user")
            << "SELECT payload FROM registrations WHERE user_id = 'u1' ORDER BY session_id, id"
            << "registrations_by_user";
        QTest::newRow("check-ins of a session")
            << "SELECT payload FROM check_ins WHERE session_id = 's1' ORDER BY id"
            << "check_ins_by_session";
        QTest::newRow("units of a model")
            << "SELECT payload FROM equipment_units WHERE model_id = 'm' ORDER BY id"
            << "equipment_units_by_model";
        QTest::newRow("loans of an organisation")
            << "SELECT payload FROM loan_requests WHERE requester_org_id = 'o' ORDER BY from_date, id"
            << "loan_requests_by_requester";
        QTest::newRow("responses of an organisation") << "SELECT payload FROM assessment_responses WHERE "
                                                         "organisation_id = 'o' ORDER BY submitted_at, id"
                                                      << "assessment_responses_by_org";
    }

    void queriesUseAnIndex()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        const QString plan = planOf(sql.toStdString());
        QVERIFY2(plan.contains(index), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestRecordRepository)
#include "tst_recordrepository.moc"
