// The centre's desk on the server: consultations (open, reply, refer, follow-up, link, close)
// and the visitor inbox (a kiosk entry becomes a loan request or a consultation, once). Who
// may do each step is the authorisation matrix's table; this checks what each step stores,
// and that a refused step stores nothing.

#include "rules_fixture.h"

#include "engine/mutations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yokoten::v1;
using namespace yk::test;

namespace {

Consultation consultationOf(const MutationResult& result)
{
    for (const auto& record : result.records())
        if (record.has_consultation())
            return record.consultation();
    return {};
}

} // namespace

class TestConsultationRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void facilityAsksAndCentreAnswers();
    void centreRecordsWhatReachedItOnTheFacilitysBehalf();
    void badInputIsRefusedAndStoresNothing();
    void aReplyIsStoredOnceAndNotAfterClosing();
    void aLoanWishBecomesABookedLoanRequestOnce();
    void aKioskEntryBecomesAConsultation();

private:
    Consultation stored(const std::string& id);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RulesFixture> m_fixture;
};

void TestConsultationRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RulesFixture>();
    QVERIFY(m_fixture->open(m_dir->filePath("store").toStdString()));
}

void TestConsultationRules::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

Consultation TestConsultationRules::stored(const std::string& id)
{
    const auto record = m_fixture->find(RECORD_KIND_CONSULTATION, id);
    return record ? record->consultation() : Consultation();
}

void TestConsultationRules::facilityAsksAndCentreAnswers()
{
    const std::string id = uuidFor(500);
    auto opened = m_fixture->apply(staffA(), openConsultation(id, ids::facilityA));
    QCOMPARE(opened.status(), MUTATION_STATUS_APPLIED);
    Consultation c = consultationOf(opened);
    QCOMPARE(c.state(), CONSULTATION_STATE_RECEIVED);
    QCOMPARE(c.prefecture_code(), kPrefecture);
    QCOMPARE(c.opened_by_user_id(), ids::staffA);
    QVERIFY(c.opened_at().seconds() > 0);
    QCOMPARE(c.events_size(), 1);
    QCOMPARE(c.events(0).kind(), CONSULTATION_EVENT_KIND_OPENED);

    // The facility adds a line before the centre answers: still received.
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeReplyConsultation(id, "補足です")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).state(), CONSULTATION_STATE_RECEIVED);
    QVERIFY(!stored(id).has_first_reply_at());

    m_fixture->now += std::chrono::hours(26);
    auto reply = m_fixture->apply(centreStaff(), yk::sync::makeReplyConsultation(id, "資料をお送りします"));
    QCOMPARE(reply.status(), MUTATION_STATUS_APPLIED);
    c = consultationOf(reply);
    QCOMPARE(c.state(), CONSULTATION_STATE_ANSWERING);
    QCOMPARE(c.messages_size(), 2);
    QVERIFY(!c.messages(0).from_centre());
    QVERIFY(c.messages(1).from_centre());
    QCOMPARE(c.messages(1).author_user_id(), ids::centreStaff);
    QVERIFY(!c.messages(1).author_name().empty());
    QCOMPARE(c.first_reply_at().seconds() - c.opened_at().seconds(), 26 * 3600);

    auto referred = m_fixture->apply(
        centreStaff(), yk::sync::makeReferConsultation(id, "よろず支援拠点", "経営面の相談を紹介"));
    QCOMPARE(referred.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(consultationOf(referred).state(), CONSULTATION_STATE_REFERRED);
    QCOMPARE(consultationOf(referred).referrals(0).partner(), std::string("よろず支援拠点"));
    // A later reply keeps it referred; the first reply time stays the first.
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeReplyConsultation(id, "つなぎました")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).state(), CONSULTATION_STATE_REFERRED);
    QCOMPARE(stored(id).first_reply_at().seconds(), c.first_reply_at().seconds());

    QCOMPARE(
        m_fixture->apply(centreStaff(), yk::sync::makeSetConsultationFollowUp(id, "2025-04-20")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).follow_up_date(), std::string("2025-04-20"));
    QCOMPARE(m_fixture
                 ->apply(centreStaff(),
                     yk::sync::makeLinkConsultation(id, { {}, { ids::model }, { ids::session }, {} }))
                 .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).model_ids_size(), 1);
    QCOMPARE(stored(id).session_ids(0), ids::session);

    auto closed = m_fixture->apply(centreStaff(), yk::sync::makeCloseConsultation(id, "導入方針が決まった"));
    QCOMPARE(closed.status(), MUTATION_STATUS_APPLIED);
    c = consultationOf(closed);
    QCOMPARE(c.state(), CONSULTATION_STATE_CLOSED);
    QVERIFY(c.closed_at().seconds() > 0);
    // Who did what, in order.
    std::vector<ConsultationEventKind> kinds;
    for (const auto& event : c.events())
        kinds.push_back(event.kind());
    const std::vector<ConsultationEventKind> expected { CONSULTATION_EVENT_KIND_OPENED,
        CONSULTATION_EVENT_KIND_REPLIED, CONSULTATION_EVENT_KIND_REPLIED, CONSULTATION_EVENT_KIND_REFERRED,
        CONSULTATION_EVENT_KIND_REPLIED, CONSULTATION_EVENT_KIND_FOLLOW_UP_SET,
        CONSULTATION_EVENT_KIND_LINKED, CONSULTATION_EVENT_KIND_CLOSED };
    QVERIFY(kinds == expected);
    QCOMPARE(c.events(7).detail(), std::string("導入方針が決まった"));
    QCOMPARE(c.events(7).by_user_id(), ids::centreStaff);
}

