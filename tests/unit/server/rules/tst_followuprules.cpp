// From trial to lasting use on the server: programmes (apply inside the window, choose up to
// the places, also when two choose at once), the advisers' visit logs, figures that must carry
// a date and a source, closing into a case draft, and adoptions with their check-ins, also the
// one a loan report that plans to buy makes; the support menu whose requirements link them.
// Who may do each step is the authorisation
// matrix's table; this checks what each step stores, and that a refused step stores nothing.

#include "rules_fixture.h"
#include "sample_menu_entry.h"

#include "engine/mutations.h"
#include "rules/authorization.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace yokoten::v1;
using namespace yk::test;

namespace {

const std::string kProgramme = uuidFor(600);
const std::string kApplicationA = uuidFor(601);
const std::string kApplicationB = uuidFor(602);

template <typename Message>
const Message* firstOf(
    const MutationResult& result, const Message& (Record::*get)() const, bool (Record::*has)() const)
{
    for (const auto& record : result.records())
        if ((record.*has)())
            return &(record.*get)();
    return nullptr;
}

VisitLog visit(const std::string& id, const std::string& date, const std::string& activities)
{
    VisitLog v;
    v.set_id(id);
    v.set_visit_date(date);
    v.set_attendees("施設長、介護主任、事務長");
    v.set_activities(activities);
    v.set_next_actions("次回までに委員会の議事録を作る");
    v.set_step(IMPROVEMENT_STEP_VISUALISE);
    return v;
}

} // namespace

class TestFollowUpRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void applicationsInsideTheWindowOnce();
    void choosingNeverExceedsThePlaces();
    void twoChoosingTheLastPlaceAtOnceGetOneYes();
    void visitLogsByAdvisersAndTheCentreOnly();
    void figuresNeedADateAndASource();
    void closingMakesACaseDraftWithDatedSourcedPairs();
    void adoptionsCarryTheirCheckInSchedule();
    void aCheckInSayingNoLongerUsedMarksTheAdoption();
    void aLoanReportThatPlansToBuyMakesAnAdoption();
    void menuEntriesReachThePrefectureOnly();
    void badMenuEntriesAreRefusedAndChangeNothing_data();
    void badMenuEntriesAreRefusedAndChangeNothing();
    void withdrawingKeepsTheEntryMarked();

private:
    ProgrammeParticipation participation(const std::string& id);
    SupportProgramme storedProgramme();
    void publishAndApplyBoth(int places, const std::vector<std::string>& advisers = {});
    bool visibleTo(const yk::server::Principal& who, const Record& record);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RulesFixture> m_fixture;
};

void TestFollowUpRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RulesFixture>();
    QVERIFY(m_fixture->open(m_dir->filePath("store").toStdString()));
}

void TestFollowUpRules::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

ProgrammeParticipation TestFollowUpRules::participation(const std::string& id)
{
    const auto record = m_fixture->find(RECORD_KIND_PARTICIPATION, id);
    return record ? record->participation() : ProgrammeParticipation();
}

SupportProgramme TestFollowUpRules::storedProgramme()
{
    const auto record = m_fixture->find(RECORD_KIND_PROGRAMME, kProgramme);
    return record ? record->programme() : SupportProgramme();
}

void TestFollowUpRules::publishAndApplyBoth(int places, const std::vector<std::string>& advisers)
{
    QCOMPARE(
        m_fixture
            ->apply(centreStaff(), yk::sync::makePublishProgramme(programme(kProgramme, places, advisers)))
            .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->apply(staffA(), applyToProgramme(kApplicationA, kProgramme, ids::facilityA)).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->apply(staffB(), applyToProgramme(kApplicationB, kProgramme, ids::facilityB)).status(),
        MUTATION_STATUS_APPLIED);
}

bool TestFollowUpRules::visibleTo(const yk::server::Principal& who, const Record& record)
{
    auto snapshot = m_fixture->store().read();
    if (!snapshot)
        return false;
    auto visible = yk::server::rules::authorization::isVisibleTo(**snapshot, who, record);
    return visible && *visible;
}

