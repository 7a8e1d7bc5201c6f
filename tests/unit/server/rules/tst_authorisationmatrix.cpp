// The authorisation matrix: every role × every mutation → allowed or forbidden, and every role
// × a set of records → visible through its pull scopes or not. Rows are tables so a change of
// policy is a one-character change here.

#include "rules_fixture.h"
#include "sample_menu_entry.h"

#include "engine/mutations.h"
#include "indicator_ids.h"

#include "core/audience.h"
#include "core/placement.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace yokoten::v1;
using namespace yk::test;
using yk::server::Principal;

namespace {

struct RoleEntry {
    const char* name;
    std::function<Principal()> make;
};

const std::vector<RoleEntry>& roles()
{
    static const std::vector<RoleEntry> list = {
        { "facility staff", staffA },
        { "facility manager", managerA },
        { "municipal officer", municipalOfficer },
        { "prefecture officer", prefectureOfficer },
        { "centre staff", centreStaff },
        { "attendee (phone)", attendee },
        { "kiosk", kiosk },
        { "other facility's staff", staffB },
    };
    return list;
}

// One character per role, in the order of roles(): Y = allowed, . = forbidden.
//  staff, manager, municipal, prefecture, centre, attendee, kiosk, other facility's staff
const std::vector<std::pair<const char*, const char*>>& allowedTable()
{
    static const std::vector<std::pair<const char*, const char*>> table = {
        { "create_case", "YY..Y..." },
        { "edit_case", "YY..Y..." },
        { "submit_case", "YY......" },
        { "publish_case", "....Y..." },
        { "archive_case", ".Y..Y..." },
        { "create_seminar", "....Y..." },
        { "create_session", "....Y..." },
        { "sign_up", "YYYYYYYY" },
        { "cancel_registration", "YY..Y..." },
        { "record_check_in", "....Y..." },
        // Centre staff enter a loan on a facility's behalf (the visitor inbox).
        { "request_loan", "YY..Y.Y." },
        { "approve_loan", "....Y..." },
        { "decline_loan", "....Y..." },
        { "mark_loan_lent", "....Y..." },
        { "mark_loan_returned", "....Y..." },
        { "cancel_loan", "YY..Y..." },
        { "file_loan_report", "YY......" },
        { "publish_template", "....Y..." },
        { "submit_assessment", "YY.....Y" },
        { "submit_visitor_entry", "....Y.Y." },
        { "handle_visitor_entry", "....Y..." },
        // The facility opens its own (as an app consultation); the centre on its behalf.
        { "open_consultation", "YY..Y..." },
        { "reply_consultation", "YY..Y..." },
        { "refer_consultation", "....Y..." },
        { "set_consultation_follow_up", "....Y..." },
        { "link_consultation", "....Y..." },
        { "close_consultation", "....Y..." },
        // Programmes: published by the centre or the prefecture; a facility applies for itself;
        // the centre (the programme's owner) chooses and closes; advisers and the centre log
        // visits; the facility also keeps its plan and figures.
        { "publish_programme", "...YY..." },
        { "apply_to_programme", "YY......" },
        { "decide_application", "....Y..." },
        { "set_plan_step", "YY..Y..." },
        { "log_visit", "....Y..." },
        { "record_measurement", "YY..Y..." },
        { "close_participation", "....Y..." },
        // Follow-up after adoption: the facility and its centre only.
        { "record_adoption", "YY..Y..." },
        { "answer_adoption_check_in", "YY..Y..." },
        // Notices: the centre, the prefecture office and a municipality write them; everyone
        // of the organisations they reach marks them read; only the sender's organisation
        // withdraws one.
        { "publish_notice", "..YYY..." },
        { "mark_notice_read", "YYYYY..Y" },
        { "withdraw_notice", "....Y..." },
        // The support menu: kept by the centre and the prefecture office together.
        { "save_menu_entry", "...YY..." },
        { "withdraw_menu_entry", "...YY..." },
        // Indicators: the officers and the centre of the prefecture, never a facility.
        { "refresh_indicators", "..YYY..." },
    };
    return table;
}

const std::string draftCase = uuidFor(100);
const std::string submittedCase = uuidFor(101);
const std::string publishedCase = uuidFor(102);
const std::string registrationA = uuidFor(110);
const std::string requestedLoan = uuidFor(120);
const std::string approvedLoan = uuidFor(121);
const std::string lentLoan = uuidFor(122);
const std::string returnedLoan = uuidFor(123);
const std::string consultationA = uuidFor(130);
const std::string kioskEntry = uuidFor(131);
const std::string programmeApplied = uuidFor(132); ///< facility A has applied
const std::string programmeRunning = uuidFor(133); ///< facility A is chosen
const std::string programmeOpen = uuidFor(134); ///< nobody has applied yet
const std::string applicationA = uuidFor(135);
const std::string participationA = uuidFor(136);
const std::string adoptionA = uuidFor(137);
const std::string noticeToPrefecture = uuidFor(138); ///< from the centre, to the whole prefecture

Notice noticeTo(const std::string& id, const std::string& title)
{
    Notice n;
    n.set_id(id);
    n.set_title(title);
    n.set_body("本文です");
    n.set_deadline("2025-04-30");
    return n;
}
const std::string menuEntryA = uuidFor(139);

} // namespace

class TestAuthorisationMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mutations_data();
    void mutations();
    void prefectureTemplates();
    void replaysByAnotherSender_data();
    void replaysByAnotherSender();
    void pullScopes_data();
    void pullScopes();
    void municipalityScopeStaysInTheMunicipality_data();
    void municipalityScopeStaysInTheMunicipality();

private:
    Mutation mutationFor(const std::string& op);
    Record recordFor(const std::string& name, const Principal& viewer);

    QTemporaryDir m_dir;
    RulesFixture m_fixture;
    Ticket m_ticketA;
};

void TestAuthorisationMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.open(m_dir.filePath("store").toStdString()));
    auto expectApplied = [this](const Principal& who, const Mutation& m) {
        const auto result = m_fixture.apply(who, m);
        if (result.status() != MUTATION_STATUS_APPLIED)
            qWarning("setup mutation: %s %s", statusName(result), result.reason_code().c_str());
        return result.status() == MUTATION_STATUS_APPLIED;
    };
    // The records each operation acts on, in the state it needs.
    QVERIFY(expectApplied(staffA(), createCase(draftCase, ids::facilityA, "下書きの事例")));
    QVERIFY(expectApplied(staffA(), createCase(submittedCase, ids::facilityA, "提出済みの事例")));
    QVERIFY(expectApplied(staffA(), submitCase(submittedCase)));
    QVERIFY(expectApplied(staffA(), createCase(publishedCase, ids::facilityA, "公開済みの事例")));
    QVERIFY(expectApplied(staffA(), submitCase(publishedCase)));
    QVERIFY(expectApplied(centreStaff(), publishCase(publishedCase, PUBLICATION_SCOPE_ORGANISATION)));
    QVERIFY(expectApplied(staffA(), signUp(registrationA, ids::session)));
    const auto registration = m_fixture.find(RECORD_KIND_REGISTRATION, registrationA);
    QVERIFY(registration && registration->registration().has_ticket());
    m_ticketA = registration->registration().ticket();
    QVERIFY(expectApplied(staffA(), requestLoan(requestedLoan, ids::facilityA, "2025-05-01", "2025-05-03")));
    QVERIFY(expectApplied(staffA(), requestLoan(approvedLoan, ids::facilityA, "2025-06-01", "2025-06-03")));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kApproveLoan, approvedLoan)));
    QVERIFY(expectApplied(staffA(), requestLoan(lentLoan, ids::facilityA, "2025-07-01", "2025-07-03")));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kApproveLoan, lentLoan)));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kMarkLoanLent, lentLoan)));
    QVERIFY(expectApplied(staffA(), requestLoan(returnedLoan, ids::facilityA, "2025-08-01", "2025-08-03")));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kApproveLoan, returnedLoan)));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kMarkLoanLent, returnedLoan)));
    QVERIFY(expectApplied(centreStaff(), loanStep(Mutation::kMarkLoanReturned, returnedLoan)));
    QVERIFY(expectApplied(staffA(), openConsultation(consultationA, ids::facilityA)));
    QVERIFY(expectApplied(kiosk(), visitorEntry(kioskEntry, VISITOR_ENTRY_KIND_VISIT)));
    for (const auto& id : { programmeApplied, programmeRunning, programmeOpen })
        QVERIFY(expectApplied(centreStaff(), yk::sync::makePublishProgramme(programme(id, 3))));
    QVERIFY(expectApplied(staffA(), applyToProgramme(applicationA, programmeApplied, ids::facilityA)));
    QVERIFY(expectApplied(staffA(), applyToProgramme(participationA, programmeRunning, ids::facilityA)));
    QVERIFY(expectApplied(centreStaff(), yk::sync::makeDecideApplication(participationA, true)));
    QVERIFY(expectApplied(
        staffA(), yk::sync::makeRecordAdoption(adoption(adoptionA, ids::facilityA, "2025-03-01"))));
    QVERIFY(expectApplied(
        centreStaff(), yk::sync::makePublishNotice(noticeTo(noticeToPrefecture, "研修のお知らせ"))));
    QVERIFY(expectApplied(centreStaff(),
        yk::sync::makeSaveMenuEntry(sampleMenuEntry(menuEntryA, ids::seminar, programmeOpen))));
}

