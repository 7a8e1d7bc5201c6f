// submitVisitorEntry: what a kiosk visitor leaves and an attendee's seminar questionnaire,
// against a real server store: who may send which kind, who sees it, bounded input, replay.

#include "rules_fixture.h"

#include "core/audience.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yokoten::v1;
using namespace yk::test;
using yk::server::Principal;

namespace {

Principal centreStaffOf(int prefecture)
{
    Principal p = centreStaff();
    p.userId = uuidFor(900 + prefecture);
    p.prefectureCode = prefecture;
    p.organisationId = uuidFor(800 + prefecture);
    return p;
}

VisitorEntry* entryOf(Mutation& m)
{
    return m.mutable_submit_visitor_entry()->mutable_entry();
}

} // namespace

class TestVisitorRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void kioskMaySubmitEachExhibitionKind_data();
    void kioskMaySubmitEachExhibitionKind();
    void onlyCentreSeesEntries();
    void seminarQuestionnaireOnlyOnOwnConfirmedRegistration();
    void secondQuestionnaireIsAlreadyAnswered();
    void loanWishNeedsModelRangeAndContact();
    void badInputIsRejectedAndNothingStored_data();
    void badInputIsRejectedAndNothingStored();
    void replayIsIdempotentForTheSameDeviceOnly();
    void enteredAtKeepsClientTimeUnlessInTheFuture();
    void cancelledSessionRefusesEntries();

private:
    MutationResult apply(const Principal& who, const Mutation& m) { return m_fixture->apply(who, m); }
    bool stored(const std::string& id) { return m_fixture->find(RECORD_KIND_VISITOR_ENTRY, id).has_value(); }
    /// Ids of the visitor entries a pull by `who` from the beginning would bring.
    QStringList pulledEntries(const Principal& who);
    /// A confirmed registration of the session for `who`.
    std::string confirmedRegistration(const Principal& who, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RulesFixture> m_fixture;
};

void TestVisitorRules::init()
{
    m_fixture.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RulesFixture>();
    QVERIFY(m_fixture->open(m_dir->filePath("store").toStdString()));
}

QStringList TestVisitorRules::pulledEntries(const Principal& who)
{
    QStringList ids;
    auto snapshot = m_fixture->store().read();
    if (!snapshot)
        return ids;
    auto changes = (*snapshot)->changesSince(yk::server::audiencesOf(who), 0, 10000);
    if (!changes)
        return ids;
    for (const auto& change : *changes) {
        if (change.kind == RECORD_KIND_VISITOR_ENTRY && !change.deleted)
            ids << QString::fromStdString(change.id);
    }
    return ids;
}

std::string TestVisitorRules::confirmedRegistration(const Principal& who, int n)
{
    const std::string id = uuidFor(600 + n);
    const auto result = apply(who, signUp(id, ids::session));
    const auto r = m_fixture->find(RECORD_KIND_REGISTRATION, id);
    if (result.status() != MUTATION_STATUS_APPLIED || !r
        || r->registration().status() != REGISTRATION_STATUS_CONFIRMED)
        qWarning("registration %d not confirmed: %s", n, statusName(result));
    return id;
}

void TestVisitorRules::kioskMaySubmitEachExhibitionKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("visit") << int(VISITOR_ENTRY_KIND_VISIT);
    QTest::newRow("loan request") << int(VISITOR_ENTRY_KIND_LOAN_REQUEST);
    QTest::newRow("exhibition questionnaire") << int(VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE);
}

void TestVisitorRules::kioskMaySubmitEachExhibitionKind()
{
    QFETCH(int, kind);
    const auto id = uuidFor(1000 + kind);
    const auto result = apply(kiosk(), visitorEntry(id, static_cast<VisitorEntryKind>(kind)));
    QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
    // Write-only: the kiosk does not get the visitor's data back, not even in the answer.
    QCOMPARE(result.records_size(), 0);
    const auto record = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, id);
    QVERIFY(record);
    const auto& e = record->visitor_entry();
    QCOMPARE(int(e.kind()), kind);
    QCOMPARE(e.device_id(), ids::kioskDevice);
    QCOMPARE(e.visitor_name(), std::string("来場 花子"));
    QVERIFY(e.server_version() > 0);
    QCOMPARE(e.entered_at().seconds(), std::chrono::system_clock::to_time_t(m_fixture->now));

    // Not from a facility's staff or an attendee's phone; a kiosk cannot answer a seminar
    // questionnaire (it owns no registration).
    QCOMPARE(apply(staffA(), visitorEntry(uuidFor(1100), static_cast<VisitorEntryKind>(kind))).reason_code(),
        std::string("forbidden"));
    QCOMPARE(
        apply(attendee(), visitorEntry(uuidFor(1101), static_cast<VisitorEntryKind>(kind))).reason_code(),
        std::string("forbidden"));
    const auto registration = confirmedRegistration(staffA(), 1);
    QCOMPARE(
        apply(kiosk(),
            visitorEntry(uuidFor(1102), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, registration))
            .reason_code(),
        std::string("forbidden"));
    QVERIFY(!stored(uuidFor(1100)) && !stored(uuidFor(1101)) && !stored(uuidFor(1102)));
}

