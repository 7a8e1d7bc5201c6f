// assessmentAggregates: per-area means over the latest submission of each facility of a
// prefecture, withheld below 5 facilities. Indicators (RefreshIndicators, indicators.cpp):
// the same threshold for every figure, with source, n and dates, only inside the caller's area.

#include "rules_fixture.h"

#include "rules/aggregates.h"

#include "engine/mutations.h"
#include "indicator_ids.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yokoten::v1;
using namespace yk::test;

class TestAggregates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withheldBelowFiveFacilitiesShownAtFive();
    void newestTemplateVersionCounts();
    void unknownFamilyIsNotFound();

    void indicatorWithheldBelowFiveShownAtFive();
    void indicatorsCountedAgainOnlyAfterAChange();
    void indicatorsOnlyForTheCallersPrefecture();
    void measuredFiguresBesideTheNationalReference();

private:
    /// Seeds facility n under the seeded municipality of the prefecture.
    void seedFacility(int n);
    /// RefreshIndicators by `caller` for the prefecture; the status.
    MutationStatus refresh(const yk::server::Principal& caller, int prefecture = kPrefecture);
    IndicatorSheet sheet(const std::string& municipalityId = {});
    static const Indicator* figure(const IndicatorSheet& s, IndicatorTopic topic, int code = 0);

    /// Adds facility n of prefecture `prefecture` and submits its answers.
    void submitAs(int n, int level, bool yes, int prefecture = kPrefecture,
        const std::string& templateId = ids::templateV1, int responseOffset = 0);
    AssessmentAggregates aggregates();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RulesFixture> m_fixture;
};

void TestAggregates::init()
{
    m_fixture.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RulesFixture>();
    QVERIFY(m_fixture->open(m_dir->filePath("store").toStdString()));
}

void TestAggregates::submitAs(
    int n, int level, bool yes, int prefecture, const std::string& templateId, int responseOffset)
{
    const std::string org = uuidFor(800 + n);
    QVERIFY(m_fixture->seed(
        organisation(org, ORGANISATION_KIND_FACILITY, ids::municipality, prefecture, "施設")));
    const auto result = m_fixture->apply(facilityStaff(org, uuidFor(850 + n), prefecture),
        submitAssessment(uuidFor(900 + n + responseOffset), templateId, level, yes));
    QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
}

AssessmentAggregates TestAggregates::aggregates()
{
    auto snapshot = m_fixture->store().read();
    if (!snapshot)
        return {};
    auto result = yk::server::assessmentAggregates(**snapshot, kPrefecture, kFamily);
    return result ? *result : AssessmentAggregates();
}

void TestAggregates::withheldBelowFiveFacilitiesShownAtFive()
{
    // Four facilities of the prefecture, one of another prefecture.
    for (int n = 1; n <= 4; ++n)
        submitAs(n, 4, true);
    submitAs(9, 0, false, 14);
    auto four = aggregates();
    QCOMPARE(four.prefecture_code(), kPrefecture);
    QCOMPARE(four.min_facilities(), 5);
    QCOMPARE(four.areas_size(), 2);
    for (const auto& area : four.areas()) {
        QVERIFY(area.withheld());
        QCOMPARE(area.facility_count(), 0);
        QCOMPARE(area.mean_score(), 0.0);
    }

    // The fifth facility first answers low, then again high: only its latest answer counts.
    submitAs(5, 0, false);
    m_fixture->now += std::chrono::hours(1);
    submitAs(5, 2, true, kPrefecture, ids::templateV1, 50);
    auto five = aggregates();
    QCOMPARE(five.areas_size(), 2);
    QCOMPARE(five.areas(0).area_id(), std::string("1"));
    QVERIFY(!five.areas(0).withheld());
    QCOMPARE(five.areas(0).facility_count(), 5);
    // Area 1: four facilities at 100, the fifth at (50 + 100) / 2 = 75.
    QCOMPARE(five.areas(0).mean_score(), 95.0);
    // Area 2 has only the level item answered: four at 100, one at 50.
    QCOMPARE(five.areas(1).mean_score(), 90.0);
}

void TestAggregates::newestTemplateVersionCounts()
{
    for (int n = 1; n <= 5; ++n)
        submitAs(n, 4, true);
    QVERIFY(!aggregates().areas(0).withheld());
    const auto v2 = assessmentTemplate(uuidFor(41), 2);
    QCOMPARE(m_fixture->apply(centreStaff(), publishTemplate(v2)).status(), MUTATION_STATUS_APPLIED);
    // Nobody answered version 2 yet.
    QVERIFY(aggregates().areas(0).withheld());
}

void TestAggregates::unknownFamilyIsNotFound()
{
    auto snapshot = m_fixture->store().read();
    QVERIFY(snapshot.ok());
    auto result = yk::server::assessmentAggregates(**snapshot, kPrefecture, "no-such-family");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, yk::storage::StoreErrorCode::NotFound);
}