Mutation TestAuthorisationMatrix::mutationFor(const std::string& op)
{
    if (op == "create_case")
        return createCase(uuidFor(200), ids::facilityA, "新しい事例");
    if (op == "edit_case") {
        GoodPracticeCase values;
        values.set_title("改題した事例");
        return editCase(draftCase, 1, { "title" }, values);
    }
    if (op == "submit_case")
        return submitCase(draftCase);
    if (op == "publish_case")
        return publishCase(submittedCase, PUBLICATION_SCOPE_PUBLIC);
    if (op == "archive_case")
        return archiveCase(publishedCase);
    if (op == "create_seminar") {
        Mutation m;
        auto* s = m.mutable_create_seminar()->mutable_seminar();
        s->set_id(uuidFor(201));
        s->set_prefecture_code(kPrefecture);
        s->set_title("移乗支援機器の研修会");
        return m;
    }
    if (op == "create_session") {
        Mutation m;
        auto* s = m.mutable_create_session()->mutable_session();
        s->set_id(uuidFor(202));
        s->set_seminar_id(ids::seminar);
        s->set_capacity(10);
        return m;
    }
    if (op == "sign_up")
        return signUp(uuidFor(203), ids::session, "visitor@example.jp");
    if (op == "cancel_registration")
        return cancelRegistration(registrationA);
    if (op == "record_check_in")
        return checkIn(uuidFor(204), "nonce-matrix", ids::session, m_ticketA);
    if (op == "request_loan")
        return requestLoan(uuidFor(205), ids::facilityA, "2025-09-01", "2025-09-03");
    if (op == "approve_loan")
        return loanStep(Mutation::kApproveLoan, requestedLoan);
    if (op == "decline_loan")
        return loanStep(Mutation::kDeclineLoan, requestedLoan);
    if (op == "mark_loan_lent")
        return loanStep(Mutation::kMarkLoanLent, approvedLoan);
    if (op == "mark_loan_returned")
        return loanStep(Mutation::kMarkLoanReturned, lentLoan);
    if (op == "cancel_loan")
        return loanStep(Mutation::kCancelLoan, requestedLoan);
    if (op == "file_loan_report")
        return fileReport(returnedLoan, 4);
    if (op == "publish_template")
        return publishTemplate(assessmentTemplate(uuidFor(206), 2));
    if (op == "submit_assessment")
        return submitAssessment(uuidFor(207), ids::templateV1, 3, true);
    if (op == "submit_visitor_entry")
        return visitorEntry(uuidFor(208), VISITOR_ENTRY_KIND_VISIT);
    if (op == "handle_visitor_entry")
        return yk::sync::makeNoteVisitorEntry(kioskEntry, ids::facilityA);
    if (op == "open_consultation")
        return openConsultation(uuidFor(209), ids::facilityA, CONSULTATION_CHANNEL_PHONE);
    if (op == "reply_consultation")
        return yk::sync::makeReplyConsultation(consultationA, "センターからの回答です");
    if (op == "refer_consultation")
        return yk::sync::makeReferConsultation(consultationA, "よろず支援拠点", "補助金の相談");
    if (op == "set_consultation_follow_up")
        return yk::sync::makeSetConsultationFollowUp(consultationA, "2025-04-15");
    if (op == "link_consultation")
        return yk::sync::makeLinkConsultation(consultationA, { { publishedCase }, { ids::model }, {}, {} });
    if (op == "close_consultation")
        return yk::sync::makeCloseConsultation(consultationA, "解決");
    if (op == "publish_programme")
        return yk::sync::makePublishProgramme(programme(uuidFor(210), 6));
    if (op == "apply_to_programme")
        return applyToProgramme(uuidFor(211), programmeOpen, ids::facilityA);
    if (op == "decide_application")
        return yk::sync::makeDecideApplication(applicationA, true);
    if (op == "set_plan_step")
        return yk::sync::makeSetPlanStep(participationA, IMPROVEMENT_STEP_VISUALISE, "特性要因図を作成");
    if (op == "log_visit") {
        VisitLog visit;
        visit.set_id(uuidFor(212));
        visit.set_visit_date("2025-03-30");
        visit.set_activities("業務の洗い出し");
        return yk::sync::makeLogVisit(participationA, visit);
    }
    if (op == "record_measurement")
        return yk::sync::makeRecordMeasurement(participationA,
            measurement(uuidFor(213), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_BEFORE, 12.5, "2025-03",
                "勤怠システム"));
    if (op == "close_participation")
        return yk::sync::makeCloseParticipation(participationA, "3回の訪問で委員会を設置");
    if (op == "record_adoption")
        return yk::sync::makeRecordAdoption(adoption(uuidFor(214), ids::facilityA, "2025-03-15"));
    if (op == "answer_adoption_check_in") {
        AdoptionCheckIn answer;
        answer.set_months_after(1);
        answer.set_use(ADOPTION_USE_IN_USE);
        answer.set_staff_using(8);
        return yk::sync::makeAnswerAdoptionCheckIn(adoptionA, answer);
    }
    if (op == "publish_notice")
        return yk::sync::makePublishNotice(noticeTo(uuidFor(215), "補助金の申請受付"));
    if (op == "mark_notice_read")
        return yk::sync::makeMarkNoticeRead(noticeToPrefecture);
    if (op == "withdraw_notice")
        return yk::sync::makeWithdrawNotice(noticeToPrefecture);
    if (op == "save_menu_entry")
        return yk::sync::makeSaveMenuEntry(sampleMenuEntry(uuidFor(216), ids::seminar, programmeOpen));
    if (op == "withdraw_menu_entry")
        return yk::sync::makeWithdrawMenuEntry(menuEntryA);
    if (op == "refresh_indicators")
        return yk::sync::makeRefreshIndicators(kPrefecture);
    return {};
}

