// Pusher: batches bounded by count and bytes, a server error in the middle of a push, an
// answer lost after the server applied a batch, a change too big for any server, and a
// device's second edit of a field based on its own first. Through the FakeTransport.
#include "engine_test_support.h"

#include "store/case_repository.h"

using namespace yk;
using namespace yk::test;
using namespace yokoten::v1;
using Fault = FakeTransport::Fault;

class TestPusher : public QObject {
    Q_OBJECT
    std::unique_ptr<InProcessServer> m_server;

    std::vector<std::string> queueDrafts(FakeDevice& d, int n, std::size_t textBytes = 0)
    {
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i) {
            auto draft = draftCase(*m_server, "事例 " + std::to_string(i), textBytes);
            auto m = sync::makeCreateCase(draft);
            ids.push_back(m.create_case().good_practice_case().id());
            if (!d.engine().submit(std::move(m)))
                return {};
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = InProcessServer::start();
        QVERIFY(m_server);
    }

    void aServerErrorMidPushKeepsTheRestAndTheNextSyncFinishes()
    {
        sync::SyncEngineOptions options;
        options.pushBatch = 2;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        const auto ids = queueDrafts(*d, 5);
        QCOMPARE(ids.size(), std::size_t(5));
        d->transport().add({ "/v1/push", Fault::Status, 1, 1, 500, "internal" });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::ServerError);
        QVERIFY(failed.error().retryable());
        QCOMPARE(d->outboxCount(), 3); // the first batch was answered and recorded
        QCOMPARE(serverCase(*m_server, ids[1]).title(), std::string("事例 1"));
        QVERIFY(serverCase(*m_server, ids[2]).id().empty());
        auto report = d->engine().syncOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->applied, 3);
        QCOMPARE(d->outboxCount(), 0);
        for (const auto& id : ids)
            QCOMPARE(serverCase(*m_server, id).revision(), std::int64_t(1));
    }

    void anAnswerLostAfterTheServerAppliedIsNotAppliedTwice()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        const auto ids = queueDrafts(*d, 1);
        QVERIFY(d->engine().syncOnce().ok());
        auto edit = sync::makeCaseEdit(ids[0], 1, { "region" }, draftCase(*m_server, "x"));
        edit.mutable_edit_case()->mutable_values()->set_region("松本市");
        QVERIFY(d->engine().submit(edit).ok());
        d->transport().add({ "/v1/push", Fault::DropAnswer });
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::ConnectionLost);
        QCOMPARE(serverCase(*m_server, ids[0]).revision(), std::int64_t(2)); // applied once …
        auto report = d->engine().syncOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->duplicates, 1); // … and the resend is recognised
        QCOMPARE(serverCase(*m_server, ids[0]).revision(), std::int64_t(2));
        QCOMPARE(d->outboxCount(), 0);
        QCOMPARE((*d->store().cases().find(ids[0]))->region(), std::string("松本市"));
    }

    void pushesAreBoundedByBytes()
    {
        sync::SyncEngineOptions options;
        options.pushBatchBytes = 64 * 1024;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        d->transport().setBodyLimit(100 * 1024); // the server refuses bigger bodies (413)
        const auto ids = queueDrafts(*d, 6, 30 * 1024);
        QCOMPARE(ids.size(), std::size_t(6));
        auto report = d->engine().syncOnce();
        QVERIFY2(report.ok(), report ? "" : report.error().detail.c_str());
        QCOMPARE(report->applied, 6);
        QVERIFY(d->transport().count("/v1/push") >= 3); // two ~30 KB drafts at most per request
        QCOMPARE(d->outboxCount(), 0);
    }

    void aChangeNoServerAcceptsIsReportedNotRetried()
    {
        sync::SyncEngineOptions options;
        options.maxRequestBytes = 64 * 1024;
        YK_DEVICE(d, *m_server, "demo-facility", options);
        QCOMPARE(queueDrafts(*d, 1, 100 * 1024).size(), std::size_t(1));
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::TooLarge);
        QVERIFY(!failed.error().retryable());
        QVERIFY(failed.error().messageJa.find("MB") != std::string::npos);
        QVERIFY(failed.error().messageEn.find("create_case") != std::string::npos);
        QCOMPARE(d->transport().count("/v1/push"), 0);
        QCOMPARE(d->outboxCount(), 1); // kept: nothing the person typed is thrown away
    }

    void aServerThatRefusesTheSizeSaysTooLarge()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        d->transport().setBodyLimit(32 * 1024);
        QCOMPARE(queueDrafts(*d, 1, 40 * 1024).size(), std::size_t(1));
        auto failed = d->engine().syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::TooLarge);
        QCOMPARE(d->outboxCount(), 1);
    }

    void aSecondEditOfAFieldIsBasedOnTheFirst()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        const auto ids = queueDrafts(*d, 1);
        QVERIFY(d->engine().syncOnce().ok());
        for (const char* title : { "t1", "t2" }) {
            GoodPracticeCase values;
            values.set_title(title);
            const auto local = *d->store().cases().find(ids[0]);
            QVERIFY(d->engine()
                        .submit(sync::makeCaseEdit(ids[0], (*local).revision(), { "title" }, values))
                        .ok());
        }
        auto report = d->engine().syncOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->applied, 2);
        QCOMPARE(report->conflicts, 0);
        const auto onServer = serverCase(*m_server, ids[0]);
        QCOMPARE(onServer.title(), std::string("t2"));
        QCOMPARE(onServer.open_conflicts_size(), 0);
        QCOMPARE((*d->store().cases().find(ids[0]))->title(), std::string("t2"));
    }

    void anEditStillMeetsSomeoneElsesChangeOfTheSameField()
    {
        YK_DEVICE(mine, *m_server, "demo-facility");
        const auto ids = queueDrafts(*mine, 1);
        QVERIFY(mine->engine().syncOnce().ok());
        YK_DEVICE(theirs, *m_server, "demo-facility");
        QVERIFY(theirs->engine().syncOnce().ok());
        GoodPracticeCase values;
        values.set_title("同僚の題名");
        QVERIFY(theirs->engine().submit(sync::makeCaseEdit(ids[0], 1, { "title" }, values)).ok());
        QVERIFY(theirs->engine().syncOnce().ok());
        // Offline, this device edits the region, then the title twice, all from revision 1.
        values.set_region("上田市");
        QVERIFY(mine->engine().submit(sync::makeCaseEdit(ids[0], 1, { "region" }, values)).ok());
        values.set_title("t1");
        QVERIFY(mine->engine().submit(sync::makeCaseEdit(ids[0], 1, { "title" }, values)).ok());
        values.set_title("t2");
        QVERIFY(mine->engine().submit(sync::makeCaseEdit(ids[0], 1, { "title" }, values)).ok());
        auto report = mine->engine().syncOnce();
        QVERIFY(report.ok());
        // The colleague's title changed in between: that is a real conflict, kept for the author.
        QVERIFY(report->conflicts >= 1);
        const auto onServer = serverCase(*m_server, ids[0]);
        QCOMPARE(onServer.region(), std::string("上田市"));
        QVERIFY(onServer.open_conflicts_size() >= 1);
        QCOMPARE(onServer.open_conflicts(0).field(), std::string("title"));
    }
};

QObject* newTestPusher()
{
    return new TestPusher;
}

#include "tst_pusher.moc"
