#include "demo_store_fixture.h"

#include "app/loan_list_model.h"
#include "app/record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"

#include <QAbstractItemModelTester>

using namespace yk::app;
using namespace yokoten::v1;

class TestLoanListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void syncedLoansNewestFirst();
};

void TestLoanListModel::syncedLoansNewestFirst()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    LoanListModel model;
    demo.wire(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &LoanListModel::reloaded);
    QTRY_VERIFY(reloaded.count() > 0);
    QCOMPARE(model.count(), 0);

    // Two loans as a sync would bring them: one waitlisted with a free range, one declined.
    demo.onEngine([](DeviceContext& context) {
        auto models = context.store->records().all<EquipmentModel>();
        QVERIFY(models && !models->empty());
        LoanRequest waiting;
        waiting.set_id("loan-waiting");
        waiting.set_server_version(1);
        waiting.set_model_id(models->front().id());
        waiting.set_from_date("2027-03-01");
        waiting.set_to_date("2027-03-10");
        waiting.set_state(LOAN_STATE_WAITLISTED);
        waiting.set_proposed_from_date("2027-04-01");
        waiting.set_proposed_to_date("2027-04-10");
        QVERIFY(context.store->records().put(waiting));
        LoanRequest declined = waiting;
        declined.set_id("loan-declined");
        declined.set_from_date("2027-01-05");
        declined.set_to_date("2027-01-06");
        declined.set_state(LOAN_STATE_DECLINED);
        declined.set_decline_reason("under repair");
        QVERIFY(context.store->records().put(declined));
    });
    demo.bridge->notifyDataChanged();
    QTRY_COMPARE(model.count(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.data(first, LoanListModel::LoanIdRole).toString(), QStringLiteral("loan-waiting"));
    QCOMPARE(model.data(first, LoanListModel::StateRole).toInt(), int(LOAN_STATE_WAITLISTED));
    QVERIFY(!model.data(first, LoanListModel::PendingRole).toBool());
    QVERIFY(!model.data(first, LoanListModel::ProposedTextRole).toString().isEmpty());
    QVERIFY(!model.data(first, LoanListModel::ModelNameRole).toString().isEmpty());
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(model.data(second, LoanListModel::StateTextRole).toString(), loanStateText(LOAN_STATE_DECLINED));
    QCOMPARE(model.data(second, LoanListModel::DeclineReasonRole).toString(), QStringLiteral("under repair"));
    QVERIFY(model.data(second, LoanListModel::ProposedTextRole).toString().isEmpty());
}

QTEST_MAIN(TestLoanListModel)
#include "tst_loan_list_model.moc"
