// ServiceTypeGroup: wire service types → residential (施設系) / home-based (居宅系).
#include "domain/service_type.h"

#include <QTest>

using namespace yk::domain;

// The wire enum (sync/proto/yokoten/v1/common.proto) and this one must not drift apart.
static_assert(static_cast<int>(ServiceType::NursingHome) == 1);
static_assert(static_cast<int>(ServiceType::SpecifiedFacility) == 5);
static_assert(static_cast<int>(ServiceType::HomeVisit) == 6);
static_assert(static_cast<int>(ServiceType::ShortStay) == 10);
static_assert(serviceTypeGroup(ServiceType::GroupHome) == ServiceTypeGroup::Residential);

class TestServiceType : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void group_data()
    {
        QTest::addColumn<int>("wireValue");
        QTest::addColumn<QString>("group");
        QTest::newRow("0 unspecified") << 0 << "unknown";
        QTest::newRow("1 特養") << 1 << "residential";
        QTest::newRow("2 老健") << 2 << "residential";
        QTest::newRow("3 介護医療院") << 3 << "residential";
        QTest::newRow("4 グループホーム") << 4 << "residential";
        QTest::newRow("5 特定施設") << 5 << "residential";
        QTest::newRow("6 訪問介護") << 6 << "home_based";
        QTest::newRow("7 通所介護") << 7 << "home_based";
        QTest::newRow("8 小規模多機能") << 8 << "home_based";
        QTest::newRow("9 居宅介護支援") << 9 << "home_based";
        QTest::newRow("10 ショートステイ") << 10 << "home_based";
        QTest::newRow("11 newer than this build") << 11 << "unknown";
        QTest::newRow("-1 corrupt") << -1 << "unknown";
    }

    void group()
    {
        QFETCH(int, wireValue);
        QFETCH(QString, group);
        const std::string_view key = groupKey(serviceTypeGroup(wireValue));
        QCOMPARE(QString::fromUtf8(key.data(), key.size()), group);
    }

    void enumAndWireValueAgree()
    {
        for (int v = 0; v <= 10; ++v)
            QCOMPARE(serviceTypeGroup(static_cast<ServiceType>(v)), serviceTypeGroup(v));
    }
};

QTEST_GUILESS_MAIN(TestServiceType)
#include "tst_servicetype.moc"
