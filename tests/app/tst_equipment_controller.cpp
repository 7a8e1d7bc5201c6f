#include "demo_store_fixture.h"

#include "app/equipment_controller.h"
#include "app/equipment_links.h"
#include "app/equipment_list_model.h"
#include "app/loan_list_model.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QAbstractItemModelTester>

#include <algorithm>

using namespace yk::app;

class TestEquipmentController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detailsAndRequest();
    void invalidRangesQueueNothing();
    void modelPageShowsTheCasesThatUsedIt();
    void aKioskReadsPublicCasesOnly();
    void casesAndSessionsLinkToTheirModels();
    void comparesModelsSideBySide();

private:
    static QString firstModelId(test::DemoStore& demo);
};

QString TestEquipmentController::firstModelId(test::DemoStore& demo)
{
    EquipmentListModel list;
    demo.wire(list);
    if (!QTest::qWaitFor([&list] { return list.count() > 0; }, 5000))
        return {};
    return list.data(list.index(0, 0), EquipmentListModel::ModelIdRole).toString();
}

void TestEquipmentController::detailsAndRequest()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    EquipmentController controller;
    demo.wire(controller);
    controller.setModelId(firstModelId(demo));
    QTRY_VERIFY(controller.loaded());
    QVERIFY(!controller.name().isEmpty());
    QVERIFY(controller.unitCount() > 0);
    QCOMPARE(controller.unitsAvailable() + controller.unitsOutOfService(), controller.unitCount());
    QVERIFY(controller.maxLoanDays() > 0);

    LoanListModel loans;
    demo.wire(loans);
    QAbstractItemModelTester tester(&loans, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 before = demo.pending();
    const QDate from = QDate::currentDate().addDays(7);
    const QDate to = from.addDays(controller.maxLoanDays() - 1);
    QSignalSpy requested(&controller, &EquipmentController::requested);
    QVERIFY(controller.requestLoan(
        from.toString(Qt::ISODate), to.toString(Qt::ISODate), QStringLiteral("trial")));
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(controller.errorText(), QString());
    QCOMPARE(demo.pending(), before + 1);

    // The request shows at once as mine, requested and waiting to be sent.
    QTRY_COMPARE(loans.count(), 1);
    const QModelIndex row = loans.index(0, 0);
    QCOMPARE(loans.data(row, LoanListModel::LoanIdRole).toString(), requested.first().first().toString());
    QCOMPARE(loans.data(row, LoanListModel::ModelNameRole).toString(), controller.name());
    QCOMPARE(loans.data(row, LoanListModel::FromDateRole).toString(), from.toString(Qt::ISODate));
    QCOMPARE(loans.data(row, LoanListModel::ToDateRole).toString(), to.toString(Qt::ISODate));
    QCOMPARE(loans.data(row, LoanListModel::StateRole).toInt(), int(yokoten::v1::LOAN_STATE_REQUESTED));
    QVERIFY(loans.data(row, LoanListModel::PendingRole).toBool());
    QVERIFY(!loans.data(row, LoanListModel::SyncTextRole).toString().isEmpty());
    QVERIFY(!loans.data(row, LoanListModel::FromTextRole).toString().isEmpty());
}

void TestEquipmentController::invalidRangesQueueNothing()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    EquipmentController controller;
    demo.wire(controller);
    controller.setModelId(firstModelId(demo));
    QTRY_VERIFY(controller.loaded());
    const qint64 before = demo.pending();
    const QDate from = QDate::currentDate().addDays(7);
    // Backwards, too long, in the past, not a date.
    QVERIFY(!controller.requestLoan(from.toString(Qt::ISODate), from.addDays(-1).toString(Qt::ISODate), {}));
    QVERIFY(!controller.errorText().isEmpty());
    QVERIFY(!controller.requestLoan(
        from.toString(Qt::ISODate), from.addDays(controller.maxLoanDays()).toString(Qt::ISODate), {}));
    QVERIFY(controller.errorText().contains(QString::number(controller.maxLoanDays())));
    QVERIFY(!controller.requestLoan(QDate::currentDate().addDays(-3).toString(Qt::ISODate),
        QDate::currentDate().toString(Qt::ISODate), {}));
    QVERIFY(!controller.requestLoan(QStringLiteral("soon"), QStringLiteral("later"), {}));
    QVERIFY(!controller.errorText().isEmpty());
    QCOMPARE(demo.pending(), before);
}

namespace {
// From the demo data set (sync/proto/demo): a bed sensor named by a published, public case
// of a demo facility; a silhouette sensor named by a case published to its prefecture only;
// an exhibition session that shows twelve models.
const QString kBedSensor = QStringLiteral("6c25bc3f-f81b-4c16-afa6-f148bada5d7c");
const QString kSilhouetteSensor = QStringLiteral("553d69f1-33dc-4f41-873c-c09736db17e7");
const QString kIntercom = QStringLiteral("0bd7d068-32fc-422d-9c46-dc355fa4be52");
} // namespace