void TestFollowUpRules::applicationsInsideTheWindowOnce()
{
    QCOMPARE(
        m_fixture->apply(centreStaff(), yk::sync::makePublishProgramme(programme(kProgramme, 6))).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(storedProgramme().min_visits(), 3); // the national guide's minimum when unset
    QCOMPARE(storedProgramme().owner_org_id(), ids::centre);

    // Blank reasons (full-width spaces count as blank) are refused.
    ProgrammeApplication blank;
    blank.set_reason("\xE3\x80\x80\xE3\x80\x80");
    blank.set_goals("残業を減らす");
    auto refused = m_fixture->apply(
        staffA(), yk::sync::makeApplyToProgramme(kProgramme, ids::facilityA, blank, kApplicationA));
    QCOMPARE(refused.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(QString::fromStdString(refused.reason_code()), QStringLiteral("invalid_argument"));
    QVERIFY(!m_fixture->find(RECORD_KIND_PARTICIPATION, kApplicationA));

    auto applied = m_fixture->apply(staffA(), applyToProgramme(kApplicationA, kProgramme, ids::facilityA));
    QCOMPARE(applied.status(), MUTATION_STATUS_APPLIED);
    const auto stored = participation(kApplicationA);
    QCOMPARE(stored.state(), PARTICIPATION_STATE_APPLIED);
    QCOMPARE(stored.applied_by_user_id(), ids::staffA);
    QCOMPARE(stored.prefecture_code(), kPrefecture);
    QVERIFY(!stored.organisation_name().empty());
    QCOMPARE(storedProgramme().application_count(), 1);

    // A second application of the same facility under another id.
    auto twice = m_fixture->apply(managerA(), applyToProgramme(uuidFor(603), kProgramme, ids::facilityA));
    QCOMPARE(QString::fromStdString(twice.reason_code()), QStringLiteral("already_applied"));
    QVERIFY(!m_fixture->find(RECORD_KIND_PARTICIPATION, uuidFor(603)));

    // After the window (2025-04-30, Japan time) closes.
    m_fixture->now = std::chrono::sys_days(std::chrono::year(2025) / 4 / 30) + std::chrono::hours(15);
    auto late = m_fixture->apply(staffB(), applyToProgramme(kApplicationB, kProgramme, ids::facilityB));
    QCOMPARE(QString::fromStdString(late.reason_code()), QStringLiteral("outside_window"));
    QVERIFY(late.message_ja().find("2025-04-30") != std::string::npos);
    QVERIFY(!m_fixture->find(RECORD_KIND_PARTICIPATION, kApplicationB));
    QCOMPARE(storedProgramme().application_count(), 1);

    // Service types the facility does not offer.
    auto narrow = programme(uuidFor(604), 2);
    narrow.add_eligible_service_types(SERVICE_TYPE_NURSING_HOME);
    narrow.set_apply_until("2025-05-31");
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makePublishProgramme(narrow)).status(),
        MUTATION_STATUS_APPLIED);
    auto notEligible
        = m_fixture->apply(staffB(), applyToProgramme(uuidFor(605), uuidFor(604), ids::facilityB));
    QCOMPARE(QString::fromStdString(notEligible.reason_code()), QStringLiteral("not_eligible"));
}

void TestFollowUpRules::choosingNeverExceedsThePlaces()
{
    publishAndApplyBoth(1);
    auto first = m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationA, true));
    QCOMPARE(first.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(participation(kApplicationA).state(), PARTICIPATION_STATE_CHOSEN);
    QCOMPARE(participation(kApplicationA).current_step(), IMPROVEMENT_STEP_PREPARE);
    QCOMPARE(storedProgramme().chosen_count(), 1);

    auto full = m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationB, true));
    QCOMPARE(full.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(QString::fromStdString(full.reason_code()), QStringLiteral("no_places_left"));
    QVERIFY(!full.message_ja().empty() && !full.message_en().empty());
    QCOMPARE(participation(kApplicationB).state(), PARTICIPATION_STATE_APPLIED);

    // Undoing one choice frees the place.
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationA, false)).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(participation(kApplicationA).state(), PARTICIPATION_STATE_NOT_CHOSEN);
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationB, true)).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(storedProgramme().chosen_count(), 1);
    QCOMPARE(storedProgramme().application_count(), 2);

    // Fewer places than already chosen is refused.
    auto shrunk = programme(kProgramme, 1);
    shrunk.set_places(0);
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makePublishProgramme(shrunk)).status(),
        MUTATION_STATUS_REJECTED);
    QCOMPARE(storedProgramme().places(), 1);
}

void TestFollowUpRules::twoChoosingTheLastPlaceAtOnceGetOneYes()
{
    publishAndApplyBoth(1);
    std::atomic<int> ready { 0 };
    MutationResult results[2];
    const std::string applications[2] = { kApplicationA, kApplicationB };
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready.load() < 2) { }
            results[i]
                = m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(applications[i], true));
        });
    }
    for (auto& t : threads)
        t.join();
    const int yes
        = (results[0].status() == MUTATION_STATUS_APPLIED) + (results[1].status() == MUTATION_STATUS_APPLIED);
    QCOMPARE(yes, 1);
    const auto& refusal = results[0].status() == MUTATION_STATUS_APPLIED ? results[1] : results[0];
    QCOMPARE(QString::fromStdString(refusal.reason_code()), QStringLiteral("no_places_left"));
    const int chosen = (participation(kApplicationA).state() == PARTICIPATION_STATE_CHOSEN)
        + (participation(kApplicationB).state() == PARTICIPATION_STATE_CHOSEN);
    QCOMPARE(chosen, 1);
    QCOMPARE(storedProgramme().chosen_count(), 1);
}

