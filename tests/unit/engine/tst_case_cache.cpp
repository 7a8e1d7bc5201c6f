// CaseCache (issue 23): a phone pulls case summaries, fetches a whole case when it is opened,
// keeps it through later pulls of the summary, and keeps at most N whole cases.
#include "engine_test_support.h"

#include "engine/case_cache.h"
#include "engine/device_state.h"
#include "engine/sync_repository.h"
#include "store/case_repository.h"

using namespace yk;
using namespace yk::test;
using namespace yokoten::v1;
using Fault = FakeTransport::Fault;

namespace {

// Published public cases of the demo data (a phone may see them) and a draft it may not.
const std::string kNightSensors = "b02ef20d-daff-4145-bf8d-d7e964393bbb";
const std::string kIntercoms = "0da546c9-43fd-4ceb-aed6-2c78f5f4cdc9";
const std::string kVoiceRecords = "7dfa8ff8-84fb-495f-aeba-18a7bc14cf69";
const std::string kDraft = "ca1e6966-c3d4-4cf8-baeb-45f2a1e329d7";

GoodPracticeCase storedCase(FakeDevice& d, const std::string& id)
{
    auto found = d.store().cases().find(id);
    return found && *found ? **found : GoodPracticeCase {};
}

} // namespace

class TestCaseCache : public QObject {
    Q_OBJECT
    std::unique_ptr<InProcessServer> m_server;
    std::int64_t m_now = 1'800'000'000'000;

    std::unique_ptr<FakeDevice> phone(sync::SyncEngineOptions options = {})
    {
        options.nowMillis = [this] { return m_now += 1000; };
        auto d = FakeDevice::create(*m_server, options);
        if (!d)
            return nullptr;
        const auto failed = d->enrolAndSignIn("demo-centre", DEVICE_KIND_PHONE);
        if (!failed.empty()) {
            qWarning("%s", failed.c_str());
            return nullptr;
        }
        return d;
    }

    // A phone keeping at most `keep` whole cases, after its first sync.
    std::unique_ptr<FakeDevice> syncedPhone(int keep)
    {
        sync::SyncEngineOptions options;
        options.cachedWholeCases = keep;
        auto d = phone(options);
        if (d && !d->engine().syncOnce())
            return nullptr;
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = InProcessServer::start();
        QVERIFY(m_server);
    }

    void aPhoneHoldsSummariesAndFetchesTheWholeCase()
    {
        auto d = phone();
        QVERIFY(d);
        QVERIFY(d->engine().syncOnce().ok());
        const auto summary = storedCase(*d, kNightSensors);
        QVERIFY(summary.summary_only());
        QVERIFY(!summary.has_sections());
        QVERIFY(!summary.title().empty());
        QCOMPARE(summary.metrics_size(), 1);

        auto whole = d->engine().fetchWholeCase(kNightSensors);
        QVERIFY2(whole.ok(), whole.ok() ? "" : whole.error().detail.c_str());
        QVERIFY(!whole->summary_only());
        QVERIFY(!whole->sections().background().empty());
        const auto stored = storedCase(*d, kNightSensors);
        QVERIFY(!stored.summary_only());
        QCOMPARE(stored.sections().background(), whole->sections().background());
        QCOMPARE(stored.metrics_size(), whole->metrics_size());
        QCOMPARE(stored.metrics_size(), serverCase(*m_server, kNightSensors).metrics_size());
        // Filed like any case: its text is searchable now.
        auto found = d->store().cases().search(whole->sections().background().substr(0, 12));
        QVERIFY(found.ok());
        QVERIFY(std::any_of(
            found->begin(), found->end(), [](const auto& row) { return row.id == kNightSensors; }));
        auto cached = d->engine().cachedWholeCases();
        QVERIFY(cached.ok());
        QCOMPARE(cached->size(), std::size_t(1));
        QCOMPARE(cached->front().id, kNightSensors);
    }

