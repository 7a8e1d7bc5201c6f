#include "demo_store_fixture.h"

#include "app/case_controller.h"
#include "app/case_list_model.h"

#include "yokoten/v1/case.pb.h"

#include <QAbstractItemModelTester>

using namespace yk::app;
using namespace yokoten::v1;

// CaseController::publish / archive as the moderation page uses them: by id, from the list
// of submitted cases.
class TestCaseModeration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishLeavesTheQueue();
    void archive();
};

void TestCaseModeration::publishLeavesTheQueue()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    CaseListModel submitted;
    demo.wire(submitted);
    QAbstractItemModelTester tester(&submitted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    submitted.setCaseState(CASE_STATE_SUBMITTED);
    QTRY_COMPARE(submitted.count(), 1); // the demo has one case waiting for review
    const QString id = submitted.data(submitted.index(0, 0), CaseListModel::CaseIdRole).toString();
    const qint64 before = demo.pending();

    CaseController moderation;
    demo.wire(moderation);
    QSignalSpy saved(&moderation, &CaseController::saved);
    moderation.setCaseId(id);
    moderation.publish();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(demo.pending(), before + 1);
    // The queued write reaches every model through the bridge (EngineBridge::notifyLocalWrite).
    QTRY_COMPARE(submitted.count(), 0);
    QTRY_COMPARE(moderation.caseState(), int(CASE_STATE_PUBLISHED));
}

void TestCaseModeration::archive()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    CaseListModel submitted;
    demo.wire(submitted);
    submitted.setCaseState(CASE_STATE_SUBMITTED);
    QTRY_COMPARE(submitted.count(), 1);
    CaseController moderation;
    demo.wire(moderation);
    QSignalSpy saved(&moderation, &CaseController::saved);
    moderation.setCaseId(submitted.data(submitted.index(0, 0), CaseListModel::CaseIdRole).toString());
    moderation.archive();
    QTRY_COMPARE(saved.count(), 1);
    QTRY_COMPARE(moderation.caseState(), int(CASE_STATE_ARCHIVED));
}

QTEST_MAIN(TestCaseModeration)
#include "tst_case_moderation.moc"