void TestFollowUpRules::visitLogsByAdvisersAndTheCentreOnly()
{
    // The municipal officer's account serves as the contracted adviser here.
    publishAndApplyBoth(2, { ids::municipalOfficer });
    QCOMPARE(storedProgramme().adviser_names_size(), 1);
    const std::string logId = uuidFor(610);
    // Not chosen yet: no visits.
    QCOMPARE(QString::fromStdString(
                 m_fixture
                     ->apply(municipalOfficer(),
                         yk::sync::makeLogVisit(kApplicationA, visit(logId, "2025-03-20", "現状の聞き取り")))
                     .reason_code()),
        QStringLiteral("invalid_state"));
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationA, true)).status(),
        MUTATION_STATUS_APPLIED);

    // The adviser sees the facility's record through the programme.
    Record record;
    *record.mutable_participation() = participation(kApplicationA);
    QVERIFY(visibleTo(municipalOfficer(), record));
    QVERIFY(visibleTo(staffA(), record));
    QVERIFY(!visibleTo(staffB(), record));

    for (const auto& who : { staffA(), managerA(), prefectureOfficer(), staffB() }) {
        auto refused = m_fixture->apply(
            who, yk::sync::makeLogVisit(kApplicationA, visit(logId, "2025-03-20", "聞き取り")));
        QCOMPARE(QString::fromStdString(refused.reason_code()), QStringLiteral("forbidden"));
    }
    // Bad dates and a blank text store nothing.
    for (const auto& date : { "2025-02-30", "20250320", "2025-04-03" /* two days ahead */ })
        QCOMPARE(QString::fromStdString(
                     m_fixture
                         ->apply(municipalOfficer(),
                             yk::sync::makeLogVisit(kApplicationA, visit(logId, date, "聞き取り")))
                         .reason_code()),
            QStringLiteral("invalid_argument"));
    QCOMPARE(m_fixture
                 ->apply(municipalOfficer(),
                     yk::sync::makeLogVisit(kApplicationA, visit(logId, "2025-03-20", " ")))
                 .status(),
        MUTATION_STATUS_REJECTED);
    QCOMPARE(participation(kApplicationA).visits_size(), 0);

    auto logged = m_fixture->apply(municipalOfficer(),
        yk::sync::makeLogVisit(kApplicationA, visit(logId, "2025-03-20", "特性要因図を一緒に作成")));
    QCOMPARE(logged.status(), MUTATION_STATUS_APPLIED);
    // Sent twice (a retry after a lost answer): stored once.
    QCOMPARE(
        m_fixture
            ->apply(municipalOfficer(),
                yk::sync::makeLogVisit(kApplicationA, visit(logId, "2025-03-20", "特性要因図を一緒に作成")))
            .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture
            ->apply(centreStaff(),
                yk::sync::makeLogVisit(kApplicationA, visit(uuidFor(611), "2025-03-31", "電話で進捗確認")))
            .status(),
        MUTATION_STATUS_APPLIED);
    const auto stored = participation(kApplicationA);
    QCOMPARE(stored.visits_size(), 2);
    QCOMPARE(stored.visits(0).author_user_id(), ids::municipalOfficer);
    QVERIFY(stored.visits(0).has_written_at());

    // The facility moves its own plan on; an officer who neither runs nor advises may not.
    QCOMPARE(m_fixture
                 ->apply(staffA(),
                     yk::sync::makeSetPlanStep(
                         kApplicationA, IMPROVEMENT_STEP_PLAN, "計画を作成", "記録時間を3割減らす"))
                 .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(participation(kApplicationA).current_step(), IMPROVEMENT_STEP_PLAN);
    QCOMPARE(participation(kApplicationA).plan_goal(), std::string("記録時間を3割減らす"));
    QCOMPARE(participation(kApplicationA).step_history_size(), 2); // chosen (prepare), then plan
    QCOMPARE(
        QString::fromStdString(m_fixture
                                   ->apply(prefectureOfficer(),
                                       yk::sync::makeSetPlanStep(kApplicationA, IMPROVEMENT_STEP_ACT, ""))
                                   .reason_code()),
        QStringLiteral("forbidden"));
}