void TestVisitorRules::onlyCentreSeesEntries()
{
    const auto visit = uuidFor(1200);
    QCOMPARE(apply(kiosk(), visitorEntry(visit, VISITOR_ENTRY_KIND_VISIT)).status(), MUTATION_STATUS_APPLIED);
    const auto loan = uuidFor(1201);
    QCOMPARE(apply(kiosk(), visitorEntry(loan, VISITOR_ENTRY_KIND_LOAN_REQUEST)).status(),
        MUTATION_STATUS_APPLIED);

    const QStringList both { QString::fromStdString(visit), QString::fromStdString(loan) };
    QCOMPARE(pulledEntries(centreStaff()), both);
    QCOMPARE(pulledEntries(centreStaffOf(kPrefecture)), both);
    QVERIFY(pulledEntries(centreStaffOf(14)).isEmpty());
    QVERIFY(pulledEntries(kiosk()).isEmpty());
    QVERIFY(pulledEntries(staffA()).isEmpty());
    QVERIFY(pulledEntries(prefectureOfficer()).isEmpty());
    QVERIFY(pulledEntries(attendee()).isEmpty());
}

void TestVisitorRules::seminarQuestionnaireOnlyOnOwnConfirmedRegistration()
{
    const auto mine = confirmedRegistration(attendee(), 1);
    const auto staffs = confirmedRegistration(staffA(), 2);

    // Someone else's registration: refused, nothing stored.
    const auto foreign = apply(attendee(),
        visitorEntry(uuidFor(1300), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, staffs));
    QCOMPARE(foreign.reason_code(), std::string("forbidden"));
    QVERIFY(!stored(uuidFor(1300)));

    // A waitlisted registration (capacity 2 is full now) cannot answer yet.
    Principal other = attendee();
    other.deviceId = uuidFor(1399);
    const auto waitlisted = uuidFor(1398);
    QCOMPARE(apply(other, signUp(waitlisted, ids::session)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->find(RECORD_KIND_REGISTRATION, waitlisted)->registration().status(),
        REGISTRATION_STATUS_WAITLISTED);
    const auto early = apply(other,
        visitorEntry(uuidFor(1301), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, waitlisted));
    QCOMPARE(early.reason_code(), std::string("invalid_state"));
    QVERIFY(!early.message_ja().empty() && !early.message_en().empty());

    // The phone's own confirmed registration: stored, returned to the phone, seen by the centre.
    const auto own = apply(attendee(),
        visitorEntry(uuidFor(1302), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, mine));
    QCOMPARE(own.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(own.records_size(), 1);
    QCOMPARE(own.records(0).visitor_entry().registration_id(), mine);
    QCOMPARE(pulledEntries(attendee()), QStringList { QString::fromStdString(uuidFor(1302)) });
    QCOMPARE(pulledEntries(centreStaff()), QStringList { QString::fromStdString(uuidFor(1302)) });
    QVERIFY(pulledEntries(other).isEmpty());

    // A signed-in user answers for their own registration and pulls it by account.
    const auto byUser = apply(staffA(),
        visitorEntry(uuidFor(1303), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, staffs));
    QCOMPARE(byUser.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(pulledEntries(staffA()), QStringList { QString::fromStdString(uuidFor(1303)) });
    QVERIFY(pulledEntries(staffB()).isEmpty());
}

void TestVisitorRules::secondQuestionnaireIsAlreadyAnswered()
{
    const auto mine = confirmedRegistration(attendee(), 1);
    QCOMPARE(apply(attendee(),
                 visitorEntry(uuidFor(1400), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, mine))
                 .status(),
        MUTATION_STATUS_APPLIED);
    const auto second = apply(attendee(),
        visitorEntry(uuidFor(1401), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, mine));
    QCOMPARE(second.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(second.reason_code(), std::string("already_answered"));
    QVERIFY(!second.message_ja().empty() && !second.message_en().empty());
    QVERIFY(!stored(uuidFor(1401)));
}

void TestVisitorRules::loanWishNeedsModelRangeAndContact()
{
    auto noContact = visitorEntry(uuidFor(1500), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    entryOf(noContact)->clear_visitor_email();
    QCOMPARE(apply(kiosk(), noContact).reason_code(), std::string("invalid_argument"));
    entryOf(noContact)->set_visitor_phone("03-1234-5678");
    QCOMPARE(apply(kiosk(), noContact).status(), MUTATION_STATUS_APPLIED);

    auto noOrganisation = visitorEntry(uuidFor(1501), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    entryOf(noOrganisation)->set_visitor_organisation("  ");
    QCOMPARE(apply(kiosk(), noOrganisation).reason_code(), std::string("invalid_argument"));

    auto backwards = visitorEntry(uuidFor(1502), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    entryOf(backwards)->set_from_date("2025-05-12");
    entryOf(backwards)->set_to_date("2025-05-10");
    QCOMPARE(apply(kiosk(), backwards).reason_code(), std::string("end_before_start"));

    auto unknownModel = visitorEntry(uuidFor(1503), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    entryOf(unknownModel)->set_model_id(uuidFor(1599));
    QCOMPARE(apply(kiosk(), unknownModel).reason_code(), std::string("not_found"));

    // A model of another prefecture's centre is not lent at this exhibition.
    Record foreignModel = equipmentModel(uuidFor(1598), 14);
    foreignModel.mutable_equipment_model()->set_prefecture_code(14);
    QVERIFY(m_fixture->seed(foreignModel));
    auto foreign = visitorEntry(uuidFor(1504), VISITOR_ENTRY_KIND_LOAN_REQUEST);
    entryOf(foreign)->set_model_id(uuidFor(1598));
    QCOMPARE(apply(kiosk(), foreign).reason_code(), std::string("forbidden"));

    for (int n : { 1501, 1502, 1503, 1504 })
        QVERIFY2(!stored(uuidFor(n)), std::to_string(n).c_str());
}

void TestVisitorRules::badInputIsRejectedAndNothingStored_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field : { "id", "kind", "session_id", "visitor_name", "visitor_email", "visitor_phone",
             "facility_type", "interests count", "interest value", "answers count", "question_id", "choices",
             "answer text", "model_id on a visit", "registration_id on a visit" })
        QTest::newRow(field) << QString::fromUtf8(field);
}

void TestVisitorRules::badInputIsRejectedAndNothingStored()
{
    QFETCH(QString, field);
    const auto id = uuidFor(1600);
    auto m = visitorEntry(id, VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE);
    auto* e = entryOf(m);
    const std::string f = field.toStdString();
    if (f == "id")
        e->set_id("not-a-uuid");
    else if (f == "kind")
        e->set_kind(VISITOR_ENTRY_KIND_UNSPECIFIED);
    else if (f == "session_id")
        e->set_session_id("x");
    else if (f == "visitor_name")
        e->set_visitor_name(std::string(201, 'a'));
    else if (f == "visitor_email")
        e->set_visitor_email(std::string(250, 'a') + "@example.jp");
    else if (f == "visitor_phone")
        e->set_visitor_phone(std::string(41, '0'));
    else if (f == "facility_type")
        e->set_facility_type(static_cast<ServiceType>(99));
    else if (f == "interests count")
        for (int i = 0; i < 10; ++i)
            e->add_interests(EQUIPMENT_AREA_BATHING); // 11 with the one already there
    else if (f == "interest value")
        e->add_interests(static_cast<EquipmentArea>(99));
    else if (f == "answers count")
        for (int i = 0; i < 40; ++i)
            e->add_answers()->set_question_id("q" + std::to_string(i)); // 41 in all
    else if (f == "question_id")
        e->mutable_answers(0)->set_question_id(std::string(65, 'q'));
    else if (f == "choices")
        for (int i = 0; i < 20; ++i)
            e->mutable_answers(0)->add_choices("c"); // 21
    else if (f == "answer text")
        e->mutable_answers(0)->set_text(std::string(2001, 'x'));
    else if (f == "model_id on a visit")
        e->set_model_id(ids::model);
    else if (f == "registration_id on a visit")
        e->set_registration_id(uuidFor(601));
    const auto result = apply(kiosk(), m);
    QCOMPARE(result.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(result.reason_code(), std::string("invalid_argument"));
    QVERIFY(!result.message_ja().empty() && !result.message_en().empty());
    // The message names the field, never the visitor's value.
    QVERIFY(result.message_en().find("example.jp") == std::string::npos);
    QVERIFY(!stored(id));
    QVERIFY(!stored("not-a-uuid"));
    QVERIFY(pulledEntries(centreStaff()).isEmpty());

    // The limits themselves are accepted.
    auto edge = visitorEntry(uuidFor(1601), VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE);
    entryOf(edge)->set_visitor_name(std::string(200, 'a'));
    entryOf(edge)->mutable_answers(0)->set_question_id(std::string(64, 'q'));
    entryOf(edge)->mutable_answers(0)->set_text(std::string(2000, 'x'));
    QCOMPARE(apply(kiosk(), edge).status(), MUTATION_STATUS_APPLIED);
}

void TestVisitorRules::replayIsIdempotentForTheSameDeviceOnly()
{
    const auto id = uuidFor(1700);
    const auto m = visitorEntry(id, VISITOR_ENTRY_KIND_VISIT);
    QCOMPARE(apply(kiosk(), m).status(), MUTATION_STATUS_APPLIED);
    const auto version = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, id)->visitor_entry().server_version();
    // The same kiosk again (a lost answer): applied, nothing new written.
    QCOMPARE(apply(kiosk(), m).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->find(RECORD_KIND_VISITOR_ENTRY, id)->visitor_entry().server_version(), version);

    // Another kiosk guessing the id: already_exists, and the stored entry is unchanged.
    Principal otherKiosk = kiosk();
    otherKiosk.deviceId = uuidFor(1799);
    auto changed = m;
    entryOf(changed)->set_visitor_name("別人");
    QCOMPARE(apply(otherKiosk, changed).reason_code(), std::string("already_exists"));
    const auto after = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, id)->visitor_entry();
    QCOMPARE(after.visitor_name(), std::string("来場 花子"));
    QCOMPARE(after.device_id(), ids::kioskDevice);
    QCOMPARE(after.server_version(), version);

    // The phone's questionnaire replayed by the phone comes back with the stored entry.
    const auto mine = confirmedRegistration(attendee(), 1);
    const auto q = visitorEntry(uuidFor(1701), VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE, ids::session, mine);
    QCOMPARE(apply(attendee(), q).status(), MUTATION_STATUS_APPLIED);
    const auto replay = apply(attendee(), q);
    QCOMPARE(replay.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(replay.records_size(), 1);
    QCOMPARE(replay.records(0).visitor_entry().id(), uuidFor(1701));
}

void TestVisitorRules::enteredAtKeepsClientTimeUnlessInTheFuture()
{
    const auto nowSeconds = std::chrono::system_clock::to_time_t(m_fixture->now);
    auto offline = visitorEntry(uuidFor(1800), VISITOR_ENTRY_KIND_VISIT);
    entryOf(offline)->mutable_entered_at()->set_seconds(nowSeconds - 3 * 3600); // entered offline
    QCOMPARE(apply(kiosk(), offline).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_VISITOR_ENTRY, uuidFor(1800))->visitor_entry().entered_at().seconds(),
        nowSeconds - 3 * 3600);

    auto slightlyAhead = visitorEntry(uuidFor(1801), VISITOR_ENTRY_KIND_VISIT);
    entryOf(slightlyAhead)->mutable_entered_at()->set_seconds(nowSeconds + 60);
    QCOMPARE(apply(kiosk(), slightlyAhead).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_VISITOR_ENTRY, uuidFor(1801))->visitor_entry().entered_at().seconds(),
        nowSeconds + 60);

    auto future = visitorEntry(uuidFor(1802), VISITOR_ENTRY_KIND_VISIT);
    entryOf(future)->mutable_entered_at()->set_seconds(nowSeconds + 86400);
    QCOMPARE(apply(kiosk(), future).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_VISITOR_ENTRY, uuidFor(1802))->visitor_entry().entered_at().seconds(),
        nowSeconds);

    // device_id is the server's to set.
    auto spoofed = visitorEntry(uuidFor(1803), VISITOR_ENTRY_KIND_VISIT);
    entryOf(spoofed)->set_device_id(uuidFor(1899));
    QCOMPARE(apply(kiosk(), spoofed).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->find(RECORD_KIND_VISITOR_ENTRY, uuidFor(1803))->visitor_entry().device_id(),
        ids::kioskDevice);
}

void TestVisitorRules::cancelledSessionRefusesEntries()
{
    Record cancelled = session(uuidFor(1900), 10);
    cancelled.mutable_seminar_session()->set_cancelled(true);
    QVERIFY(m_fixture->seed(cancelled));
    const auto result = apply(kiosk(), visitorEntry(uuidFor(1901), VISITOR_ENTRY_KIND_VISIT, uuidFor(1900)));
    QCOMPARE(result.reason_code(), std::string("session_cancelled"));
    QVERIFY(!stored(uuidFor(1901)));
    const auto missing = apply(kiosk(), visitorEntry(uuidFor(1902), VISITOR_ENTRY_KIND_VISIT, uuidFor(1999)));
    QCOMPARE(missing.reason_code(), std::string("not_found"));
    QVERIFY(!stored(uuidFor(1902)));
}

QTEST_GUILESS_MAIN(TestVisitorRules)
#include "tst_visitorrules.moc"
