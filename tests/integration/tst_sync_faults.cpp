// Devices syncing through a fault-injecting proxy to a real yokoten-server process: dropped
// connections, cut-off answers, slow links, a server killed and restarted mid-push. Whatever
// happens, the devices end up holding exactly what the server holds, every change once.
#include "device_session.h"
#include "fault_proxy.h"
#include "sync_device.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "core/server_store.h"
#include "engine/sync_repository.h"
#include "storage/cipher.h"
#include "store/case_repository.h"

#include <QTest>

#include <csignal>
#include <set>
#include <thread>

using namespace yk;
using namespace yokoten::v1;
using Fault = test::FaultProxy::Fault;

class TestSyncFaults : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    std::filesystem::path m_data;
    server::DemoSeed m_seed;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    int m_cases = 0;

    const server::DemoAccount& account(const std::string& login)
    {
        const auto* found = test::demoAccount(m_seed, login);
        if (found == nullptr)
            qFatal("no demo account %s", login.c_str());
        return *found;
    }

    std::string code(const std::string& login)
    {
        auto store = server::ServerStore::open(m_data);
        if (!store)
            return {};
        return test::makeEnrolmentCode(**store, account(login).organisationId, DEVICE_KIND_TABLET);
    }

    std::unique_ptr<test::SyncDevice> device(const std::string& login, unsigned short port)
    {
        test::SyncDeviceOptions options;
        options.engine.pushBatch = 3; // many round trips, so faults land inside a sync
        options.engine.pullPageSize = 20;
        options.requestTimeout = std::chrono::seconds(3);
        options.engine.retryPolicy.base = std::chrono::milliseconds(20);
        options.engine.retryPolicy.cap = std::chrono::milliseconds(200);
        auto d = test::SyncDevice::create(port, m_data / "tls" / "server.crt", options);
        if (!d || !d->enrolAndSignIn(code(login), login, account(login).password).empty())
            return nullptr;
        return d;
    }

    void queueCases(test::SyncDevice& d, int n)
    {
        for (int i = 0; i < n; ++i) {
            Mutation m;
            auto* c = m.mutable_create_case()->mutable_good_practice_case();
            c->set_id(storage::newUuid());
            c->set_title("通信障害試験の事例 " + std::to_string(++m_cases));
            c->set_category(CASE_CATEGORY_ICT);
            c->set_fiscal_year(2026);
            c->mutable_sections()->set_background(std::string(3000, 'x') + "記録の見直し");
            QVERIFY(d.engine().submit(m).ok());
        }
    }

    /// Syncs until it works (at most `attempts` times), as the app's retry loop does.
    static bool syncUntilDone(test::SyncDevice& d, int attempts = 5)
    {
        for (int i = 0; i < attempts; ++i) {
            auto report = d.engine().syncOnce();
            if (report)
                return true;
            if (!report.error().retryable()) {
                qWarning(
                    "not retryable: %s %s", report.error().messageEn.c_str(), report.error().detail.c_str());
                return false;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() / "server";
        QCOMPARE(test::runServerCommand({ "init", "--data", m_data.string() }).exitCode, 0);
        {
            auto store = server::ServerStore::open(m_data);
            QVERIFY(store.ok());
            auto seed = server::importDemo(**store, server::PasswordCost::forTests());
            QVERIFY(seed.ok());
            m_seed = *seed;
        }
        m_server = test::ServerProcess::run(m_data);
        QVERIFY(m_server);
        m_proxy = test::FaultProxy::start(m_server->port());
        QVERIFY(m_proxy);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        if (m_server) {
            m_server->signal(SIGTERM);
            m_server->wait();
        }
    }

    // Every fault at several places of a sync; then, with the network healthy again, both
    // devices hold exactly what a fresh device of the same user pulls straight from the server.
    void devicesConvergeThroughNetworkFaults()
    {
        auto a = device("demo-facility", m_proxy->port());
        auto b = device("demo-manager", m_proxy->port());
        QVERIFY(a && b);
        QVERIFY(syncUntilDone(*a));
        QVERIFY(syncUntilDone(*b));

        struct Step {
            Fault fault;
            std::size_t bytes;
            int delayMs;
        };
        const Step steps[] = {
            { Fault::DropUpstreamAfter, 2000, 0 }, { Fault::DropUpstreamAfter, 9000, 0 },
            { Fault::DropDownstreamAfter, 3000, 0 }, { Fault::DropDownstreamAfter, 20000, 0 },
            { Fault::TruncateDownstreamAfter, 2500, 0 }, { Fault::TruncateDownstreamAfter, 12000, 0 },
            { Fault::PassThrough, 0, 40 }, // a slow link
            { Fault::Refuse, 0, 0 }, { Fault::BlackHole, 0, 0 }, // answers never come: timeouts
        };
        int failures = 0;
        for (const auto& step : steps) {
            queueCases(*a, 4);
            queueCases(*b, 3);
            m_proxy->setDelay(std::chrono::milliseconds(step.delayMs));
            m_proxy->setFaultLive(step.fault, step.bytes); // open keep-alive connections too
            for (auto* d : { a.get(), b.get() }) {
                auto attempt = d->engine().syncOnce();
                if (!attempt) {
                    ++failures;
                    QVERIFY2(attempt.error().retryable(), attempt.error().detail.c_str());
                }
            }
            m_proxy->setDelay(std::chrono::milliseconds(0));
            m_proxy->setFaultLive(Fault::PassThrough);
        }
        QVERIFY2(failures >= 8, qPrintable(QString::number(failures))); // the faults really hit

        // The server is killed (SIGKILL) while a push is under way, and comes back on another port.
        queueCases(*a, 12);
        m_proxy->setDelay(std::chrono::milliseconds(15));
        std::thread pushing([&] { (void)a->engine().syncOnce(); });
        QTest::qWait(120);
        m_server->signal(SIGKILL);
        m_server->wait();
        pushing.join();
        m_proxy->setDelay(std::chrono::milliseconds(0));
        QCOMPARE(a->engine().syncOnce().error().code, sync::SyncErrorCode::ConnectionLost); // down
        m_server = test::ServerProcess::run(m_data);
        QVERIFY(m_server);
        m_proxy->setUpstreamPort(m_server->port());

        QVERIFY(syncUntilDone(*a));
        QVERIFY(syncUntilDone(*b));
        QVERIFY(syncUntilDone(*a));
        for (auto* d : { a.get(), b.get() }) {
            QCOMPARE(*sync::SyncRepository(d->store().database()).outboxCount(), 0);
            QCOMPARE(
                d->store().cases().search("通信障害試験", {}, 1000).value().size(), std::size_t(m_cases));
        }
        // The truth: fresh devices straight to the server, no proxy.
        auto freshA = device("demo-facility", m_server->port());
        auto freshB = device("demo-manager", m_server->port());
        QVERIFY(freshA && freshB);
        QVERIFY(syncUntilDone(*freshA));
        QVERIFY(syncUntilDone(*freshB));
        QCOMPARE(test::storeContents(a->store()), test::storeContents(freshA->store()));
        QCOMPARE(test::storeContents(b->store()), test::storeContents(freshB->store()));
        // Every case once: titles are unique per queued case.
        auto found = freshA->store().cases().search("通信障害試験", {}, 1000);
        QVERIFY(found);
        std::set<std::string> titles;
        for (const auto& row : *found)
            titles.insert(row.title);
        QCOMPARE(static_cast<int>(titles.size()), m_cases);
        QCOMPARE(static_cast<int>(found->size()), m_cases);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