void TestFollowUpRules::figuresNeedADateAndASource()
{
    publishAndApplyBoth(2);
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationA, true)).status(),
        MUTATION_STATUS_APPLIED);
    struct Bad {
        const char* name;
        Measurement m;
    };
    const auto good = measurement(
        uuidFor(620), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_BEFORE, 12.5, "2025-03", "勤怠システム");
    std::vector<Bad> bad;
    auto noDate = good;
    noDate.clear_measured_on();
    bad.push_back({ "no date", noDate });
    auto badDate = good;
    badDate.set_measured_on("2025-13");
    bad.push_back({ "month 13", badDate });
    auto noSource = good;
    noSource.set_source("\xE3\x80\x80");
    bad.push_back({ "blank source", noSource });
    auto noPhase = good;
    noPhase.set_phase(MEASURE_PHASE_UNSPECIFIED);
    bad.push_back({ "no phase", noPhase });
    auto notANumber = good;
    notANumber.set_value(std::numeric_limits<double>::quiet_NaN());
    bad.push_back({ "NaN", notANumber });
    auto unnamed = good;
    unnamed.set_item(MEASURE_ITEM_OTHER);
    bad.push_back({ "other without a name", unnamed });
    for (const auto& [name, m] : bad) {
        auto refused = m_fixture->apply(staffA(), yk::sync::makeRecordMeasurement(kApplicationA, m));
        QVERIFY2(refused.status() == MUTATION_STATUS_REJECTED, name);
        QVERIFY2(!refused.message_ja().empty(), name);
    }
    QCOMPARE(participation(kApplicationA).measurements_size(), 0);
    // "Without a date" is said in words a care worker understands.
    auto refused = m_fixture->apply(staffA(), yk::sync::makeRecordMeasurement(kApplicationA, noDate));
    QVERIFY(refused.message_ja().find("日付") != std::string::npos);

    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeRecordMeasurement(kApplicationA, good)).status(),
        MUTATION_STATUS_APPLIED);
    const auto stored = participation(kApplicationA).measurements(0);
    QCOMPARE(stored.unit(), std::string("時間/月"));
    QCOMPARE(stored.recorded_by_user_id(), ids::staffA);
    // Another facility may not write figures into this one's record.
    QCOMPARE(QString::fromStdString(m_fixture
                                        ->apply(staffB(),
                                            yk::sync::makeRecordMeasurement(kApplicationA,
                                                measurement(uuidFor(621), MEASURE_ITEM_TURNOVER,
                                                    MEASURE_PHASE_AFTER, 3, "2025-03", "人事記録")))
                                        .reason_code()),
        QStringLiteral("forbidden"));
}

