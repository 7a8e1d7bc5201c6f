// PrefectureAggregate: per-area means published only when enough facilities contributed.
#include "domain/prefecture_aggregate.h"

#include <QTest>

#include <limits>

using namespace yk::domain;

namespace {

std::vector<FacilityAreaScore> facilities(int count, const std::string& area, double firstScore = 10)
{
    std::vector<FacilityAreaScore> out;
    for (int i = 0; i < count; ++i)
        out.push_back({ "facility-" + std::to_string(i), area, firstScore + 10 * i });
    return out;
}

} // namespace

class TestPrefectureAggregate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threshold_data()
    {
        QTest::addColumn<int>("threshold"); // -1: the default (5)
        QTest::addColumn<int>("facilityCount");
        QTest::addColumn<bool>("published");
        QTest::newRow("default: 4 facilities withheld") << -1 << 4 << false;
        QTest::newRow("default: 5 facilities published") << -1 << 5 << true;
        QTest::newRow("default: 6 facilities published") << -1 << 6 << true;
        QTest::newRow("default: 1 facility withheld") << -1 << 1 << false;
        QTest::newRow("threshold 3: 2 withheld") << 3 << 2 << false;
        QTest::newRow("threshold 3: 3 published") << 3 << 3 << true;
        QTest::newRow("threshold 10: 9 withheld") << 10 << 9 << false;
        QTest::newRow("threshold 0 behaves as 1") << 0 << 1 << true;
    }

    void threshold()
    {
        QFETCH(int, threshold);
        QFETCH(int, facilityCount);
        QFETCH(bool, published);
        const PrefectureAggregate aggregate
            = threshold < 0 ? PrefectureAggregate() : PrefectureAggregate(threshold);
        const auto result = aggregate.aggregate(facilities(facilityCount, "area-1"));
        QCOMPARE(result.size(), std::size_t(1));
        const AreaAggregate& area = result.front();
        QCOMPARE(area.areaId, std::string("area-1"));
        QCOMPARE(area.withheld, !published);
        QCOMPARE(area.mean.has_value(), published);
        // Scores are 10, 20, 30, …: their mean is 5·(n+1).
        if (published) {
            QCOMPARE(area.facilityCount, facilityCount);
            QCOMPARE(*area.mean, 5.0 * (facilityCount + 1));
        } else {
            QCOMPARE(area.facilityCount, 0);
        }
    }

    void facilitiesCountOnceAndAreAveragedFirst()
    {
        // Four facilities, one of them answering three times: still four, still withheld.
        auto scores = facilities(4, "area-1");
        scores.push_back({ "facility-0", "area-1", 90 });
        scores.push_back({ "facility-0", "area-1", 50 });
        QVERIFY(PrefectureAggregate().aggregate(scores).front().withheld);

        // A fifth facility publishes it; facility-0 weighs as one facility at (10+90+50)/3.
        scores.push_back({ "facility-9", "area-1", 0 });
        const AreaAggregate area = PrefectureAggregate().aggregate(scores).front();
        QVERIFY(!area.withheld);
        QCOMPARE(area.facilityCount, 5);
        QCOMPARE(*area.mean, (50.0 + 20 + 30 + 40 + 0) / 5);
    }

    void areasAreIndependent()
    {
        auto scores = facilities(5, "area-2");
        const auto fewer = facilities(4, "area-1");
        scores.insert(scores.end(), fewer.begin(), fewer.end());
        const auto result = PrefectureAggregate().aggregate(scores);
        QCOMPARE(result.size(), std::size_t(2));
        QCOMPARE(result[0].areaId, std::string("area-1"));
        QVERIFY(result[0].withheld);
        QCOMPARE(result[1].areaId, std::string("area-2"));
        QVERIFY(!result[1].withheld);
        QCOMPARE(*result[1].mean, 30.0);
    }

    void invalidScoresDoNotCountTowardsTheThreshold_data()
    {
        QTest::addColumn<double>("badScore");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("negative") << -1.0;
        QTest::newRow("above 100") << 100.5;
    }

    void invalidScoresDoNotCountTowardsTheThreshold()
    {
        QFETCH(double, badScore);
        auto scores = facilities(4, "area-1");
        scores.push_back({ "facility-x", "area-1", badScore });
        const AreaAggregate area = PrefectureAggregate().aggregate(scores).front();
        QVERIFY(area.withheld);
        QVERIFY(!area.mean.has_value());
    }

    void boundaryScoresAreValid()
    {
        std::vector<FacilityAreaScore> scores;
        for (int i = 0; i < 5; ++i)
            scores.push_back({ "f" + std::to_string(i), "a", i % 2 == 0 ? 0.0 : 100.0 });
        const AreaAggregate area = PrefectureAggregate().aggregate(scores).front();
        QVERIFY(!area.withheld);
        QCOMPARE(*area.mean, 40.0);
    }

    void noInputNoAreas()
    {
        QVERIFY(PrefectureAggregate().aggregate({}).empty());
        QCOMPARE(PrefectureAggregate().minFacilities(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPrefectureAggregate)
#include "tst_prefectureaggregate.moc"
