#include "demo_dataset.h"

#include <QtTest>

class TestDemoDataset : public QObject {
    Q_OBJECT
private slots:
    void builtinParsesAndChecks()
    {
        const auto result = yk::proto::builtinDemoDataset();
        QVERIFY2(result.ok(), result.error.c_str());
    }
    void unknownFieldIsAnError()
    {
        const auto result = yk::proto::parseDemoDataset(R"({"noSuchField": 1})");
        QVERIFY(!result.ok());
        QVERIFY(result.error.find("noSuchField") != std::string::npos);
    }
    void danglingReferenceIsAnError()
    {
        const auto result = yk::proto::parseDemoDataset(R"({"equipmentUnits": [
            {"id": "00000000-0000-4000-8000-000000000001",
             "modelId": "00000000-0000-4000-8000-000000000002"}]})");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.find("unknown id") != std::string::npos, result.error.c_str());
    }
    void isUuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("valid") << "123e4567-e89b-42d3-a456-426614174000" << true;
        QTest::newRow("upper case") << "123E4567-E89B-42D3-A456-426614174000" << false;
        QTest::newRow("short") << "123e4567-e89b-42d3-a456-42661417400" << false;
        QTest::newRow("dash misplaced") << "123e4567e-89b-42d3-a456-426614174000" << false;
        QTest::newRow("empty") << "" << false;
    }
    void isUuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(yk::proto::isUuid(text.toStdString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