void TestFollowUpRules::closingMakesACaseDraftWithDatedSourcedPairs()
{
    publishAndApplyBoth(2);
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeDecideApplication(kApplicationA, true)).status(),
        MUTATION_STATUS_APPLIED);
    const std::vector<Measurement> figures = {
        measurement(
            uuidFor(630), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_BEFORE, 12.5, "2024-09", "勤怠システム"),
        measurement(uuidFor(631), MEASURE_ITEM_BURDEN_SHARE, MEASURE_PHASE_BEFORE, 80, "2024-10",
            "職員アンケート（n=30）"),
        measurement(
            uuidFor(632), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_AFTER, 9.0, "2025-01", "勤怠システム"),
        measurement(
            uuidFor(633), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_AFTER, 8.0, "2025-03", "勤怠システム"),
    };
    for (const auto& m : figures)
        QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeRecordMeasurement(kApplicationA, m)).status(),
            MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture
                 ->apply(centreStaff(),
                     yk::sync::makeLogVisit(
                         kApplicationA, visit(uuidFor(634), "2025-03-10", "委員会を立ち上げた")))
                 .status(),
        MUTATION_STATUS_APPLIED);

    const auto close = yk::sync::makeCloseParticipation(kApplicationA, "3回の訪問と電話で委員会を定着");
    const std::string caseId = close.close_participation().case_id();
    QCOMPARE(
        QString::fromStdString(m_fixture->apply(staffA(), close).reason_code()), QStringLiteral("forbidden"));
    QVERIFY(!m_fixture->find(RECORD_KIND_CASE, caseId));
    QCOMPARE(m_fixture->apply(centreStaff(), close).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->apply(centreStaff(), close).status(),
        MUTATION_STATUS_APPLIED); // closing twice is one close

    const auto p = participation(kApplicationA);
    QCOMPARE(p.state(), PARTICIPATION_STATE_CLOSED);
    QCOMPARE(p.case_id(), caseId);
    const auto record = m_fixture->find(RECORD_KIND_CASE, caseId);
    QVERIFY(record);
    const auto& c = record->good_practice_case();
    QCOMPARE(c.state(), CASE_STATE_DRAFT);
    QCOMPARE(c.owner_org_id(), ids::facilityA);
    QCOMPARE(c.author_user_id(), ids::staffA);
    QCOMPARE(c.publication_scope(), PUBLICATION_SCOPE_ORGANISATION);
    QCOMPARE(c.category(), CASE_CATEGORY_WORK_IMPROVEMENT);
    // One pair: overtime, the earliest before and the latest after, with their dates and source.
    // The burden share has no after value, so no pair is claimed for it.
    QCOMPARE(c.metrics_size(), 1);
    const auto& pair = c.metrics(0);
    QCOMPARE(pair.before_value(), 12.5);
    QCOMPARE(pair.after_value(), 8.0);
    QCOMPARE(pair.before_date(), std::string("2024-09"));
    QCOMPARE(pair.after_date(), std::string("2025-03"));
    QCOMPARE(pair.source(), std::string("勤怠システム"));
    QCOMPARE(pair.unit(), std::string("時間/月"));
    QVERIFY(pair.lower_is_better());
    QVERIFY(c.sections().effects().find("2024-09") != std::string::npos);
    QVERIFY(c.sections().activities().find("2025-03-10") != std::string::npos);
    QCOMPARE(c.sections().background(), std::string("夜間の見守りと記録に時間がかかっている"));

    // The draft is the facility's: its staff see it, another facility does not.
    QVERIFY(visibleTo(staffA(), *record));
    QVERIFY(!visibleTo(staffB(), *record));
    // Nothing more is written into a closed support.
    QCOMPARE(QString::fromStdString(
                 m_fixture
                     ->apply(centreStaff(),
                         yk::sync::makeLogVisit(kApplicationA, visit(uuidFor(635), "2025-03-20", "追加")))
                     .reason_code()),
        QStringLiteral("invalid_state"));
}

void TestFollowUpRules::adoptionsCarryTheirCheckInSchedule()
{
    const std::string id = uuidFor(640);
    auto noDate = adoption(id, ids::facilityA, "");
    QCOMPARE(QString::fromStdString(
                 m_fixture->apply(staffA(), yk::sync::makeRecordAdoption(noDate)).reason_code()),
        QStringLiteral("invalid_argument"));
    // Another facility's staff may not record (or follow up) this facility's adoption.
    QCOMPARE(
        QString::fromStdString(
            m_fixture
                ->apply(staffB(), yk::sync::makeRecordAdoption(adoption(id, ids::facilityA, "2025-01-31")))
                .reason_code()),
        QStringLiteral("forbidden"));
    auto forged = adoption(id, ids::facilityA, "2025-01-31");
    forged.set_source_loan_id(uuidFor(641));
    QCOMPARE(
        m_fixture->apply(staffA(), yk::sync::makeRecordAdoption(forged)).status(), MUTATION_STATUS_REJECTED);
    QVERIFY(!m_fixture->find(RECORD_KIND_ADOPTION, id));

    QCOMPARE(
        m_fixture->apply(staffA(), yk::sync::makeRecordAdoption(adoption(id, ids::facilityA, "2025-01-31")))
            .status(),
        MUTATION_STATUS_APPLIED);
    const auto a = m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption();
    QCOMPARE(a.check_ins_size(), 6);
    const char* due[]
        = { "2025-02-28", "2025-04-30", "2025-07-31", "2026-01-31", "2027-01-31", "2028-01-31" };
    const int months[] = { 1, 3, 6, 12, 24, 36 };
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(a.check_ins(i).months_after(), months[i]);
        QCOMPARE(a.check_ins(i).due_date(), std::string(due[i]));
    }
    QCOMPARE(a.prefecture_code(), kPrefecture);
    // Between the facility and its centre.
    Record record;
    *record.mutable_adoption() = a;
    QVERIFY(visibleTo(staffA(), record));
    QVERIFY(visibleTo(centreStaff(), record));
    QVERIFY(!visibleTo(staffB(), record));
    QVERIFY(!visibleTo(municipalOfficer(), record));
}