void TestConsultationRules::centreRecordsWhatReachedItOnTheFacilitysBehalf()
{
    auto phoned = m_fixture->apply(
        centreStaff(), openConsultation(uuidFor(510), ids::facilityB, CONSULTATION_CHANNEL_PHONE));
    QCOMPARE(phoned.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(consultationOf(phoned).channel(), CONSULTATION_CHANNEL_PHONE);
    QCOMPARE(consultationOf(phoned).opened_by_user_id(), ids::centreStaff);

    // The channel says who opened it: the app is the facility's, the others the centre's.
    auto centreViaApp = m_fixture->apply(
        centreStaff(), openConsultation(uuidFor(511), ids::facilityB, CONSULTATION_CHANNEL_APP));
    QCOMPARE(centreViaApp.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(centreViaApp.reason_code(), std::string("invalid_argument"));
    auto facilityByPhone = m_fixture->apply(
        staffA(), openConsultation(uuidFor(515), ids::facilityA, CONSULTATION_CHANNEL_PHONE));
    QCOMPARE(consultationOf(facilityByPhone).channel(), CONSULTATION_CHANNEL_APP);
    // Not a facility of the centre's prefecture; not a facility at all.
    auto otherPrefecture = m_fixture->apply(
        centreStaff(), openConsultation(uuidFor(513), ids::otherFacility, CONSULTATION_CHANNEL_VISIT));
    QCOMPARE(otherPrefecture.reason_code(), std::string("forbidden"));
    auto notAFacility = m_fixture->apply(
        centreStaff(), openConsultation(uuidFor(514), ids::centre, CONSULTATION_CHANNEL_VISIT));
    QCOMPARE(notAFacility.reason_code(), std::string("not_found"));
    for (int i = 511; i <= 514; ++i)
        QVERIFY(!m_fixture->find(RECORD_KIND_CONSULTATION, uuidFor(i)));
}

void TestConsultationRules::badInputIsRefusedAndStoresNothing()
{
    auto refused = [&](Mutation m, const char* code) {
        const auto id = m.open_consultation().consultation().id();
        const auto result = m_fixture->apply(staffA(), m);
        if (result.status() != MUTATION_STATUS_REJECTED || result.reason_code() != code) {
            qWarning("expected %s, got %s %s", code, statusName(result), result.reason_code().c_str());
            return false;
        }
        return !result.message_ja().empty() && !m_fixture->find(RECORD_KIND_CONSULTATION, id);
    };
    auto with = [](int n, auto change) {
        Mutation m = openConsultation(uuidFor(n), ids::facilityA);
        change(*m.mutable_open_consultation()->mutable_consultation());
        return m;
    };
    QVERIFY(refused(with(520, [](Consultation& c) { c.set_question("\u3000 \n"); }), "invalid_argument"));
    QVERIFY(refused(
        with(521, [](Consultation& c) { c.set_question(std::string(20001, 'a')); }), "invalid_argument"));
    QVERIFY(refused(with(522, [](Consultation& c) { c.set_topic(static_cast<ConsultationTopic>(99)); }),
        "invalid_argument"));
    QVERIFY(refused(with(523, [](Consultation& c) { c.add_model_ids(uuidFor(999)); }), "invalid_argument"));
    QVERIFY(
        refused(with(524, [](Consultation& c) { c.set_source_entry_id(uuidFor(998)); }), "invalid_argument"));
    QVERIFY(
        refused(with(525, [](Consultation& c) { c.set_organisation_id("not-a-uuid"); }), "invalid_argument"));
    QVERIFY(refused(with(526, [](Consultation& c) { c.set_contact_preference(std::string(401, 'x')); }),
        "invalid_argument"));
    QVERIFY(refused(
        with(527, [](Consultation& c) { c.add_attachments()->set_sha256("zz"); }), "invalid_argument"));
    // Another facility's staff cannot open one for facility A, nor read or answer A's.
    QCOMPARE(m_fixture->apply(staffB(), openConsultation(uuidFor(528), ids::facilityA)).reason_code(),
        std::string("forbidden"));
    QCOMPARE(m_fixture->apply(staffA(), openConsultation(uuidFor(529), ids::facilityA)).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->apply(staffB(), yk::sync::makeReplyConsultation(uuidFor(529), "覗き見")).reason_code(),
        std::string("forbidden"));
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeSetConsultationFollowUp(uuidFor(529), "4月20日"))
                 .reason_code(),
        std::string("invalid_argument"));
    QCOMPARE(
        m_fixture->apply(centreStaff(), yk::sync::makeReferConsultation(uuidFor(529), " ", "")).reason_code(),
        std::string("invalid_argument"));
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeReplyConsultation(uuidFor(777), "ない相談"))
                 .reason_code(),
        std::string("not_found"));
    const auto c = stored(uuidFor(529));
    QCOMPARE(c.messages_size(), 0);
    QCOMPARE(c.referrals_size(), 0);
    QVERIFY(c.follow_up_date().empty());
    QCOMPARE(c.state(), CONSULTATION_STATE_RECEIVED);
}

