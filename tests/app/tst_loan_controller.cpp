#include "demo_store_fixture.h"

#include "app/equipment_controller.h"
#include "app/equipment_list_model.h"
#include "app/loan_controller.h"
#include "app/loan_list_model.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"

using namespace yk::app;
using namespace yokoten::v1;

class TestLoanController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeLifeOffline();
    void refusesWhatTheStateDoesNotAllow();

private:
    QString requestOne(test::DemoStore& demo);
    int stateOf(test::DemoStore& demo, const QString& loanId);
};

QString TestLoanController::requestOne(test::DemoStore& demo)
{
    EquipmentListModel list;
    demo.wire(list);
    if (!QTest::qWaitFor([&list] { return list.count() > 0; }, 5000))
        return {};
    EquipmentController equipment;
    demo.wire(equipment);
    equipment.setModelId(list.data(list.index(0, 0), EquipmentListModel::ModelIdRole).toString());
    if (!QTest::qWaitFor([&equipment] { return equipment.loaded(); }, 5000))
        return {};
    QSignalSpy requested(&equipment, &EquipmentController::requested);
    const QDate from = QDate::currentDate().addDays(3);
    equipment.requestLoan(from.toString(Qt::ISODate), from.addDays(2).toString(Qt::ISODate), {});
    if (!QTest::qWaitFor([&requested] { return requested.count() == 1; }, 5000))
        return {};
    return requested.first().first().toString();
}

int TestLoanController::stateOf(test::DemoStore& demo, const QString& loanId)
{
    int state = -1;
    demo.onEngine([&](DeviceContext& context) {
        if (auto loan = context.store->records().find<LoanRequest>(loanId.toStdString()); loan && *loan)
            state = (*loan)->state();
    });
    return state;
}

void TestLoanController::wholeLifeOffline()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    const QString id = requestOne(demo);
    QVERIFY(!id.isEmpty());
    LoanController controller;
    demo.wire(controller);
    QSignalSpy queued(&controller, &LoanController::queued);
    const qint64 before = demo.pending();

    controller.approve(id);
    QTRY_COMPARE(queued.count(), 1);
    QCOMPARE(stateOf(demo, id), int(LOAN_STATE_APPROVED));
    controller.markLent(id);
    QTRY_COMPARE(queued.count(), 2);
    QCOMPARE(stateOf(demo, id), int(LOAN_STATE_LENT));
    controller.markReturned(id);
    QTRY_COMPARE(queued.count(), 3);
    QCOMPARE(stateOf(demo, id), int(LOAN_STATE_RETURNED));

    controller.fileReport(id, 4, true, QStringLiteral("less lifting"), QString());
    QTRY_COMPARE(queued.count(), 4);
    QCOMPARE(controller.errorText(), QString());
    QCOMPARE(demo.pending(), before + 4);
    int usefulness = 0;
    demo.onEngine([&](DeviceContext& context) {
        auto loan = context.store->records().find<LoanRequest>(id.toStdString());
        QVERIFY(loan && *loan);
        usefulness = (*loan)->report().usefulness();
    });
    QCOMPARE(usefulness, 4);

    LoanListModel loans;
    demo.wire(loans);
    QTRY_COMPARE(loans.count(), 1);
    QVERIFY(loans.data(loans.index(0, 0), LoanListModel::HasReportRole).toBool());
}

void TestLoanController::refusesWhatTheStateDoesNotAllow()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    const QString id = requestOne(demo);
    QVERIFY(!id.isEmpty());
    LoanController controller;
    demo.wire(controller);
    const qint64 before = demo.pending();
    // Requested: not lent yet, not returned, no report; a decline needs a reason.
    controller.markReturned(id);
    QTRY_VERIFY(!controller.busy());
    QTRY_VERIFY(!controller.errorText().isEmpty());
    controller.fileReport(id, 0, false, {}, {});
    QVERIFY(!controller.errorText().isEmpty());
    controller.decline(id, QStringLiteral("  "));
    QVERIFY(!controller.errorText().isEmpty());
    QCOMPARE(demo.pending(), before);
    QCOMPARE(stateOf(demo, id), int(LOAN_STATE_REQUESTED));

    QSignalSpy queued(&controller, &LoanController::queued);
    controller.cancel(id);
    QTRY_COMPARE(queued.count(), 1);
    QCOMPARE(stateOf(demo, id), int(LOAN_STATE_CANCELLED));
}

QTEST_MAIN(TestLoanController)
#include "tst_loan_controller.moc"