void TestFollowUpRules::aCheckInSayingNoLongerUsedMarksTheAdoption()
{
    const std::string id = uuidFor(650);
    QCOMPARE(
        m_fixture->apply(staffA(), yk::sync::makeRecordAdoption(adoption(id, ids::facilityA, "2025-01-15")))
            .status(),
        MUTATION_STATUS_APPLIED);
    AdoptionCheckIn answer;
    answer.set_months_after(2); // not a scheduled check-in
    answer.set_use(ADOPTION_USE_IN_USE);
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeAnswerAdoptionCheckIn(id, answer)).status(),
        MUTATION_STATUS_REJECTED);
    answer.set_months_after(1);
    answer.set_use(ADOPTION_USE_NO_LONGER_USED);
    answer.set_staff_using(0);
    answer.set_obstacles("夜勤の職員が操作を覚えられなかった");
    auto undated
        = measurement(uuidFor(651), MEASURE_ITEM_OVERTIME_HOURS, MEASURE_PHASE_AFTER, 10, "", "勤怠システム");
    *answer.add_kpis() = undated;
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeAnswerAdoptionCheckIn(id, answer)).status(),
        MUTATION_STATUS_REJECTED);
    QVERIFY(!m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption().no_longer_used());
    QVERIFY(!m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption().check_ins(0).has_answered_at());
    QCOMPARE(QString::fromStdString(
                 m_fixture->apply(staffB(), yk::sync::makeAnswerAdoptionCheckIn(id, answer)).reason_code()),
        QStringLiteral("forbidden"));

    answer.mutable_kpis(0)->set_measured_on("2025-02");
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeAnswerAdoptionCheckIn(id, answer)).status(),
        MUTATION_STATUS_APPLIED);
    auto a = m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption();
    QVERIFY(a.no_longer_used());
    QCOMPARE(a.check_ins(0).due_date(), std::string("2025-02-15")); // kept from the schedule
    QCOMPARE(a.check_ins(0).kpis(0).unit(), std::string("時間/月"));
    QVERIFY(a.check_ins(0).has_answered_at());

    // The centre's follow-up call finds it used again at three months.
    answer.set_months_after(3);
    answer.set_use(ADOPTION_USE_PARTLY);
    answer.clear_kpis();
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeAnswerAdoptionCheckIn(id, answer)).status(),
        MUTATION_STATUS_APPLIED);
    QVERIFY(!m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption().no_longer_used());

    // The centre's one tap on a stalled adoption: a follow-up consultation of its facility;
    // naming it for another facility is refused.
    const auto adopted = m_fixture->find(RECORD_KIND_ADOPTION, id)->adoption();
    auto consult = yk::sync::makeFollowUpConsultation(adopted, "使われなくなった理由を伺いたい");
    QCOMPARE(m_fixture->apply(centreStaff(), consult).status(), MUTATION_STATUS_APPLIED);
    const auto c = m_fixture->find(RECORD_KIND_CONSULTATION, consult.open_consultation().consultation().id());
    QVERIFY(c);
    QCOMPARE(c->consultation().channel(), CONSULTATION_CHANNEL_FOLLOW_UP);
    QCOMPARE(c->consultation().adoption_id(), id);
    auto elsewhere = adopted;
    elsewhere.set_organisation_id(ids::facilityB);
    auto misfiled = yk::sync::makeFollowUpConsultation(elsewhere, "別の事業所として");
    QCOMPARE(QString::fromStdString(m_fixture->apply(centreStaff(), misfiled).reason_code()),
        QStringLiteral("invalid_argument"));
}