void TestConsultationRules::aReplyIsStoredOnceAndNotAfterClosing()
{
    const std::string id = uuidFor(530);
    QCOMPARE(
        m_fixture->apply(staffA(), openConsultation(id, ids::facilityA)).status(), MUTATION_STATUS_APPLIED);
    const Mutation reply = yk::sync::makeReplyConsultation(id, "電話でもお話ししたいです");
    QCOMPARE(m_fixture->apply(staffA(), reply).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->apply(staffA(), reply).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).messages_size(), 1);

    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeCloseConsultation(id, "")).status(),
        MUTATION_STATUS_APPLIED);
    const auto late = m_fixture->apply(managerA(), yk::sync::makeReplyConsultation(id, "もう一つ"));
    QCOMPARE(late.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(late.reason_code(), std::string("invalid_state"));
    QCOMPARE(stored(id).messages_size(), 1);
    // Closing twice is the same close.
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeCloseConsultation(id, "")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(id).events_size(), 3);
}

void TestConsultationRules::aLoanWishBecomesABookedLoanRequestOnce()
{
    const std::string entryId = uuidFor(540);
    QCOMPARE(m_fixture->apply(kiosk(), visitorEntry(entryId, VISITOR_ENTRY_KIND_LOAN_REQUEST)).status(),
        MUTATION_STATUS_APPLIED);
    const auto entry = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, entryId)->visitor_entry();

    // Facility staff never handle the inbox; only the loan wish kind becomes a loan.
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeLoanFromVisitorEntry(entry, ids::facilityA, ""))
                 .reason_code(),
        std::string("forbidden"));
    const Mutation toLoan = yk::sync::makeLoanFromVisitorEntry(entry, ids::facilityA, "展示会で試用を希望");
    const auto result = m_fixture->apply(centreStaff(), toLoan);
    QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
    QVERIFY(result.records_size() >= 2);
    const auto& handled = result.records(0).visitor_entry();
    QCOMPARE(handled.outcome(), VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
    QCOMPARE(handled.matched_org_id(), ids::facilityA);
    QCOMPARE(handled.handled_by_user_id(), ids::centreStaff);
    QCOMPARE(handled.outcome_record_id(), toLoan.handle_visitor_entry().loan().id());
    const auto loan = m_fixture->find(RECORD_KIND_LOAN_REQUEST, handled.outcome_record_id());
    QVERIFY(loan.has_value());
    QCOMPARE(loan->loan_request().requester_org_id(), ids::facilityA);
    QCOMPARE(loan->loan_request().from_date(), entry.from_date());
    QCOMPARE(loan->loan_request().state(), LOAN_STATE_REQUESTED);
    QVERIFY(!loan->loan_request().unit_id().empty()); // booked as any request is

    // The same handling again answers what is stored; another handling is refused.
    QCOMPARE(m_fixture->apply(centreStaff(), toLoan).status(), MUTATION_STATUS_APPLIED);
    const auto again = m_fixture->apply(centreStaff(),
        yk::sync::makeConsultationFromVisitorEntry(entry, ids::facilityA, CONSULTATION_TOPIC_TECHNOLOGY, ""));
    QCOMPARE(again.reason_code(), std::string("already_handled"));

    // A visit is not a loan wish; a facility of another prefecture is not the centre's.
    const std::string visitId = uuidFor(541);
    QCOMPARE(m_fixture->apply(kiosk(), visitorEntry(visitId, VISITOR_ENTRY_KIND_VISIT)).status(),
        MUTATION_STATUS_APPLIED);
    const auto visit = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, visitId)->visitor_entry();
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeLoanFromVisitorEntry(visit, ids::facilityA, ""))
                 .reason_code(),
        std::string("invalid_state"));
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeNoteVisitorEntry(visitId, ids::otherFacility))
                 .reason_code(),
        std::string("not_found"));
    QCOMPARE(m_fixture->find(RECORD_KIND_VISITOR_ENTRY, visitId)->visitor_entry().outcome(),
        VISITOR_ENTRY_OUTCOME_UNSPECIFIED);
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeNoteVisitorEntry(visitId, {})).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->find(RECORD_KIND_VISITOR_ENTRY, visitId)->visitor_entry().outcome(),
        VISITOR_ENTRY_OUTCOME_NOTED);
}

