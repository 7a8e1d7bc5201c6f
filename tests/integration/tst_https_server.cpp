// The HTTPS server over real TLS on loopback with a fake Api: TLS policy, limits, timeouts,
// the connection cap, graceful stop, logs and metrics.
#include "fake_api.h"
#include "test_server.h"

#include <openssl/ssl.h>

#include <QtTest>

#include <future>
#include <thread>

using yk::test::FakeApi;
using yk::test::HttpsClient;
using yk::test::TestServer;
namespace v1 = yokoten::v1;
using namespace std::chrono_literals;

class TestHttpsServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthOverHttpsKeepsTheConnection()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto client = server->client();
        auto first = client.request("GET", "/v1/health");
        QVERIFY2(first.ok(), first.transportError.c_str());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, std::string(R"({"status":"ok"})"));
        QVERIFY(!first.header("x-request-id").empty());
        QVERIFY(client.connected());
        auto second = client.get<v1::ServerInfo>("/v1/server-info");
        QCOMPARE(second.status, 200);
        QVERIFY(second.reply.has_value());
        QCOMPARE(server->server().metrics().openConnections(), std::int64_t(1));
    }

    void plainHttpIsRefused()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        const auto exchange = yk::test::plainTcpExchange(
            server->port(), "GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n", 10s);
        QVERIFY(exchange.closedByServer);
        QVERIFY(exchange.received.find("HTTP/1.1 200") == std::string::npos);
        QVERIFY(exchange.received.find("status") == std::string::npos);
        QCOMPARE(api.calls.load(), 0);
        QTRY_VERIFY(server->server().metrics().tlsHandshakeFailures() >= 1);
    }

    void tls11IsRefused()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        yk::test::HttpsClientOptions old;
        old.maxTlsVersion = TLS1_1_VERSION;
        auto client = server->client(old);
        QVERIFY(!client.connect().empty());
        auto modern = server->client();
        QCOMPARE(modern.connect(), std::string());
    }

    void aClientWithAnotherCaRefusesTheServer()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        auto other = TestServer::start(api);
        QVERIFY(server && other);
        HttpsClient client(server->port(), other->caFile());
        QVERIFY(client.connect().find("handshake") != std::string::npos);
    }

    void bodyTooLargeIs413()
    {
        FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.bodyLimit = 1024; });
        QVERIFY(server);
        auto client = server->client();
        auto reply = client.request("POST", "/v1/push", std::string(4096, 'x'), "application/x-protobuf");
        QVERIFY2(reply.ok(), reply.transportError.c_str());
        QCOMPARE(reply.status, 413);
        v1::ErrorResponse error;
        QVERIFY(error.ParseFromString(reply.body));
        QCOMPARE(error.code(), std::string("body_too_large"));
        QVERIFY(!reply.header("date").empty());
        QCOMPARE(api.pushCalls.load(), 0);
    }

    // Answers made before a request is parsed carry a Date too (docs/protocol.md).
    void malformedRequestIs400WithADate()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto client = server->client();
        QCOMPARE(client.connect(), std::string());
        const auto exchange = client.sendRaw("GET /v1/health HTTP/1.1\r\nHost localhost\r\n\r\n", 10s);
        QVERIFY(exchange.received.find("HTTP/1.1 400") == 0);
        QVERIFY(exchange.received.find("\r\nDate: ") != std::string::npos);
        QCOMPARE(api.calls.load(), 0);
    }

    void headersTooLargeAre431OrClosed()
    {
        FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.headerLimit = 1024; });
        QVERIFY(server);
        auto client = server->client();
        auto reply = client.request("GET", "/v1/health", {}, {}, { { "X-Padding", std::string(8192, 'p') } });
        QVERIFY(!reply.ok() || reply.status == 431);
        if (reply.ok())
            QVERIFY(!reply.header("date").empty());
        QCOMPARE(api.calls.load(), 0);
    }

    void slowRequestsAreCut()
    {
        FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.readTimeout = 300ms; });
        QVERIFY(server);
        auto client = server->client();
        QCOMPARE(client.connect(), std::string());
        // Headers that never end (slowloris): the server must hang up, not wait forever.
        const auto exchange = client.sendRaw("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1", 20s);
        QVERIFY(exchange.closedByServer);
        QVERIFY(exchange.received.find("200") == std::string::npos);
    }

    void connectionsPastTheCapAre503WithRetryAfter()
    {
        FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.maxConnections = 2; });
        QVERIFY(server);
        auto a = server->client();
        auto b = server->client();
        QCOMPARE(a.request("GET", "/v1/health").status, 200);
        QCOMPARE(b.request("GET", "/v1/health").status, 200);
        // Past the cap a request is still read and answered: come back later.
        auto c = server->client();
        const auto refused = c.request("GET", "/v1/health");
        QVERIFY2(refused.ok(), refused.transportError.c_str());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("retry-after"), std::string("5"));
        QVERIFY(!refused.header("date").empty());
        QCOMPARE(api.calls.load(), 0);
        QCOMPARE(server->server().metrics().limitedCount("connections_total"), std::int64_t(1));
        const auto logged = [&] {
            const auto lines = server->logLines();
            return std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
                return line.find("connections_total 1") != std::string::npos;
            });
        };
        QTRY_VERIFY(logged());
        c.close();

        // A freed slot is usable again once the server has seen the close.
        a.close();
        QTRY_COMPARE(server->server().metrics().openConnections(), std::int64_t(1));
        auto d = server->client();
        QCOMPARE(d.request("GET", "/v1/health").status, 200);
    }

    void gracefulStopFinishesTheRequestInFlight()
    {
        FakeApi api;
        std::promise<void> entered;
        std::promise<void> release;
        auto released = release.get_future().share();
        std::atomic<bool> enteredOnce { false };
        api.onPush = [&] {
            if (!enteredOnce.exchange(true))
                entered.set_value();
            released.wait();
        };
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto idle = server->client();
        QCOMPARE(idle.request("GET", "/v1/health").status, 200);

        v1::PushRequest push;
        push.add_mutations()->set_seq(1);
        auto inFlight = std::async(std::launch::async, [&] {
            auto client = server->client();
            return client.post<v1::PushResponse>("/v1/push", push, FakeApi::GoodToken);
        });
        QVERIFY(entered.get_future().wait_for(10s) == std::future_status::ready);

        auto stopped = std::async(std::launch::async, [&] { server->stop(); });
        // Stop has begun: new connections are no longer served.
        QTRY_VERIFY(!server->client().request("GET", "/v1/health").ok());
        QVERIFY(stopped.wait_for(0ms) == std::future_status::timeout);
        release.set_value();

        const auto reply = inFlight.get();
        QVERIFY2(reply.transportError.empty(), reply.transportError.c_str());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.reply.has_value());
        QCOMPARE(reply.reply->results_size(), 1);
        QVERIFY(stopped.wait_for(20s) == std::future_status::ready);
        QVERIFY(!idle.request("GET", "/v1/health").ok());
        const auto lines = server->logLines();
        QVERIFY(lines.back().find(R"("event":"stop")") != std::string::npos);
    }

    void logLinesCarryTemplatesNotIdsOrTokens()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto client = server->client();
        const std::string sha(64, 'c');
        QCOMPARE(client
                     .request("GET", "/v1/attachments/" + sha + "/status", {}, {},
                         { { "Authorization", std::string("Bearer ") + FakeApi::GoodToken } })
                     .status,
            200);
        QCOMPARE(client
                     .request("GET", "/v1/aggregates/assessments?family=secret-family", {}, {},
                         { { "Authorization", std::string("Bearer ") + FakeApi::GoodToken } })
                     .status,
            200);
        std::string all;
        QTRY_VERIFY((all =
                            [&] {
                                std::string joined;
                                for (const auto& line : server->logLines())
                                    joined += line + "\n";
                                return joined;
                            }())
                        .find("/v1/aggregates/assessments")
            != std::string::npos);
        QVERIFY(all.find(R"("route":"/v1/attachments/{sha256}/status")") != std::string::npos);
        QVERIFY(all.find(R"("status":200)") != std::string::npos);
        QVERIFY(all.find(R"("duration_ms":)") != std::string::npos);
        QVERIFY(all.find(sha) == std::string::npos);
        QVERIFY(all.find(FakeApi::GoodToken) == std::string::npos);
        QVERIFY(all.find("secret-family") == std::string::npos);
    }

    void metricsOverHttps()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto client = server->client();
        QCOMPARE(client.request("GET", "/v1/health").status, 200);
        QCOMPARE(client.request("GET", "/nope").status, 404);
        const auto reply = client.request("GET", "/metrics");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), std::string("text/plain; version=0.0.4"));
        QVERIFY(reply.body.find(R"(yokoten_http_requests_total{route="/v1/health",status="200"} 1)")
            != std::string::npos);
        QVERIFY(reply.body.find(R"x(yokoten_http_requests_total{route="(unmatched)",status="404"} 1)x")
            != std::string::npos);
        QVERIFY(
            reply.body.find(R"(yokoten_http_request_duration_seconds_bucket{route="/v1/health",le="0.001"})")
            != std::string::npos);
        QVERIFY(reply.body.find("yokoten_open_connections 1") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "tst_https_server.moc"