void TestAuthorisationMatrix::mutations_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("allowed");
    const auto& table = allowedTable();
    QCOMPARE(static_cast<int>(table.size()), Mutation::descriptor()->FindOneofByName("op")->field_count());
    for (const auto& [op, allowed] : table) {
        for (std::size_t i = 0; i < roles().size(); ++i) {
            QTest::addRow("%s by %s", op, roles()[i].name)
                << QString::fromUtf8(roles()[i].name) << QString::fromUtf8(op) << (allowed[i] == 'Y');
        }
    }
}

void TestAuthorisationMatrix::mutations()
{
    QFETCH(QString, role);
    QFETCH(QString, op);
    QFETCH(bool, allowed);
    const auto entry = std::find_if(roles().begin(), roles().end(),
        [&](const RoleEntry& r) { return role == QString::fromUtf8(r.name); });
    QVERIFY(entry != roles().end());
    const Mutation mutation = mutationFor(op.toStdString());
    QVERIFY(mutation.op_case() != Mutation::OP_NOT_SET);

    // Each row runs in a transaction that is rolled back, so all rows see the same state.
    auto tx = m_fixture.store().write();
    QVERIFY(tx.ok());
    auto result = m_fixture.mutator().apply(**tx, entry->make(), mutation, m_fixture.now);
    QVERIFY(result.ok());
    if (allowed) {
        QVERIFY2(result->status() == MUTATION_STATUS_APPLIED,
            (std::string(statusName(*result)) + " " + result->reason_code()).c_str());
    } else {
        QCOMPARE(result->status(), MUTATION_STATUS_REJECTED);
        QCOMPARE(QString::fromStdString(result->reason_code()), QStringLiteral("forbidden"));
        QVERIFY(!result->message_ja().empty());
        QVERIFY(!result->message_en().empty());
    }
}