void TestConsultationRules::aKioskEntryBecomesAConsultation()
{
    const std::string entryId = uuidFor(550);
    QCOMPARE(m_fixture->apply(kiosk(), visitorEntry(entryId, VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE))
                 .status(),
        MUTATION_STATUS_APPLIED);
    const auto entry = m_fixture->find(RECORD_KIND_VISITOR_ENTRY, entryId)->visitor_entry();
    const Mutation m = yk::sync::makeConsultationFromVisitorEntry(
        entry, ids::facilityB, CONSULTATION_TOPIC_TECHNOLOGY, "");
    const auto result = m_fixture->apply(centreStaff(), m);
    QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
    const Consultation c = consultationOf(result);
    QCOMPARE(c.channel(), CONSULTATION_CHANNEL_EXHIBITION);
    QCOMPARE(c.source_entry_id(), entryId);
    QCOMPARE(c.organisation_id(), ids::facilityB);
    QCOMPARE(c.question(), std::string("見守りセンサーを試したい")); // the visitor's own words
    QCOMPARE(stored(c.id()).state(), CONSULTATION_STATE_RECEIVED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_VISITOR_ENTRY, entryId)->visitor_entry().outcome_record_id(), c.id());
}

QTEST_GUILESS_MAIN(TestConsultationRules)
#include "tst_consultationrules.moc"