void TestFollowUpRules::aLoanReportThatPlansToBuyMakesAnAdoption()
{
    const std::string loanId = uuidFor(660);
    QCOMPARE(
        m_fixture->apply(staffA(), requestLoan(loanId, ids::facilityA, "2025-04-02", "2025-04-05")).status(),
        MUTATION_STATUS_APPLIED);
    for (auto op : { Mutation::kApproveLoan, Mutation::kMarkLoanLent, Mutation::kMarkLoanReturned })
        QCOMPARE(m_fixture->apply(centreStaff(), loanStep(op, loanId)).status(), MUTATION_STATUS_APPLIED);
    auto report = fileReport(loanId, 5, "夜間の訪室が減った");
    report.mutable_file_loan_report()->mutable_report()->set_plans_to_adopt(true);
    auto filed = m_fixture->apply(staffA(), report);
    QCOMPARE(filed.status(), MUTATION_STATUS_APPLIED);
    const auto* made = firstOf(filed, &Record::adoption, &Record::has_adoption);
    QVERIFY(made != nullptr);
    QCOMPARE(made->source_loan_id(), loanId);
    QCOMPARE(made->organisation_id(), ids::facilityA);
    QCOMPARE(made->model_id(), ids::model);
    // The fixture's now is 2025-04-01 00:00 UTC, 09:00 in Japan: the 1-month check-in is due
    // on 2025-05-01.
    QCOMPARE(made->adopted_on(), std::string("2025-04-01"));
    QCOMPARE(made->check_ins(0).months_after(), 1);
    QCOMPARE(made->check_ins(0).due_date(), std::string("2025-05-01"));
    QVERIFY(m_fixture->find(RECORD_KIND_ADOPTION, made->id()));
    // A replay of the same report makes no second adoption.
    auto again = m_fixture->apply(staffA(), report);
    QCOMPARE(again.status(), MUTATION_STATUS_APPLIED);
    QVERIFY(firstOf(again, &Record::adoption, &Record::has_adoption) == nullptr);

    // A report that does not plan to buy makes none.
    const std::string other = uuidFor(661);
    QCOMPARE(
        m_fixture->apply(staffA(), requestLoan(other, ids::facilityA, "2025-05-02", "2025-05-05")).status(),
        MUTATION_STATUS_APPLIED);
    for (auto op : { Mutation::kApproveLoan, Mutation::kMarkLoanLent, Mutation::kMarkLoanReturned })
        QCOMPARE(m_fixture->apply(centreStaff(), loanStep(op, other)).status(), MUTATION_STATUS_APPLIED);
    QVERIFY(
        firstOf(m_fixture->apply(staffA(), fileReport(other, 2)), &Record::adoption, &Record::has_adoption)
        == nullptr);
}

// ---- the support menu -----------------------------------------------------------------------------

namespace {
const std::string kMenuEntry = uuidFor(710);

yk::server::Principal centreStaffOfAnotherPrefecture()
{
    auto p = centreStaff();
    p.userId = uuidFor(720);
    p.organisationId = ids::otherPrefecture;
    p.prefectureCode = 14;
    return p;
}
} // namespace

void TestFollowUpRules::menuEntriesReachThePrefectureOnly()
{
    QCOMPARE(
        m_fixture->apply(centreStaff(), yk::sync::makePublishProgramme(programme(kProgramme, 3))).status(),
        MUTATION_STATUS_APPLIED);
    auto entry = sampleMenuEntry(kMenuEntry, ids::seminar, kProgramme);
    entry.set_prefecture_code(99); // the server decides where an entry belongs
    const auto saved = m_fixture->apply(centreStaff(), yk::sync::makeSaveMenuEntry(entry));
    QCOMPARE(saved.status(), MUTATION_STATUS_APPLIED);
    auto stored = m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry);
    QVERIFY(stored);
    QCOMPARE(stored->support_menu_entry().prefecture_code(), kPrefecture);
    QCOMPARE(stored->support_menu_entry().owner_org_id(), ids::centre);
    QCOMPARE(stored->support_menu_entry().updated_by_user_id(), ids::centreStaff);
    QCOMPARE(stored->support_menu_entry().requirements(0).seminar_ids(0), ids::seminar);
    QVERIFY(stored->support_menu_entry().server_version() > 0);

    QVERIFY(visibleTo(staffA(), *stored));
    QVERIFY(visibleTo(municipalOfficer(), *stored));
    QVERIFY(visibleTo(prefectureOfficer(), *stored));
    QVERIFY(!visibleTo(kiosk(), *stored));
    QVERIFY(!visibleTo(attendee(), *stored));
    QVERIFY(!visibleTo(facilityStaff(ids::otherFacility, uuidFor(721), 14), *stored));

    // The prefecture office corrects the centre's entry; it stays the centre's.
    entry.set_name("介護テクノロジー導入支援事業（令和7年度）");
    QCOMPARE(m_fixture->apply(prefectureOfficer(), yk::sync::makeSaveMenuEntry(entry)).status(),
        MUTATION_STATUS_APPLIED);
    stored = m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry);
    QCOMPARE(stored->support_menu_entry().name(), entry.name());
    QCOMPARE(stored->support_menu_entry().owner_org_id(), ids::centre);

    // Another prefecture's centre can neither change nor withdraw it.
    const std::string before = stored->SerializeAsString();
    const auto foreign
        = m_fixture->apply(centreStaffOfAnotherPrefecture(), yk::sync::makeSaveMenuEntry(entry));
    QCOMPARE(foreign.reason_code(), std::string("forbidden"));
    QCOMPARE(m_fixture->apply(centreStaffOfAnotherPrefecture(), yk::sync::makeWithdrawMenuEntry(kMenuEntry))
                 .reason_code(),
        std::string("forbidden"));
    QCOMPARE(m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry)->SerializeAsString(), before);
}