// A prefecture's own self-assessment template (its certification checklist): its centre and
// its prefecture office publish it; nobody else, and nobody for another prefecture.
void TestAuthorisationMatrix::prefectureTemplates()
{
    const char* allowed = "...YY...";
    for (std::size_t i = 0; i < roles().size(); ++i) {
        for (const int prefecture : { kPrefecture, 14 }) {
            auto tx = m_fixture.store().write();
            QVERIFY(tx.ok());
            const auto t
                = checklistTemplate(uuidFor(320), ASSESSMENT_TEMPLATE_KIND_CERTIFICATION, prefecture);
            auto result
                = m_fixture.mutator().apply(**tx, roles()[i].make(), publishTemplate(t), m_fixture.now);
            QVERIFY(result.ok());
            const bool expected = allowed[i] == 'Y' && prefecture == kPrefecture;
            QVERIFY2((result->status() == MUTATION_STATUS_APPLIED) == expected,
                (std::string(roles()[i].name) + " for " + std::to_string(prefecture) + ": "
                    + result->reason_code())
                    .c_str());
            if (!expected)
                QCOMPARE(QString::fromStdString(result->reason_code()), QStringLiteral("forbidden"));
        }
    }
}

void TestAuthorisationMatrix::replaysByAnotherSender_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("senderRole");
    // Every role that may send it, as the first sender.
    for (const auto& [op, allowed] : allowedTable()) {
        for (std::size_t i = 0; i < roles().size(); ++i) {
            if (allowed[i] == 'Y')
                QTest::addRow("%s by %s", op, roles()[i].name)
                    << QString::fromUtf8(op) << static_cast<int>(i);
        }
    }
}

