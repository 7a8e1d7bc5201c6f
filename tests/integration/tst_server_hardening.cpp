// The server as an attacker on the same network meets it, over HTTPS on loopback with the real
// SyncService (issue 21): throttled sign-in and enrolment, refusals that all read the same,
// replays that answer only their sender, one client unable to hold the server, a store whose
// damage health reports, and an accept loop that backs off when out of file descriptors.
#include "device_session.h"
#include "fake_api.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "core/server_store.h"
#include "engine/mutations.h"
#include "service/sync_service.h"
#include "storage/cipher.h"

#include <QtTest>

#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

using yk::test::HttpsClient;
using yk::test::TestServer;
namespace v1 = yokoten::v1;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

yk::server::DemoSeed seedDemo(TestServer& server)
{
    auto seed = yk::server::importDemo(server.syncService()->store(), yk::server::PasswordCost::forTests());
    return seed ? *seed : yk::server::DemoSeed {};
}

std::string codeFor(TestServer& server, const std::string& organisationId, v1::DeviceKind kind)
{
    return yk::test::makeEnrolmentCode(server.syncService()->store(), organisationId, kind);
}

const yk::server::DemoAccount& account(const yk::server::DemoSeed& seed, const std::string& login)
{
    static const yk::server::DemoAccount none;
    const auto* found = yk::test::demoAccount(seed, login);
    return found ? *found : none;
}

/// Status and body bytes: what a client can tell two answers apart by.
std::string answerOf(const yk::test::ProtobufReply<v1::SessionTokens>& reply)
{
    return std::to_string(reply.status) + " " + reply.error.SerializeAsString();
}

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int openDescriptors()
{
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd"))
        ++count;
    return count;
}

