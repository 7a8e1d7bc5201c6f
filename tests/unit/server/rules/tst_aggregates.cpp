// assessmentAggregates: per-area means over the latest submission of each facility of a
// prefecture, withheld below 5 facilities.

#include "rules_fixture.h"

#include "rules/aggregates.h"

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

private:
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

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
