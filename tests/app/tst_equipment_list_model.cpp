#include "demo_store_fixture.h"

#include "app/equipment_list_model.h"

#include <QAbstractItemModelTester>

using namespace yk::app;

class TestEquipmentListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueAndAreaFilter();
};

void TestEquipmentListModel::catalogueAndAreaFilter()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    EquipmentListModel model;
    demo.wire(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.count(), 15); // the demo catalogue
    const QModelIndex first = model.index(0, 0);
    QVERIFY(!model.data(first, EquipmentListModel::NameRole).toString().isEmpty());
    QVERIFY(!model.data(first, EquipmentListModel::AreaNameRole).toString().isEmpty());
    QVERIFY(model.data(first, EquipmentListModel::MaxLoanDaysRole).toInt() > 0);

    const int area = model.data(first, EquipmentListModel::AreaRole).toInt();
    int inArea = 0;
    for (int row = 0; row < model.count(); ++row)
        inArea += model.data(model.index(row, 0), EquipmentListModel::AreaRole).toInt() == area ? 1 : 0;
    QSignalSpy reloaded(&model, &EquipmentListModel::reloaded);
    model.setArea(area);
    QTRY_COMPARE(reloaded.count(), 1);
    QCOMPARE(model.count(), inArea);
    QVERIFY(inArea < 15);
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(model.data(model.index(row, 0), EquipmentListModel::AreaRole).toInt(), area);
}

QTEST_MAIN(TestEquipmentListModel)
#include "tst_equipment_list_model.moc"