void TestFollowUpRules::badMenuEntriesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<int>("flaw");
    QTest::addColumn<QString>("messageEn");
    QTest::newRow("blank name") << 0 << QStringLiteral("Please name");
    QTest::newRow("rate above one") << 1 << QStringLiteral("rate");
    QTest::newRow("deadline before opening") << 2 << QStringLiteral("deadline");
    QTest::newRow("unknown seminar") << 3 << QStringLiteral("seminar");
    QTest::newRow("programme of another prefecture") << 4 << QStringLiteral("programme");
    QTest::newRow("rules not a PDF") << 5 << QStringLiteral("PDF");
    QTest::newRow("blank requirement") << 6 << QStringLiteral("requirement");
    QTest::newRow("staff range upside down") << 7 << QStringLiteral("staff-count");
    QTest::newRow("requirement ids twice") << 8 << QStringLiteral("requirements.id");
    QTest::newRow("no kind") << 9 << QStringLiteral("kind");
}

void TestFollowUpRules::badMenuEntriesAreRefusedAndChangeNothing()
{
    QFETCH(int, flaw);
    QFETCH(QString, messageEn);
    const std::string otherProgramme = uuidFor(711);
    Record foreignProgramme;
    *foreignProgramme.mutable_programme() = programme(otherProgramme, 2);
    foreignProgramme.mutable_programme()->set_prefecture_code(14);
    QVERIFY(m_fixture->seed(foreignProgramme));
    const auto good = sampleMenuEntry(kMenuEntry, ids::seminar);
    QCOMPARE(
        m_fixture->apply(centreStaff(), yk::sync::makeSaveMenuEntry(good)).status(), MUTATION_STATUS_APPLIED);
    const std::string before
        = m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry)->SerializeAsString();

    auto bad = good;
    switch (flaw) {
    case 0:
        bad.set_name("　 ");
        break;
    case 1:
        bad.mutable_tiers(0)->set_rate_numerator(5);
        break;
    case 2:
        bad.set_apply_from("2025-07-01");
        break;
    case 3:
        bad.mutable_requirements(0)->add_seminar_ids(uuidFor(799));
        break;
    case 4:
        bad.mutable_requirements(1)->add_programme_ids(otherProgramme);
        break;
    case 5: {
        auto* pdf = bad.mutable_rules_pdf();
        pdf->set_sha256(std::string(64, 'a'));
        pdf->set_file_name("要綱.png");
        pdf->set_mime_type("image/png");
        break;
    }
    case 6:
        bad.mutable_requirements(1)->set_text("");
        break;
    case 7:
        bad.set_min_staff(50);
        bad.set_max_staff(10);
        break;
    case 8:
        bad.mutable_requirements(1)->set_id(bad.requirements(0).id());
        break;
    case 9:
        bad.set_kind(MENU_ENTRY_KIND_UNSPECIFIED);
        break;
    }
    const auto result = m_fixture->apply(centreStaff(), yk::sync::makeSaveMenuEntry(bad));
    QCOMPARE(result.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(result.reason_code(), std::string("invalid_argument"));
    QVERIFY(!result.message_ja().empty());
    QVERIFY2(QString::fromStdString(result.message_en()).contains(messageEn), result.message_en().c_str());
    QCOMPARE(m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry)->SerializeAsString(), before);
}

void TestFollowUpRules::withdrawingKeepsTheEntryMarked()
{
    QCOMPARE(
        m_fixture->apply(
                     centreStaff(), yk::sync::makeSaveMenuEntry(sampleMenuEntry(kMenuEntry, ids::seminar)))
            .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->apply(staffA(), yk::sync::makeWithdrawMenuEntry(kMenuEntry)).reason_code(),
        std::string("forbidden"));
    QVERIFY(!m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry)->support_menu_entry().withdrawn());
    const auto withdrawn = m_fixture->apply(centreStaff(), yk::sync::makeWithdrawMenuEntry(kMenuEntry));
    QCOMPARE(withdrawn.status(), MUTATION_STATUS_APPLIED);
    QVERIFY(withdrawn.records(0).support_menu_entry().withdrawn());
    const auto stored = m_fixture->find(RECORD_KIND_SUPPORT_MENU_ENTRY, kMenuEntry);
    QVERIFY(stored && stored->support_menu_entry().withdrawn());
    // Still readable by the facility, so what linked to it finds it.
    QVERIFY(visibleTo(staffA(), *stored));
    QCOMPARE(m_fixture->apply(centreStaff(), yk::sync::makeWithdrawMenuEntry(uuidFor(798))).reason_code(),
        std::string("not_found"));
}

QTEST_GUILESS_MAIN(TestFollowUpRules)
#include "tst_followuprules.moc"
