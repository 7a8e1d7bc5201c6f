// Puller: pages, a page cut short, an answer lost mid-pull. Through the FakeTransport.
#include "engine_test_support.h"

#include "store/record_repository.h"

using namespace yk;
using namespace yk::test;
using namespace yokoten::v1;
using Fault = FakeTransport::Fault;

namespace {

std::int64_t recordsOn(FakeDevice& d)
{
    auto counts = d.store().records().counts();
    std::int64_t total = 0;
    if (counts)
        for (const auto& [table, n] : *counts)
            total += n;
    return total;
}

} // namespace

class TestPuller : public QObject {
    Q_OBJECT
    std::unique_ptr<InProcessServer> m_server;
    std::int64_t m_expected = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = InProcessServer::start();
        QVERIFY(m_server);
        YK_DEVICE(reference, *m_server, "demo-facility");
        QVERIFY(reference->engine().syncOnce().ok());
        m_expected = recordsOn(*reference);
        QVERIFY(m_expected > 20);
    }

    void pagesArriveAsOne()
    {
        sync::SyncEngineOptions options;
        options.pullPageSize = 7;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        auto report = d->engine().syncOnce();
        QVERIFY(report.ok());
        QVERIFY(d->transport().count("/v1/pull") >= 3);
        QCOMPARE(recordsOn(*d), m_expected);
    }

    void aPageCutShortChangesNothingAndTheNextSyncCompletes()
    {
        sync::SyncEngineOptions options;
        options.pullPageSize = 7;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        d->transport().add({ "/v1/pull", Fault::Truncate, 1, 1 });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::Protocol);
        QCOMPARE(recordsOn(*d), std::int64_t(7)); // the first page only
        auto overview = d->engine().overview();
        QVERIFY(overview.ok() && !overview->cursor.empty());
        QVERIFY(d->engine().syncOnce().ok());
        QCOMPARE(recordsOn(*d), m_expected);
    }

    void aPageCutAtARecordBoundaryIsRefusedToo()
    {
        // Whatever the cut, a page without its cursor is not applied.
        sync::SyncEngineOptions options;
        options.pullPageSize = 1;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        for (int skip = 0; skip < 3; ++skip) {
            d->transport().add({ "/v1/pull", Fault::Truncate, 0, 1 });
            const auto before = recordsOn(*d);
            auto failed = d->engine().syncOnce();
            QVERIFY(!failed);
            QCOMPARE(recordsOn(*d), before);
        }
        QVERIFY(d->engine().syncOnce().ok());
        QCOMPARE(recordsOn(*d), m_expected);
    }

    void anAnswerLostMidPullIsFetchedAgain()
    {
        sync::SyncEngineOptions options;
        options.pullPageSize = 7;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        d->transport().add({ "/v1/pull", Fault::DropAnswer, 2, 1 });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::ConnectionLost);
        QVERIFY(failed.error().retryable());
        QVERIFY(d->engine().syncOnce().ok());
        QCOMPARE(recordsOn(*d), m_expected);
    }
};

QObject* newTestPuller()
{
    return new TestPuller;
}

#include "tst_puller.moc"