    // Every summary comes again (the cursor is gone); the fetched text stays.
    void aLaterSummaryDoesNotEraseTheWholeCase()
    {
        auto d = phone();
        QVERIFY(d);
        QVERIFY(d->engine().syncOnce().ok());
        auto whole = d->engine().fetchWholeCase(kNightSensors);
        QVERIFY(whole.ok());
        sync::SyncRepository tables(d->store().database());
        QVERIFY(tables.removeValue("cursor").ok());
        auto pulled = d->engine().syncOnce();
        QVERIFY(pulled.ok());
        QVERIFY(pulled->received > 10);
        const auto stored = storedCase(*d, kNightSensors);
        QVERIFY(!stored.summary_only());
        QCOMPARE(stored.sections().background(), whole->sections().background());
        QCOMPARE(stored.server_version(), whole->server_version());
        QVERIFY(storedCase(*d, kIntercoms).summary_only());
    }

    void evictionKeepsTheNewestOpened()
    {
        auto d = syncedPhone(2);
        QVERIFY(d);
        QVERIFY(d->engine().fetchWholeCase(kNightSensors).ok());
        QVERIFY(d->engine().fetchWholeCase(kIntercoms).ok());
        QVERIFY(d->engine().noteCaseOpened(kNightSensors).ok()); // opened again: newest now
        QVERIFY(d->engine().fetchWholeCase(kVoiceRecords).ok());
        auto cached = d->engine().cachedWholeCases();
        QVERIFY(cached.ok());
        QCOMPARE(cached->size(), std::size_t(2));
        QCOMPARE(cached->at(0).id, kVoiceRecords);
        QCOMPARE(cached->at(1).id, kNightSensors);
        QVERIFY(storedCase(*d, kIntercoms).summary_only()); // back to its summary, still listed
        QVERIFY(!storedCase(*d, kIntercoms).title().empty());
        QVERIFY(!storedCase(*d, kNightSensors).summary_only());
        QVERIFY(!storedCase(*d, kVoiceRecords).summary_only());
    }

    // A summary is found by its title, once, whether it is held as a summary, fetched whole
    // or evicted back; only the whole case is found by a word of its text.
    void searchFindsACaseOnceThroughFetchAndEviction()
    {
        auto d = syncedPhone(1);
        QVERIFY(d);
        const auto whole = serverCase(*m_server, kIntercoms);
        const std::string titleWord = "インカム";
        const std::string bodyWord = "フロアに分かれた";
        QVERIFY(whole.title().find(titleWord) != std::string::npos);
        QVERIFY(whole.sections().background().find(bodyWord) != std::string::npos);
        const auto hits = [&](const std::string& query) {
            auto rows = d->store().cases().search(query);
            return rows ? std::count_if(
                       rows->begin(), rows->end(), [](const auto& row) { return row.id == kIntercoms; })
                        : -1;
        };
        QCOMPARE(hits(titleWord), 1);
        QCOMPARE(hits(bodyWord), 0);
        QVERIFY(d->engine().fetchWholeCase(kIntercoms).ok());
        QCOMPARE(hits(titleWord), 1);
        QCOMPARE(hits(bodyWord), 1);
        QVERIFY(d->engine().fetchWholeCase(kNightSensors).ok()); // the intercoms go back
        QVERIFY(storedCase(*d, kIntercoms).summary_only());
        QCOMPARE(storedCase(*d, kIntercoms).title(), whole.title());
        QCOMPARE(hits(titleWord), 1);
        QCOMPARE(hits(bodyWord), 0);
    }

    void offlineOrNotVisibleChangesNothing()
    {
        auto d = phone();
        QVERIFY(d);
        QVERIFY(d->engine().syncOnce().ok());
        d->transport().add({ "/v1/cases/", Fault::Unreachable, 0, 1 });
        auto offline = d->engine().fetchWholeCase(kNightSensors);
        QVERIFY(!offline);
        QCOMPARE(offline.error().code, sync::SyncErrorCode::Unreachable);
        QVERIFY(storedCase(*d, kNightSensors).summary_only());

        auto hidden = d->engine().fetchWholeCase(kDraft);
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().serverCode, std::string("not_found"));
        QVERIFY(storedCase(*d, kDraft).id().empty());
        QVERIFY(d->engine().cachedWholeCases()->empty());
    }

    // A facility tablet keeps whole cases, as before.
    void aTabletPullsWholeCases()
    {
        YK_DEVICE(d, *m_server, "demo-facility");
        QVERIFY(d->engine().syncOnce().ok());
        const auto stored = storedCase(*d, kNightSensors);
        QVERIFY(!stored.summary_only());
        QVERIFY(!stored.sections().background().empty());
    }
};

QObject* newTestCaseCache()
{
    return new TestCaseCache;
}

#include "tst_case_cache.moc"