// Every mutation that is idempotent by a key (a record id, a nonce): the first sender's replay
// gets the stored result; the same mutation from another device and account with the very
// same rights gets already_exists and not one record (issue 21: a kiosk of another prefecture
// got an attendee's registration back by re-sending its id).
void TestAuthorisationMatrix::replaysByAnotherSender()
{
    QFETCH(QString, op);
    QFETCH(int, senderRole);
    const Mutation mutation = mutationFor(op.toStdString());
    QVERIFY(mutation.op_case() != Mutation::OP_NOT_SET);
    if (yk::server::Mutator::idempotencyKey(mutation).empty())
        QSKIP("not idempotent by a key: a state change of a record the caller may see anyway");
    const Principal sender = roles()[static_cast<std::size_t>(senderRole)].make();
    Principal other = sender;
    other.deviceId = uuidFor(900);
    if (!other.userId.empty())
        other.userId = uuidFor(901);

    auto tx = m_fixture.store().write();
    QVERIFY(tx.ok());
    auto first = m_fixture.mutator().apply(**tx, sender, mutation, m_fixture.now);
    QVERIFY(first.ok());
    QVERIFY2(first->status() == MUTATION_STATUS_APPLIED, first->reason_code().c_str());
    auto replay = m_fixture.mutator().apply(**tx, sender, mutation, m_fixture.now);
    QVERIFY(replay.ok());
    QVERIFY2(replay->status() == MUTATION_STATUS_APPLIED, replay->reason_code().c_str());

    auto foreign = m_fixture.mutator().apply(**tx, other, mutation, m_fixture.now);
    QVERIFY(foreign.ok());
    QCOMPARE(foreign->status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(QString::fromStdString(foreign->reason_code()), QStringLiteral("already_exists"));
    QCOMPARE(foreign->records_size(), 0);
    // The message is the fixed one: nothing of the stored record is quoted back.
    QVERIFY(foreign->message_en().find("already stored") != std::string::npos);

    // The same user on another device is the same sender (a user's work follows them),
    // except for a visitor entry, which its rule keeps to the device that took it.
    if (!sender.userId.empty() && op != QStringLiteral("submit_visitor_entry")) {
        Principal sameUserElsewhere = sender;
        sameUserElsewhere.deviceId = uuidFor(902);
        auto own = m_fixture.mutator().apply(**tx, sameUserElsewhere, mutation, m_fixture.now);
        QVERIFY(own.ok());
        QCOMPARE(own->status(), MUTATION_STATUS_APPLIED);
    }
}

Record TestAuthorisationMatrix::recordFor(const std::string& name, const Principal& viewer)
{
    Record r;
    if (name.rfind("case", 0) == 0) {
        auto* c = r.mutable_good_practice_case();
        c->set_id(uuidFor(300));
        c->set_owner_org_id(ids::facilityA);
        c->set_prefecture_code(kPrefecture);
        c->set_author_user_id(ids::staffA);
        c->set_state(CASE_STATE_PUBLISHED);
        if (name == "case draft")
            c->set_state(CASE_STATE_DRAFT);
        else if (name == "case submitted")
            c->set_state(CASE_STATE_SUBMITTED);
        else if (name == "case published to organisation")
            c->set_publication_scope(PUBLICATION_SCOPE_ORGANISATION);
        else if (name == "case published to municipality")
            c->set_publication_scope(PUBLICATION_SCOPE_MUNICIPALITY);
        else if (name == "case published to prefecture")
            c->set_publication_scope(PUBLICATION_SCOPE_PREFECTURE);
        else
            c->set_publication_scope(PUBLICATION_SCOPE_PUBLIC);
    } else if (name == "other facility's registration") {
        auto* reg = r.mutable_registration();
        reg->set_id(uuidFor(301));
        reg->set_session_id(ids::session);
        reg->set_user_id(ids::staffB);
        reg->set_organisation_id(ids::facilityB);
    } else if (name == "other facility's loan") {
        auto* l = r.mutable_loan_request();
        l->set_id(uuidFor(302));
        l->set_model_id(ids::model);
        l->set_requester_org_id(ids::facilityB);
        l->set_requester_user_id(ids::staffB);
    } else if (name == "other facility's assessment") {
        auto* a = r.mutable_assessment_response();
        a->set_id(uuidFor(303));
        a->set_template_id(ids::templateV1);
        a->set_organisation_id(ids::facilityB);
        a->set_user_id(ids::staffB);
    } else if (name == "other facility's submitted assessment") {
        auto* a = r.mutable_assessment_response();
        a->set_id(uuidFor(306));
        a->set_template_id(ids::templateV1);
        a->set_organisation_id(ids::facilityB);
        a->set_user_id(ids::staffB);
        a->set_state(RESPONSE_STATE_SUBMITTED);
    } else if (name == "consultation of the other facility") {
        auto* c = r.mutable_consultation();
        c->set_id(uuidFor(307));
        c->set_organisation_id(ids::facilityB);
        c->set_prefecture_code(kPrefecture);
        c->set_opened_by_user_id(ids::staffB);
    } else if (name == "programme of the prefecture") {
        auto* p = r.mutable_programme();
        *p = programme(uuidFor(308), 6);
        p->set_prefecture_code(kPrefecture);
        p->set_owner_org_id(ids::centre);
    } else if (name == "other facility's application") {
        auto* p = r.mutable_participation();
        p->set_id(uuidFor(309));
        p->set_programme_id(programmeRunning);
        p->set_organisation_id(ids::facilityB);
        p->set_prefecture_code(kPrefecture);
        p->set_applied_by_user_id(ids::staffB);
    } else if (name == "other facility's adoption") {
        auto* a = r.mutable_adoption();
        *a = adoption(uuidFor(310), ids::facilityB, "2025-01-10");
        a->set_prefecture_code(kPrefecture);
    } else if (name == "support menu entry of the prefecture") {
        auto* e = r.mutable_support_menu_entry();
        *e = sampleMenuEntry(uuidFor(311), ids::seminar);
        e->set_prefecture_code(kPrefecture);
        e->set_owner_org_id(ids::centre);
    } else if (name == "indicators of the prefecture" || name == "indicators of the municipality") {
        auto* sheet = r.mutable_indicator_sheet();
        sheet->set_prefecture_code(kPrefecture);
        if (name == "indicators of the municipality")
            sheet->set_municipality_id(ids::municipality);
        sheet->set_id(yk::proto::indicatorSheetId(kPrefecture, sheet->municipality_id()));
    } else if (name == "visitor entry at the exhibition") {
        auto* e = r.mutable_visitor_entry();
        e->set_id(uuidFor(305));
        e->set_kind(VISITOR_ENTRY_KIND_VISIT);
        e->set_session_id(ids::session);
        e->set_device_id(ids::kioskDevice);
    } else if (name.rfind("notice", 0) == 0 || name == "withdrawn notice") {
        auto* n = r.mutable_notice();
        *n = noticeTo(uuidFor(311), "お知らせ");
        n->set_sender_org_id(ids::centre);
        n->mutable_audience()->set_prefecture_code(kPrefecture);
        if (name == "notice to facility managers")
            n->mutable_audience()->add_roles(ROLE_FACILITY_MANAGER);
        else if (name == "notice to the municipality")
            n->mutable_audience()->set_municipality_id(ids::municipality);
        else if (name == "notice to day services")
            n->mutable_audience()->add_service_types(SERVICE_TYPE_DAY_SERVICE);
        else if (name == "withdrawn notice")
            n->set_withdrawn(true);
    } else if (name == "own registration") {
        // As sign_up files it for this caller.
        auto* reg = r.mutable_registration();
        reg->set_id(uuidFor(304));
        reg->set_session_id(ids::session);
        reg->set_user_id(viewer.userId);
        if (!viewer.isKiosk() && viewer.isDeviceSession() && viewer.deviceKind == DEVICE_KIND_PHONE)
            reg->set_device_id(viewer.deviceId);
        if (!viewer.isKiosk() && !viewer.isDeviceSession() && viewer.isOrganisationStaff())
            reg->set_organisation_id(viewer.organisationId);
    }
    return r;
}

void TestAuthorisationMatrix::pullScopes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("visible");
    //  staff, manager, municipal, prefecture, centre, attendee, kiosk, other facility's staff
    const std::vector<std::pair<const char*, const char*>> table = {
        { "case draft", "YY......" },
        { "case submitted", "YY..Y..." },
        // The scope the author chose, and nobody beyond it (the editor says who that is).
        { "case published to organisation", "YY......" },
        { "case published to municipality", "YYY....Y" },
        { "case published to prefecture", "YYYYY..Y" },
        { "case published to public", "YYYYYYYY" },
        { "other facility's registration", "..Y.Y..Y" },
        { "other facility's loan", "....Y..Y" },
        { "other facility's assessment", ".......Y" },
        // Its centre keeps the support record; no other facility, no officer sees it.
        { "other facility's submitted assessment", "....Y..Y" },
        // Between the facility (as an organisation) and its centre only.
        { "consultation of the other facility", "....Y..Y" },
        // Every organisation of the prefecture may apply, so every one of them receives it.
        { "programme of the prefecture", "YYYYY..Y" },
        // An application, plan and figures: the facility and the centre that runs it.
        { "other facility's application", "....Y..Y" },
        { "other facility's adoption", "....Y..Y" },
        // A notice reaches the organisations of its audience (or, with roles, the accounts
        // holding them) and its sender's organisation: never phones or kiosks.
        { "notice to the prefecture", "YYYYY..Y" },
        { "notice to the municipality", "YYY.Y..Y" },
        { "notice to facility managers", ".Y..Y..." },
        { "notice to day services", "....Y..." }, // no facility of the fixture is one
        { "withdrawn notice", "....Y..." },
        // The support menu is for every organisation of the prefecture; not kiosks or phones.
        { "support menu entry of the prefecture", "YYYYY..Y" },
        // Figures about facilities: for the officers and the centre, not for facilities to compare.
        { "indicators of the prefecture", "..YYY..." },
        { "indicators of the municipality", "..YYY..." },
        { "own registration", "YYYYYY.Y" },
        // Kiosks are write-only: not even the kiosk that took it reads a visitor's entry back.
        { "visitor entry at the exhibition", "....Y..." },
    };
    for (const auto& [record, visible] : table) {
        for (std::size_t i = 0; i < roles().size(); ++i) {
            QTest::addRow("%s for %s", record, roles()[i].name)
                << QString::fromUtf8(roles()[i].name) << QString::fromUtf8(record) << (visible[i] == 'Y');
        }
    }
}