void TestAggregates::seedFacility(int n)
{
    QVERIFY(m_fixture->seed(
        organisation(uuidFor(800 + n), ORGANISATION_KIND_FACILITY, ids::municipality, kPrefecture, "施設")));
}

MutationStatus TestAggregates::refresh(const yk::server::Principal& caller, int prefecture)
{
    return m_fixture->apply(caller, yk::sync::makeRefreshIndicators(prefecture)).status();
}

IndicatorSheet TestAggregates::sheet(const std::string& municipalityId)
{
    const auto found = m_fixture->find(
        RECORD_KIND_INDICATOR_SHEET, yk::proto::indicatorSheetId(kPrefecture, municipalityId));
    return found ? found->indicator_sheet() : IndicatorSheet();
}

const Indicator* TestAggregates::figure(const IndicatorSheet& s, IndicatorTopic topic, int code)
{
    for (const auto& i : s.indicators())
        if (i.topic() == topic && i.code() == code)
            return &i;
    return nullptr;
}

void TestAggregates::indicatorWithheldBelowFiveShownAtFive()
{
    // Consultations of four facilities of the municipality, opened by the centre.
    for (int n = 1; n <= 4; ++n) {
        seedFacility(n);
        QCOMPARE(m_fixture
                     ->apply(centreStaff(),
                         openConsultation(uuidFor(700 + n), uuidFor(800 + n), CONSULTATION_CHANNEL_PHONE))
                     .status(),
            MUTATION_STATUS_APPLIED);
    }
    QCOMPARE(refresh(municipalOfficer()), MUTATION_STATUS_APPLIED);
    for (const auto& s : { sheet(), sheet(ids::municipality) }) {
        QCOMPARE(s.min_facilities(), 5);
        QCOMPARE(s.reference_date(), std::string("2025-04-01"));
        QCOMPARE(s.period_from(), std::string("2025-04-01"));
        const auto* four = figure(s, INDICATOR_TOPIC_CONSULTATIONS);
        QVERIFY(four);
        QVERIFY(four->withheld());
        // Withheld means neither the count nor n: four facilities could be told apart.
        QCOMPARE(four->value(), 0.0);
        QCOMPARE(four->facility_count(), 0);
        QCOMPARE(four->record_count(), 0);
        QVERIFY(!four->source().empty());
        QCOMPARE(four->reference_date(), std::string("2025-04-01"));
    }
    QCOMPARE(sheet(ids::municipality).area_name(), std::string("八王子市"));
    // The seeded two facilities and the four.
    QCOMPARE(sheet(ids::municipality).facilities_registered(), 6);

    seedFacility(5);
    QCOMPARE(
        m_fixture
            ->apply(centreStaff(), openConsultation(uuidFor(705), uuidFor(805), CONSULTATION_CHANNEL_PHONE))
            .status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(refresh(municipalOfficer()), MUTATION_STATUS_APPLIED);
    const auto five = sheet(ids::municipality);
    const auto* all = figure(five, INDICATOR_TOPIC_CONSULTATIONS);
    QVERIFY(all && !all->withheld());
    QCOMPARE(all->value(), 5.0);
    QCOMPARE(all->facility_count(), 5);
    QCOMPARE(all->record_count(), 5);
    QCOMPARE(all->period_from(), std::string("2025-04-01"));
    const auto* technology = figure(five, INDICATOR_TOPIC_CONSULTATIONS, CONSULTATION_TOPIC_TECHNOLOGY);
    QVERIFY(technology && !technology->withheld());
    QCOMPARE(technology->value(), 5.0);
    // Another topic nobody asked about is withheld, not shown as 0.
    const auto* staffing = figure(five, INDICATOR_TOPIC_CONSULTATIONS, CONSULTATION_TOPIC_STAFFING);
    QVERIFY(staffing && staffing->withheld());
    // Consultations have no national figure to stand beside.
    QVERIFY(!all->has_national());
}

void TestAggregates::indicatorsCountedAgainOnlyAfterAChange()
{
    QCOMPARE(refresh(centreStaff()), MUTATION_STATUS_APPLIED);
    const auto first = sheet();
    QVERIFY(first.server_version() > 0);
    QCOMPARE(refresh(prefectureOfficer()), MUTATION_STATUS_APPLIED);
    QCOMPARE(sheet().server_version(), first.server_version());
    // A write anywhere, then the sheets are counted again.
    seedFacility(1);
    QCOMPARE(refresh(prefectureOfficer()), MUTATION_STATUS_APPLIED);
    QVERIFY(sheet().server_version() > first.server_version());
    // The total is written after the municipalities' sheets.
    QVERIFY(sheet().server_version() > sheet(ids::municipality).server_version());
    // A new day counts again even when nothing was written.
    const auto second = sheet().server_version();
    m_fixture->now += std::chrono::hours(24);
    QCOMPARE(refresh(prefectureOfficer()), MUTATION_STATUS_APPLIED);
    QVERIFY(sheet().server_version() > second);
    QCOMPARE(sheet().reference_date(), std::string("2025-04-02"));
}

void TestAggregates::indicatorsOnlyForTheCallersPrefecture()
{
    QVERIFY(refresh(prefectureOfficer(), 14) != MUTATION_STATUS_APPLIED);
    QVERIFY(refresh(centreStaff(), 14) != MUTATION_STATUS_APPLIED);
    QVERIFY(refresh(municipalOfficer(), 14) != MUTATION_STATUS_APPLIED);
    QVERIFY(refresh(staffA()) != MUTATION_STATUS_APPLIED);
    QVERIFY(refresh(kiosk()) != MUTATION_STATUS_APPLIED);
    QVERIFY(refresh(attendee()) != MUTATION_STATUS_APPLIED);
    QCOMPARE(refresh(prefectureOfficer(), 0), MUTATION_STATUS_REJECTED);
    QCOMPARE(refresh(prefectureOfficer(), 48), MUTATION_STATUS_REJECTED);
    // Nothing was written by the refused requests.
    QVERIFY(!m_fixture->find(RECORD_KIND_INDICATOR_SHEET, yk::proto::indicatorSheetId(14)));
    QVERIFY(!m_fixture->find(RECORD_KIND_INDICATOR_SHEET, yk::proto::indicatorSheetId(kPrefecture)));
}

void TestAggregates::measuredFiguresBesideTheNationalReference()
{
    const std::string programmeId = uuidFor(600);
    auto p = programme(programmeId, 6);
    p.set_prefecture_code(kPrefecture);
    p.set_owner_org_id(ids::centre);
    Record programmeRecord;
    *programmeRecord.mutable_programme() = p;
    QVERIFY(m_fixture->seed(programmeRecord));
    // Four facilities measured monthly overtime; each one's newest value counts.
    auto measured = [&](int n, std::vector<std::pair<double, std::string>> values) {
        seedFacility(n);
        Record r;
        auto* part = r.mutable_participation();
        part->set_id(uuidFor(650 + n));
        part->set_programme_id(programmeId);
        part->set_organisation_id(uuidFor(800 + n));
        part->set_prefecture_code(kPrefecture);
        part->set_state(PARTICIPATION_STATE_CHOSEN);
        int k = 0;
        for (const auto& [value, date] : values)
            *part->add_measurements() = measurement(uuidFor(660 + 10 * n + k++), MEASURE_ITEM_OVERTIME_HOURS,
                MEASURE_PHASE_AFTER, value, date, "勤怠システム");
        QVERIFY(m_fixture->seed(r));
    };
    measured(1, { { 20, "2024-10" }, { 10, "2025-02" } });
    measured(2, { { 8, "2024-12" } });
    measured(3, { { 6, "2025-01-15" } });
    measured(4, { { 4, "2025-03" } });
    QCOMPARE(refresh(prefectureOfficer()), MUTATION_STATUS_APPLIED);
    const auto before = sheet();
    const auto* four = figure(before, INDICATOR_TOPIC_KPI, MEASURE_ITEM_OVERTIME_HOURS);
    QVERIFY(four && four->withheld());
    // The national reference is shown even when the local figure is withheld.
    QCOMPARE(four->national().baseline(), 6.4);
    QCOMPARE(four->national().target_note(), std::string("維持または減少"));

    measured(5, { { 7, "2024-11" } });
    QCOMPARE(refresh(prefectureOfficer()), MUTATION_STATUS_APPLIED);
    const auto after = sheet();
    const auto* five = figure(after, INDICATOR_TOPIC_KPI, MEASURE_ITEM_OVERTIME_HOURS);
    QVERIFY(five && !five->withheld());
    QCOMPARE(five->value(), (10.0 + 8 + 6 + 4 + 7) / 5);
    QCOMPARE(five->facility_count(), 5);
    QCOMPARE(five->unit(), std::string("時間/月"));
    QCOMPARE(five->period_from(), std::string("2024-11"));
    QCOMPARE(five->reference_date(), std::string("2025-03"));
    QVERIFY(!five->national().source().empty());
    QVERIFY(five->source().find("デモ値") == std::string::npos);
    const auto* leave = figure(after, INDICATOR_TOPIC_KPI, MEASURE_ITEM_PAID_LEAVE_DAYS);
    QVERIFY(leave && leave->withheld());
    QCOMPARE(leave->national().target(), 8.4);
    // Five facilities chosen in this fiscal year's programme (FY2025).
    const auto* chosen = figure(after, INDICATOR_TOPIC_PROGRAMME_CHOSEN);
    QVERIFY(chosen && !chosen->withheld());
    QCOMPARE(chosen->value(), 5.0);
}

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