bool logHas(const TestServer& server, std::string_view text)
{
    const auto lines = server.logLines();
    return std::any_of(lines.begin(), lines.end(),
        [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

} // namespace

class TestServerHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 10 wrong passwords for one account are evaluated (the default burst), then 429 with
    // Retry-After for as long as the bucket is empty, whatever the password, and the same for a login that
    // does not exist. /metrics counts the refusals.
    void signInIsThrottledPerAccount()
    {
        // The default burst of 10, with a refill slow enough that a loaded machine (each
        // unknown login costs a production-cost dummy hash) cannot refill it mid-test.
        auto server = TestServer::startWithSyncService([](auto& config) {
            config.attemptLimits.perAccount = { 10, std::chrono::hours(1) };
        });
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& staff = account(seed, "demo-facility");
        QVERIFY(!staff.login.empty());
        auto client = server->client();
        const auto device
            = yk::test::enrolDevice(client, codeFor(*server, staff.organisationId, v1::DEVICE_KIND_TABLET));
        QVERIFY(device.reply);

        for (int i = 0; i < 10; ++i) {
            const auto wrong = client.post<v1::SessionTokens>("/v1/auth/sign-in",
                yk::test::signInRequest(*device.reply, staff.login, "guess " + std::to_string(i)));
            QCOMPARE(wrong.status, 401);
        }
        QElapsedTimer waited;
        waited.start();
        const auto limited = client.request("POST", "/v1/auth/sign-in",
            yk::test::signInRequest(*device.reply, staff.login, staff.password).SerializeAsString(),
            "application/x-protobuf");
        QCOMPARE(limited.status, 429);
        // The refusal is held back a second, so a guesser's connection cannot ask again at once.
        QVERIFY2(waited.elapsed() >= 900, std::to_string(waited.elapsed()).c_str());
        const int retryAfter = std::stoi(limited.header("retry-after"));
        QVERIFY2(retryAfter > 3500 && retryAfter <= 3600, limited.header("retry-after").c_str());
        v1::ErrorResponse error;
        QVERIFY(error.ParseFromString(limited.body));
        QCOMPARE(error.code(), std::string("too_many_attempts"));

        // An unknown login runs out the same way and gets the same answer.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client
                         .post<v1::SessionTokens>("/v1/auth/sign-in",
                             yk::test::signInRequest(*device.reply, "no-such-login", "guess"))
                         .status,
                401);
        const auto unknown = client.request("POST", "/v1/auth/sign-in",
            yk::test::signInRequest(*device.reply, "no-such-login", "guess").SerializeAsString(),
            "application/x-protobuf");
        QCOMPARE(unknown.status, 429);
        QCOMPARE(unknown.body, limited.body);

        const auto metrics = client.request("GET", "/metrics");
        QVERIFY(metrics.body.find("yokoten_limited_total{limit=\"sign_in_account\"} 2") != std::string::npos);
    }

    // With a short refill (configurable, so this test needs no minute), the right password
    // works for the real user again once the bucket has an attempt.
    void rightPasswordWorksAgainAfterTheRefill()
    {
        auto server = TestServer::startWithSyncService([](auto& config) {
            config.attemptLimits.perAccount = { 3, 2s };
            config.refusalDelay = 0ms;
        });
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& staff = account(seed, "demo-facility");
        auto client = server->client();
        const auto device
            = yk::test::enrolDevice(client, codeFor(*server, staff.organisationId, v1::DEVICE_KIND_TABLET));
        QVERIFY(device.reply);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client
                         .post<v1::SessionTokens>(
                             "/v1/auth/sign-in", yk::test::signInRequest(*device.reply, staff.login, "wrong"))
                         .status,
                401);
        QCOMPARE(client
                     .post<v1::SessionTokens>("/v1/auth/sign-in",
                         yk::test::signInRequest(*device.reply, staff.login, staff.password))
                     .status,
            429);
        QTRY_COMPARE_WITH_TIMEOUT(client
                                      .post<v1::SessionTokens>("/v1/auth/sign-in",
                                          yk::test::signInRequest(*device.reply, staff.login, staff.password))
                                      .status,
            200, 5000);
        // Successes cost nothing: signing in again and again is never limited.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client
                         .post<v1::SessionTokens>("/v1/auth/sign-in",
                             yk::test::signInRequest(*device.reply, staff.login, staff.password))
                         .status,
                200);
    }

    // The right password of an account the device may not carry reads exactly like a wrong
    // one: centre staff on an attendee's phone, another facility's user on a tablet.
    void refusedAccountsReadLikeAWrongPassword()
    {
        auto server = TestServer::startWithSyncService();
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& centre = account(seed, "demo-centre");
        const auto& facility = account(seed, "demo-facility");
        QVERIFY(!centre.login.empty() && !facility.login.empty());
        QVERIFY(centre.organisationId != facility.organisationId);
        auto client = server->client();
        const auto phone
            = yk::test::enrolDevice(client, codeFor(*server, centre.organisationId, v1::DEVICE_KIND_PHONE));
        const auto tablet = yk::test::enrolDevice(
            client, codeFor(*server, facility.organisationId, v1::DEVICE_KIND_TABLET));
        QVERIFY(phone.reply && tablet.reply);

        const auto post
            = [&](const v1::EnrolResponse& device, const std::string& login, const std::string& password) {
                  return answerOf(client.post<v1::SessionTokens>(
                      "/v1/auth/sign-in", yk::test::signInRequest(device, login, password)));
              };
        const std::string wrongPassword = post(*phone.reply, centre.login, "not the password");
        QVERIFY(wrongPassword.starts_with("401 "));
        QCOMPARE(post(*phone.reply, centre.login, centre.password), wrongPassword);
        QCOMPARE(post(*tablet.reply, centre.login, centre.password), wrongPassword);
        QCOMPARE(post(*tablet.reply, centre.login, "not the password"), wrongPassword);
        QCOMPARE(post(*tablet.reply, "no-such-login", "x"), wrongPassword);
        QVERIFY(post(*tablet.reply, facility.login, facility.password).starts_with("200 "));
    }

    // A used code and a made-up one get the same answer; guessing codes is throttled.
    void enrolmentRefusalsReadTheSameAndAreThrottled()
    {
        // Clients on loopback are clients here, not a local reverse proxy.
        auto server = TestServer::startWithSyncService([](auto& config) {
            config.loopbackIsProxy = false;
            config.refusalDelay = 0ms;
        });
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& facility = account(seed, "demo-facility");
        auto client = server->client();
        const std::string code = codeFor(*server, facility.organisationId, v1::DEVICE_KIND_TABLET);
        QVERIFY(yk::test::enrolDevice(client, code).reply);
        const auto used = yk::test::enrolDevice(client, code);
        const auto invalid = yk::test::enrolDevice(client, "ZZZZ-ZZZZ-ZZZZ");
        QCOMPARE(used.status, 401);
        QCOMPARE(used.status, invalid.status);
        QCOMPARE(used.error.SerializeAsString(), invalid.error.SerializeAsString());
        for (int i = 0; i < 8; ++i)
            QCOMPARE(yk::test::enrolDevice(client, "ZZZZ-ZZZZ-ZZZZ").status, 401);
        const auto limited = yk::test::enrolDevice(client, "ZZZZ-ZZZZ-ZZZZ");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.error.code(), std::string("too_many_attempts"));
    }

    // Behind a reverse proxy on the same machine (the packaged set-up) every client comes
    // from 127.0.0.1: the per-address limits then key on the X-Forwarded-For the proxy sets,
    // so one guesser behind the proxy does not lock out the others.
    void behindALocalProxyTheForwardedAddressCounts()
    {
        auto server = TestServer::startWithSyncService([](auto& config) {
            config.attemptLimits.enrolPerAddress = { 2, std::chrono::hours(1) };
        });
        QVERIFY(server);
        auto client = server->client();
        const auto enrolFrom = [&](const std::string& forwarded) {
            v1::EnrolRequest enrol;
            enrol.set_code("ZZZZ-ZZZZ-ZZZZ");
            return client.request("POST", "/v1/devices/enrol", enrol.SerializeAsString(),
                "application/x-protobuf", { { "X-Forwarded-For", forwarded } });
        };
        QCOMPARE(enrolFrom("192.0.2.10").status, 401);
        QCOMPARE(enrolFrom("192.0.2.10").status, 401);
        QCOMPARE(enrolFrom("192.0.2.10").status, 429);
        // Another client behind the same proxy is not refused for it.
        QCOMPARE(enrolFrom("192.0.2.11").status, 401);
        // What a client wrote itself before the proxy's address does not count.
        QCOMPARE(enrolFrom("198.51.100.1, 192.0.2.10").status, 429);
    }

    // A kiosk re-sending the registration id another kiosk created gets already_exists and
    // nothing of the attendee (issue 21's finding, over HTTPS).
    void replayByAnotherKioskGetsNothing()
    {
        auto server = TestServer::startWithSyncService();
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& centre = account(seed, "demo-centre");
        auto client = server->client();
        const auto staff = yk::test::enrolAndSignIn(client,
            codeFor(*server, centre.organisationId, v1::DEVICE_KIND_TABLET), centre.login, centre.password);
        QVERIFY2(staff.ok(), staff.error.c_str());
        const std::string seminarId = yk::storage::newUuid();
        const std::string sessionId = yk::storage::newUuid();
        v1::PushRequest setup;
        auto* a = setup.add_mutations();
        a->set_seq(1);
        auto* seminar = a->mutable_create_seminar()->mutable_seminar();
        seminar->set_id(seminarId);
        seminar->set_title("見守りセンサー体験会");
        seminar->set_kind(v1::SEMINAR_KIND_EXHIBITION);
        auto* b = setup.add_mutations();
        b->set_seq(2);
        auto* session = b->mutable_create_session()->mutable_session();
        session->set_id(sessionId);
        session->set_seminar_id(seminarId);
        session->set_capacity(10);
        session->mutable_starts_at()->set_seconds(4102444800);
        session->mutable_ends_at()->set_seconds(4102452000);
        const auto created = client.post<v1::PushResponse>("/v1/push", setup, staff.accessToken);
        QVERIFY(created.reply);
        QCOMPARE(created.reply->results(1).status(), v1::MUTATION_STATUS_APPLIED);

        const auto kioskA = yk::test::enrolAndSignIn(
            client, codeFor(*server, centre.organisationId, v1::DEVICE_KIND_KIOSK));
        const auto kioskB = yk::test::enrolAndSignIn(
            client, codeFor(*server, centre.organisationId, v1::DEVICE_KIND_KIOSK));
        QVERIFY(kioskA.ok() && kioskB.ok());
        yk::sync::SignUpDetails details;
        details.sessionId = sessionId;
        details.attendeeName = "来場 花子";
        details.attendeeEmail = "hanako@example.jp";
        v1::PushRequest push;
        *push.add_mutations() = yk::sync::makeSignUp(details);
        push.mutable_mutations(0)->set_seq(1);
        const auto first = client.post<v1::PushResponse>("/v1/push", push, kioskA.accessToken);
        QVERIFY(first.reply);
        QCOMPARE(first.reply->results(0).status(), v1::MUTATION_STATUS_APPLIED);

        const auto replay = client.request("POST", "/v1/push", push.SerializeAsString(),
            "application/x-protobuf", { { "Authorization", "Bearer " + kioskB.accessToken } });
        QCOMPARE(replay.status, 200);
        v1::PushResponse answer;
        QVERIFY(answer.ParseFromString(replay.body));
        QCOMPARE(answer.results(0).status(), v1::MUTATION_STATUS_REJECTED);
        QCOMPARE(answer.results(0).reason_code(), std::string("already_exists"));
        QCOMPARE(answer.results(0).records_size(), 0);
        QVERIFY(replay.body.find("hanako") == std::string::npos);
        QVERIFY(replay.body.find("花子") == std::string::npos);
    }

    // 40 silent TCP connections from 127.0.0.2 (never a TLS handshake) take at most that
    // address's pending slots; a device on 127.0.0.1 enrols, signs in, pushes and pulls as
    // usual meanwhile, and the silent ones are cut after the first-request timeout.
    void oneAbusiveClientDoesNotStopAnothersSync()
    {
        auto server = TestServer::startWithSyncService([](auto& config) {
            config.maxConnections = 32;
            config.maxConnectionsPerAddress = 8;
            config.maxPendingPerAddress = 4;
            config.firstRequestTimeout = 1500ms;
            config.loopbackIsProxy = false;
        });
        QVERIFY(server);
        const auto seed = seedDemo(*server);
        const auto& facility = account(seed, "demo-facility");
        const std::string code = codeFor(*server, facility.organisationId, v1::DEVICE_KIND_TABLET);

        std::vector<int> abusive;
        for (int i = 0; i < 40; ++i) {
            const int fd = yk::test::connectFrom("127.0.0.2", server->port());
            QVERIFY2(fd >= 0, std::strerror(errno));
            abusive.push_back(fd);
        }
        QTRY_VERIFY(server->server().metrics().limitedCount("pending_per_address") >= 30);

        QElapsedTimer timer;
        timer.start();
        auto client = server->client();
        QCOMPARE(client.request("GET", "/v1/health").status, 200);
        const auto session = yk::test::enrolAndSignIn(client, code, facility.login, facility.password);
        QVERIFY2(session.ok(), session.error.c_str());
        const auto pulled
            = client.post<v1::PullResponse>("/v1/pull", v1::PullRequest {}, session.accessToken);
        QVERIFY(pulled.reply);
        const auto pushed
            = client.post<v1::PushResponse>("/v1/push", v1::PushRequest {}, session.accessToken);
        QVERIFY(pushed.reply);
        // Well under a second on the dev build; the bound leaves room for sanitizers. Without
        // the per-address caps this device waited for the 30 s timeouts.
        QVERIFY2(timer.elapsed() < 5000, std::to_string(timer.elapsed()).c_str());
        qInfo("the other device's enrol, sign-in, pull and push took %lld ms",
            static_cast<long long>(timer.elapsed()));

        // The first-request timeout closes what never spoke.
        int closed = 0;
        for (const int fd : abusive) {
            if (yk::test::closedByPeerWithin(fd, 3s))
                ++closed;
            ::close(fd);
        }
        QCOMPARE(closed, static_cast<int>(abusive.size()));
        QVERIFY(logHas(*server, "pending_per_address"));
    }

    // Connections that did make a TLS handshake: idle ones, and ones trickling their headers
    // (slowloris), from 127.0.0.2 past its caps. Past the per-address cap a request is still
    // read and answered 503 with Retry-After; 127.0.0.1 keeps working throughout.
    void slowAndIdleTlsConnectionsAreCappedPerAddress()
    {
        yk::test::FakeApi api;
        auto server = TestServer::start(api, [](auto& config) {
            config.maxConnectionsPerAddress = 3;
            config.maxPendingPerAddress = 3;
            config.firstRequestTimeout = 1500ms;
            config.loopbackIsProxy = false;
        });
        QVERIFY(server);
        yk::test::HttpsClientOptions other;
        other.localAddress = "127.0.0.2";
        // Three idle, signed-in-looking connections: each made one request, then idles.
        std::vector<HttpsClient> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(server->client(other));
            QCOMPARE(idle.back().request("GET", "/v1/health").status, 200);
        }
        // The fourth from that address is read and told to come back later.
        auto fourth = server->client(other);
        const auto busy = fourth.request("GET", "/v1/health");
        QCOMPARE(busy.status, 503);
        QVERIFY(!busy.header("retry-after").empty());
        QVERIFY(server->server().metrics().limitedCount("connections_per_address") >= 1);
        // Slowloris: handshakes done, headers never finished; three are all it may hold.
        std::vector<HttpsClient> slow;
        std::vector<std::thread> trickle;
        for (int i = 0; i < 3; ++i)
            slow.push_back(server->client(other));
        for (auto& client : slow) {
            QCOMPARE(client.connect(), std::string());
            trickle.emplace_back(
                [&client] { (void)client.sendRaw("GET /v1/health HTTP/1.1\r\nX-Slow: 1", 5s); });
        }
        auto mine = server->client();
        QCOMPARE(mine.request("GET", "/v1/health").status, 200);
        // Idle connections that never made an authenticated request are cut after 1.5 s, and
        // so are the trickling ones (their first request never completed). This client's own
        // idle connection may be cut too, depending on how long the trickling took on a busy
        // machine, so it is closed here and the server must end with none open at all.
        for (auto& thread : trickle)
            thread.join();
        mine.close();
        QTRY_COMPARE_WITH_TIMEOUT(server->server().metrics().openConnections(), std::int64_t(0), 5000);
        auto again = server->client();
        QCOMPARE(again.request("GET", "/v1/health").status, 200);
    }

    // Health runs the store's integrity check: a damaged page makes it 503 "damaged", and the
    // storage errors go to the log without the content of any record.
    void healthReportsADamagedStore()
    {
        yk::test::TempDir temp;
        const fs::path dir = temp.path() / "store";
        {
            auto store = yk::server::ServerStore::create(dir);
            QVERIFY(store);
            QVERIFY(yk::server::importDemo(**store, yk::server::PasswordCost::forTests()));
        }
        const auto size = fs::file_size(dir / "server.db");
        {
            std::fstream file(dir / "server.db", std::ios::in | std::ios::out | std::ios::binary);
            const auto offset = static_cast<std::streamoff>((size / 4096 * 3 / 4) * 4096 + 1000);
            file.seekg(offset);
            char byte = 0;
            file.read(&byte, 1);
            byte = static_cast<char>(byte ^ 0x5a);
            file.seekp(offset);
            file.write(&byte, 1);
        }
        std::vector<std::string> logged;
        std::mutex mutex;
        yk::server::ServiceOptions options;
        options.integrityCheckInterval = 0s;
        options.onStoreError = [&](std::string_view operation, std::string_view detail) {
            std::lock_guard lock(mutex);
            logged.push_back(std::string(operation) + ": " + std::string(detail));
        };
        auto service = yk::server::SyncService::open(dir, options);
        QVERIFY2(service, service ? "" : service.error().detail.c_str());
        auto server = TestServer::start(**service);
        QVERIFY(server);
        auto client = server->client();
        // The check runs beside the health check, which answers with its last result.
        QTRY_COMPARE_WITH_TIMEOUT(client.request("GET", "/v1/health").status, 503, 10000);
        const auto health = client.request("GET", "/v1/health");
        QCOMPARE(health.body, std::string(R"({"status":"unavailable","store":"damaged"})"));
        std::lock_guard lock(mutex);
        QVERIFY(!logged.empty());
        QVERIFY2(logged.front().starts_with("integrity_check: corrupt"), logged.front().c_str());
        for (const auto& line : logged)
            QVERIFY(line.find("demo") == std::string::npos && line.find("@") == std::string::npos);
    }

    // Out of file descriptors, accept fails at once, again and again: the loop must pause
    // (not spin a core), say so in the log, and serve again once descriptors are free.
    void outOfDescriptorsBacksOffAndRecovers()
    {
        yk::test::FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.acceptBackoff = 100ms; });
        QVERIFY(server);
        rlimit original {};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
        rlimit low = original;
        low.rlim_cur = static_cast<rlim_t>(openDescriptors() + 8);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);

        std::vector<int> clients;
        for (int i = 0; i < 30; ++i) {
            const int fd = yk::test::connectFrom("127.0.0.3", server->port());
            if (fd < 0)
                break;
            clients.push_back(fd);
        }
        QTRY_VERIFY(logHas(*server, "accept_failed"));
        const double before = cpuSeconds();
        QTest::qWait(1000);
        const double used = cpuSeconds() - before;
        QVERIFY2(used < 0.5, std::to_string(used).c_str());
        QVERIFY(server->server().metrics().limitedCount("file_descriptors") >= 1);

        for (const int fd : clients)
            ::close(fd);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &original), 0);
        auto client = server->client();
        QTRY_COMPARE(client.request("GET", "/v1/health").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_server_hardening.moc"
