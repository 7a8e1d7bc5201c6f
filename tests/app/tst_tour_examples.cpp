#include "demo_store_fixture.h"

#include "app/tour_examples.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QDateTime>

using namespace yk::app;
using namespace yokoten::v1;

// The self-test's store holds a sign-up, a loan request and a past self-assessment, queued in
// the outbox as the app queues them, so the screenshots of those pages are not empty.
class TestTourExamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoStoreGetsATicketALoanAndAResult();
};

void TestTourExamples::demoStoreGetsATicketALoanAndAResult()
{
    test::DemoStore demo;
    QVERIFY(demo.open());
    QCOMPARE(demo.pending(), 0);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    demo.onEngine([now](DeviceContext& context) {
        QVERIFY(context.engine != nullptr);
        QVERIFY(addTourExamples(*context.store, *context.engine, now));
        auto& records = context.store->records();

        auto registrations = records.all<Registration>();
        QVERIFY(registrations);
        QCOMPARE(registrations->size(), 1u);
        QCOMPARE(registrations->front().status(), REGISTRATION_STATUS_PENDING);
        auto session = records.find<SeminarSession>(registrations->front().session_id());
        QVERIFY(session && *session);
        QVERIFY((*session)->starts_at().seconds() > now);

        auto loans = records.all<LoanRequest>();
        QVERIFY(loans);
        QCOMPARE(loans->size(), 1u);
        QCOMPARE(loans->front().state(), LOAN_STATE_REQUESTED);
        QVERIFY(loans->front().from_date() < loans->front().to_date());

        auto responses = records.all<AssessmentResponse>();
        QVERIFY(responses);
        QCOMPARE(responses->size(), 1u);
        QCOMPARE(responses->front().state(), RESPONSE_STATE_SUBMITTED);
        QVERIFY(responses->front().answers_size() > 0);
        QVERIFY(responses->front().submitted_at().seconds() < now - 7 * 24 * 3600);
    });
    QCOMPARE(demo.pending(), 3);
}

QTEST_MAIN(TestTourExamples)
#include "tst_tour_examples.moc"
