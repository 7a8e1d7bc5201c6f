#include "demo_store_fixture.h"

#include "app/equipment_controller.h"
#include "app/equipment_list_model.h"
#include "app/loan_list_model.h"

#include "yokoten/v1/equipment.pb.h"

#include <QAbstractItemModelTester>

using namespace yk::app;

class TestEquipmentController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detailsAndRequest();
    void invalidRangesQueueNothing();

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

QTEST_MAIN(TestEquipmentController)
#include "tst_equipment_controller.moc"