void TestAuthorisationMatrix::pullScopes()
{
    QFETCH(QString, role);
    QFETCH(QString, record);
    QFETCH(bool, visible);
    const auto entry = std::find_if(roles().begin(), roles().end(),
        [&](const RoleEntry& r) { return role == QString::fromUtf8(r.name); });
    QVERIFY(entry != roles().end());
    const Principal viewer = entry->make();
    const Record r = recordFor(record.toStdString(), viewer);
    QVERIFY(r.body_case() != Record::BODY_NOT_SET);

    auto snapshot = m_fixture.store().read();
    QVERIFY(snapshot.ok());
    auto placement = yk::server::placementOf(**snapshot, r);
    QVERIFY(placement.ok());
    const auto mine = yk::server::audiencesOf(viewer);
    const bool shared = std::any_of(placement->audiences.begin(), placement->audiences.end(),
        [&](const std::string& key) { return std::find(mine.begin(), mine.end(), key) != mine.end(); });
    QCOMPARE(shared, visible);
}

// A case published to the municipality, seen by principals the role table does not have:
// the other facility there is under the same municipality, these are not.
void TestAuthorisationMatrix::municipalityScopeStaysInTheMunicipality_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<bool>("visible");
    QTest::newRow("officer of the municipality") << 0 << true;
    QTest::newRow("facility under the municipality") << 1 << true;
    QTest::newRow("officer of another municipality") << 2 << false;
    QTest::newRow("facility under another municipality") << 3 << false;
    QTest::newRow("facility directly under the prefecture") << 4 << false;
    QTest::newRow("facility in another prefecture") << 5 << false;
}