void TestEquipmentController::modelPageShowsTheCasesThatUsedIt()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    ModelCasesController links;
    demo.wire(links);
    links.setModelId(kBedSensor);
    QTRY_VERIFY(links.loaded());
    QCOMPARE(links.namingCount(), 1);
    QVERIFY(links.areaCount() > 0); // other monitoring cases
    const QVariantMap first = links.cases().first().toMap();
    QVERIFY(first.value("namesModel").toBool());
    QVERIFY(first.value("title").toString().contains(QStringLiteral("夜間の見守りセンサー")));
    const QVariantMap headline = first.value("headline").toMap();
    // Its first figure is invented (docs/demo-data.md): the page shows it as a demo value.
    const QString evidence = headline.value("evidence").toString();
    QVERIFY2(evidence.contains(QStringLiteral("夜勤職員の歩数計測")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("（デモ値）")), qPrintable(evidence));
    QVERIFY(!headline.value("values").toString().isEmpty());
    QVERIFY(!headline.value("change").toString().isEmpty());
    for (int i = 1; i < links.cases().size(); ++i)
        QVERIFY(!links.cases().at(i).toMap().value("namesModel").toBool());

    // The sessions that show it: every session of the store that names it and is not over.
    int expected = 0;
    const auto now = google::protobuf::util::TimeUtil::GetCurrentTime();
    demo.onEngine([&](DeviceContext& context) {
        auto sessions = context.store->records().all<yokoten::v1::SeminarSession>();
        QVERIFY(sessions.ok());
        for (const auto& s : *sessions) {
            const auto& ids = s.shown_model_ids();
            if (!s.cancelled() && s.ends_at() >= now
                && std::find(ids.begin(), ids.end(), kBedSensor.toStdString()) != ids.end())
                ++expected;
        }
    });
    QCOMPARE(links.sessions().size(), expected);

    // A filter no demo case meets empties the list but not the counts.
    links.setServiceType(yokoten::v1::SERVICE_TYPE_HOME_VISIT);
    links.setFacilitySize(3);
    QTRY_VERIFY(links.cases().isEmpty());
    QCOMPARE(links.namingCount(), 1);
}

void TestEquipmentController::aKioskReadsPublicCasesOnly()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    ModelCasesController facility;
    demo.wire(facility);
    facility.setModelId(kSilhouetteSensor);
    QTRY_VERIFY(facility.loaded());
    QCOMPARE(facility.namingCount(), 1); // published to its prefecture

    ModelCasesController kiosk;
    demo.wire(kiosk);
    kiosk.setPublicOnly(true);
    kiosk.setLimit(3);
    kiosk.setModelId(kSilhouetteSensor);
    QTRY_VERIFY(kiosk.loaded());
    QCOMPARE(kiosk.namingCount(), 0);
    QVERIFY(kiosk.cases().size() <= 3);
    QVERIFY(kiosk.sessions().isEmpty());
    for (const auto& row : kiosk.cases())
        QVERIFY(!row.toMap().value("title").toString().contains(QStringLiteral("グループホームの一人夜勤")));
}

void TestEquipmentController::casesAndSessionsLinkToTheirModels()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    ModelListController usedByCase;
    demo.wire(usedByCase);
    usedByCase.setModelIds({ kIntercom, QStringLiteral("00000000-0000-4000-8000-000000000000") });
    QTRY_COMPARE(usedByCase.models().size(), 1); // a model this device does not hold is left out
    const QVariantMap intercom = usedByCase.models().first().toMap();
    QCOMPARE(intercom.value("modelId").toString(), kIntercom);
    QVERIFY(intercom.value("units").toInt() > 0);
    QVERIFY(!intercom.value("availability").toString().isEmpty());

    // A session shows what centre staff chose: the demo exhibition's models, by area.
    QString exhibition;
    int shownThere = 0;
    demo.onEngine([&](DeviceContext& context) {
        auto sessions = context.store->records().all<yokoten::v1::SeminarSession>();
        QVERIFY(sessions.ok());
        for (const auto& s : *sessions)
            if (s.shown_model_ids_size() > shownThere) {
                exhibition = QString::fromStdString(s.id());
                shownThere = s.shown_model_ids_size();
            }
    });
    QVERIFY(shownThere > 0);
    ModelListController shown;
    demo.wire(shown);
    shown.setSessionId(exhibition);
    QTRY_COMPARE(shown.models().size(), shownThere);
    int lastArea = 0;
    for (const auto& row : shown.models()) {
        QVERIFY(row.toMap().value("area").toInt() >= lastArea);
        lastArea = row.toMap().value("area").toInt();
    }
}

void TestEquipmentController::comparesModelsSideBySide()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    ModelCompareController compare;
    demo.wire(compare);
    compare.setModelIds({ kBedSensor, kIntercom, kSilhouetteSensor, QStringLiteral("fourth") });
    QCOMPARE(compare.modelIds().size(), ModelCompareController::kMaxModels);
    QTRY_COMPARE(compare.rows().size(), 3);
    const QVariantMap bed = compare.rows().first().toMap();
    QCOMPARE(bed.value("modelId").toString(), kBedSensor);
    QCOMPARE(bed.value("caseCount").toInt(), 1);
    QVERIFY(bed.value("priceRange").toString().contains(QStringLiteral("デモ値")));
    QVERIFY(!bed.value("subsidy").toString().isEmpty());
    QVERIFY(!bed.value("typicalEffect").toString().isEmpty());
}

QTEST_MAIN(TestEquipmentController)
#include "tst_equipment_controller.moc"