void TestAuthorisationMatrix::municipalityScopeStaysInTheMunicipality()
{
    QFETCH(int, who);
    QFETCH(bool, visible);
    const std::string otherMunicipality = uuidFor(8);
    Principal viewer;
    switch (who) {
    case 0:
        viewer = municipalOfficer();
        break;
    case 1:
        viewer = staffB();
        break;
    case 2:
        viewer = municipalOfficer();
        viewer.userId = uuidFor(16);
        viewer.organisationId = otherMunicipality;
        viewer.municipalityId = otherMunicipality;
        break;
    case 3:
        viewer = staffB();
        viewer.organisationId = uuidFor(9);
        viewer.municipalityId = otherMunicipality;
        break;
    case 4:
        viewer = staffB();
        viewer.organisationId = uuidFor(9);
        viewer.municipalityId = ids::prefecture; // as the authenticator files a facility's parent
        break;
    default:
        viewer = facilityStaff(ids::otherFacility, uuidFor(17), 14);
        viewer.municipalityId = ids::otherPrefecture;
        break;
    }
    const Record r = recordFor("case published to municipality", viewer);
    auto snapshot = m_fixture.store().read();
    QVERIFY(snapshot.ok());
    auto placement = yk::server::placementOf(**snapshot, r);
    QVERIFY(placement.ok());
    const auto mine = yk::server::audiencesOf(viewer);
    const bool shared = std::any_of(placement->audiences.begin(), placement->audiences.end(),
        [&](const std::string& key) { return std::find(mine.begin(), mine.end(), key) != mine.end(); });
    QCOMPARE(shared, visible);
}

QTEST_GUILESS_MAIN(TestAuthorisationMatrix)
#include "tst_authorisationmatrix.moc"
