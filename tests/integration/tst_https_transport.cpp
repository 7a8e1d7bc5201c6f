// The sync engine's HTTPS transport against the real HTTPS server on loopback: certificate
// verification and its error kinds, pinning, keep-alive, timeouts, cancellation, and network
// faults through the fault-injecting proxy.
#include "fake_api.h"
#include "fault_proxy.h"
#include "test_server.h"

#include "transport/transport.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QtTest>

#include <fstream>
#include <future>
#include <sstream>
#include <thread>

using yk::sync::HttpRequest;
using yk::sync::HttpResponse;
using yk::sync::TransportError;
using yk::sync::TransportErrorKind;
using yk::sync::TransportOptions;
using yk::sync::TransportResult;
using yk::test::FakeApi;
using yk::test::FaultProxy;
using yk::test::TempDir;
using yk::test::TestServer;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(TransportErrorKind)

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};

/// Writes a self-signed CA:TRUE certificate for `subjectAltNames` valid from now+`notBefore`
/// to now+`notAfter`, and its key, into `dir` (made at test time; never committed).
bool writeCertificate(const fs::path& dir, const std::string& subjectAltNames, std::chrono::seconds notBefore,
    std::chrono::seconds notAfter)
{
    std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, Deleter<X509_free>> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_NAME* name = X509_get_subject_name(cert.get());
    bool ok = X509_set_version(cert.get(), 2) == 1
        && ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 7) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), static_cast<long>(notBefore.count())) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(notAfter.count())) != nullptr
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("yokoten test"), -1, -1, 0)
            == 1
        && X509_set_issuer_name(cert.get(), name) == 1 && X509_set_pubkey(cert.get(), key.get()) == 1;
    for (const auto& [nid, value] : std::vector<std::pair<int, std::string>> {
             { NID_basic_constraints, "critical,CA:TRUE" },
             { NID_key_usage, "critical,digitalSignature,keyCertSign" },
             { NID_ext_key_usage, "serverAuth" },
             { NID_subject_alt_name, subjectAltNames },
         }) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
        ok = ok && ext && X509_add_ext(cert.get(), ext, -1) == 1;
        X509_EXTENSION_free(ext);
    }
    ok = ok && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return false;
    std::unique_ptr<FILE, Deleter<std::fclose>> certFile(std::fopen((dir / "cert.pem").c_str(), "w"));
    std::unique_ptr<FILE, Deleter<std::fclose>> keyFile(std::fopen((dir / "key.pem").c_str(), "w"));
    return certFile && keyFile && PEM_write_X509(certFile.get(), cert.get()) == 1
        && PEM_write_PrivateKey(keyFile.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
}

/// A server with a certificate made by writeCertificate().
std::unique_ptr<TestServer> startWithCertificate(FakeApi& api, const fs::path& dir)
{
    return TestServer::start(api, [dir](auto& config) {
        config.certificatePem = dir / "cert.pem";
        config.privateKeyPem = dir / "key.pem";
    });
}

TransportOptions optionsFor(unsigned short port, const fs::path& caFile, std::string host = "127.0.0.1")
{
    TransportOptions options;
    options.serverUrl = "https://" + host + ":" + std::to_string(port);
    if (!caFile.empty())
        options.caPem = readFile(caFile);
    options.connectTimeout = 10s;
    options.requestTimeout = 20s;
    return options;
}

HttpRequest health()
{
    HttpRequest request;
    request.method = "GET";
    request.target = "/v1/health";
    return request;
}

HttpRequest push(std::int64_t seq)
{
    yokoten::v1::PushRequest body;
    body.add_mutations()->set_seq(seq);
    HttpRequest request;
    request.target = "/v1/push";
    request.body = body.SerializeAsString();
    request.headers.emplace_back("Authorization", std::string("Bearer ") + FakeApi::GoodToken);
    return request;
}

/// The error kind of a failed result, or a message saying there was a response.
std::optional<TransportErrorKind> kindOf(const TransportResult& result)
{
    if (const auto* failure = std::get_if<TransportError>(&result))
        return failure->kind;
    return std::nullopt;
}

std::string describe(const TransportResult& result)
{
    if (const auto* failure = std::get_if<TransportError>(&result))
        return std::string(yk::sync::transportErrorCode(failure->kind)) + ": " + failure->detail;
    return "HTTP " + std::to_string(std::get<HttpResponse>(result).status);
}

/// A port nothing listens on (bound, then closed).
unsigned short closedPort()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(
        io, boost::asio::ip::tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0));
    return acceptor.local_endpoint().port();
}

} // namespace

// Each evaluates `result` once (it is usually a send()).
#define VERIFY_RESPONSE(result, expectedStatus)                                                              \
    do {                                                                                                     \
        const TransportResult verified = (result);                                                           \
        QVERIFY2(std::holds_alternative<HttpResponse>(verified), describe(verified).c_str());                \
        QCOMPARE(std::get<HttpResponse>(verified).status, expectedStatus);                                   \
    } while (false)

#define VERIFY_KIND(result, expectedKind)                                                                    \
    do {                                                                                                     \
        const TransportResult verified = (result);                                                           \
        QVERIFY2(kindOf(verified) == (expectedKind), describe(verified).c_str());                            \
    } while (false)

class TestHttpsTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthWithTheServersCertificate()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(server->port(), server->caFile()));
        const auto result = transport->send(health());
        VERIFY_RESPONSE(result, 200);
        const auto& response = std::get<HttpResponse>(result);
        QCOMPARE(response.body, std::string(R"({"status":"ok"})"));
        QVERIFY(!response.header("x-request-id").empty());
    }

    void byNameWithSniAndAnExtraHeaderAndBody()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto transport
            = yk::sync::makeHttpsTransport(optionsFor(server->port(), server->caFile(), "localhost"));
        const auto result = transport->send(push(3));
        VERIFY_RESPONSE(result, 200);
        yokoten::v1::PushResponse reply;
        QVERIFY(reply.ParseFromString(std::get<HttpResponse>(result).body));
        QCOMPARE(reply.results_size(), 1);
        QCOMPARE(reply.last_applied_seq(), std::int64_t(3));
        std::lock_guard lock(api.mutex);
        QCOMPARE(api.lastToken, std::string(FakeApi::GoodToken));
    }

    void theSystemCasRefuseASelfSignedServer()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(server->port(), {}));
        const auto result = transport->send(health());
        VERIFY_KIND(result, TransportErrorKind::CertificateUntrusted);
        QCOMPARE(api.calls.load(), 0);
    }

    void anotherCaIsRefused()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        auto other = TestServer::start(api);
        QVERIFY(server && other);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(server->port(), other->caFile()));
        VERIFY_KIND(transport->send(health()), TransportErrorKind::CertificateUntrusted);
    }

    void aCaFileWithoutACertificateIsRefused()
    {
        TransportOptions options = optionsFor(closedPort(), {});
        options.caPem = "not a certificate";
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::CertificateUntrusted);
    }

    void aCertificateForAnotherNameIsRefused()
    {
        TempDir dir;
        QVERIFY(writeCertificate(dir.path(), "DNS:sync.example.jp,IP:192.0.2.1", -60s, 24h));
        FakeApi api;
        auto server = startWithCertificate(api, dir.path());
        QVERIFY(server);
        auto byAddress = yk::sync::makeHttpsTransport(optionsFor(server->port(), dir.path() / "cert.pem"));
        VERIFY_KIND(byAddress->send(health()), TransportErrorKind::CertificateHostMismatch);
        auto byName
            = yk::sync::makeHttpsTransport(optionsFor(server->port(), dir.path() / "cert.pem", "localhost"));
        VERIFY_KIND(byName->send(health()), TransportErrorKind::CertificateHostMismatch);
        QCOMPARE(api.calls.load(), 0);
    }

    void anExpiredCertificateIsRefused_data()
    {
        QTest::addColumn<qint64>("notBeforeSeconds");
        QTest::addColumn<qint64>("notAfterSeconds");
        QTest::newRow("expired") << qint64(-30 * 24 * 3600) << qint64(-24 * 3600);
        QTest::newRow("not yet valid") << qint64(24 * 3600) << qint64(30 * 24 * 3600);
    }

    void anExpiredCertificateIsRefused()
    {
        QFETCH(qint64, notBeforeSeconds);
        QFETCH(qint64, notAfterSeconds);
        TempDir dir;
        QVERIFY(writeCertificate(dir.path(), "DNS:localhost,IP:127.0.0.1",
            std::chrono::seconds(notBeforeSeconds), std::chrono::seconds(notAfterSeconds)));
        FakeApi api;
        auto server = startWithCertificate(api, dir.path());
        QVERIFY(server);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(server->port(), dir.path() / "cert.pem"));
        VERIFY_KIND(transport->send(health()), TransportErrorKind::CertificateTimeInvalid);
    }

    void theRightPinIsAccepted()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        TransportOptions options = optionsFor(server->port(), server->caFile());
        const std::string pin = yk::sync::spkiSha256OfPem(options.caPem);
        QCOMPARE(pin.size(), std::size_t(64));
        // Upper case, colons and a second (rollover) pin are all accepted.
        std::string written = QByteArray::fromStdString(pin).toUpper().toStdString();
        written.insert(2, ":");
        options.pinnedSpkiSha256 = std::string(64, '0') + "," + written;
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_RESPONSE(transport->send(health()), 200);
    }

    void anotherKeyThanThePinnedOneIsRefused()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        auto other = TestServer::start(api);
        QVERIFY(server && other);
        TransportOptions options = optionsFor(server->port(), server->caFile());
        options.pinnedSpkiSha256 = yk::sync::spkiSha256OfPem(readFile(other->caFile()));
        QVERIFY(!options.pinnedSpkiSha256.empty());
        QVERIFY(options.pinnedSpkiSha256 != yk::sync::spkiSha256OfPem(options.caPem));
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::CertificateChanged);
        QCOMPARE(api.calls.load(), 0);
    }

    void thePinOfAPemIsStable()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        const std::string pem = readFile(server->caFile());
        QCOMPARE(yk::sync::spkiSha256OfPem(pem), yk::sync::spkiSha256OfPem(pem + "\n"));
        QCOMPARE(yk::sync::spkiSha256OfPem("no certificate"), std::string());
    }

    void unusableAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pin");
        QTest::newRow("other scheme") << "ftp://127.0.0.1"
                                      << "";
        QTest::newRow("plain http without the flag") << "http://127.0.0.1:8080"
                                                     << "";
        QTest::newRow("no host") << "https://"
                                 << "";
        QTest::newRow("port zero") << "https://127.0.0.1:0"
                                   << "";
        QTest::newRow("port too large") << "https://127.0.0.1:70000"
                                        << "";
        QTest::newRow("user info") << "https://user:pw@127.0.0.1"
                                   << "";
        QTest::newRow("bare IPv6") << "https://::1:8443"
                                   << "";
        QTest::newRow("query") << "https://127.0.0.1/?a=b"
                               << "";
        QTest::newRow("space in path") << "https://127.0.0.1/a b"
                                       << "";
        QTest::newRow("bad pin") << "https://127.0.0.1"
                                 << "abc";
    }

    void unusableAddressesAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, pin);
        TransportOptions options;
        options.serverUrl = url.toStdString();
        options.pinnedSpkiSha256 = pin.toStdString();
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::InvalidAddress);
    }

    void aPathPrefixIsSent()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        // The server has no /prefix routes: a 404 proves the prefix was sent.
        TransportOptions options = optionsFor(server->port(), server->caFile());
        options.serverUrl += "/prefix/";
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_RESPONSE(transport->send(health()), 404);
    }

    void anIpv6AddressInBrackets()
    {
        FakeApi api;
        auto server = TestServer::start(api, [](auto& config) { config.address = "::1"; });
        if (!server)
            QSKIP("no IPv6 loopback here");
        TransportOptions options = optionsFor(server->port(), server->caFile());
        options.serverUrl = "https://[::1]:" + std::to_string(server->port());
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_RESPONSE(transport->send(health()), 200);
    }

    void aClosedPortIsUnreachable()
    {
        auto transport = yk::sync::makeHttpsTransport(optionsFor(closedPort(), {}));
        VERIFY_KIND(transport->send(health()), TransportErrorKind::Unreachable);
    }

    void anUnknownHostIsUnreachable()
    {
        // ".invalid" never resolves (RFC 2606).
        TransportOptions options;
        options.serverUrl = "https://yokoten.invalid";
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::Unreachable);
    }

    void plainHttpToAnHttpsServerIsNotAResponse()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        TransportOptions options = optionsFor(server->port(), {});
        options.serverUrl = "http://127.0.0.1:" + std::to_string(server->port());
        options.allowPlainHttp = true;
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::ConnectionLost);
    }

    void aResponseOverTheLimitIsRefused()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        TransportOptions options = optionsFor(server->port(), server->caFile());
        options.maxResponseBytes = 4;
        auto transport = yk::sync::makeHttpsTransport(options);
        const auto result = transport->send(health());
        VERIFY_KIND(result, TransportErrorKind::ConnectionLost);
        QVERIFY(std::get<TransportError>(result).detail.find("larger") != std::string::npos);
    }

    void keptAliveConnectionServesManyRequests()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(proxy->port(), server->caFile()));
        for (int i = 0; i < 10; ++i)
            VERIFY_RESPONSE(transport->send(i % 2 ? health() : push(i + 1)), 200);
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(1));
        QCOMPARE(api.pushCalls.load(), 5);

        transport->disconnect();
        VERIFY_RESPONSE(transport->send(health()), 200);
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(2));
    }

    void aConnectionTheServerDroppedWhileIdleIsReplacedOnce()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(proxy->port(), server->caFile()));
        VERIFY_RESPONSE(transport->send(push(1)), 200);
        proxy->resetAll();
        VERIFY_RESPONSE(transport->send(push(3)), 200);
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(2));
        QCOMPARE(api.pushCalls.load(), 2);
    }

    void aBlackHoleTimesOut()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::BlackHole);
        TransportOptions options = optionsFor(proxy->port(), server->caFile());
        options.connectTimeout = 300ms;
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::TimedOut);
        QCOMPARE(proxy->upstreamConnections(), std::int64_t(0));
    }

    void aServerThatStopsAnsweringTimesOut()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        TransportOptions options = optionsFor(proxy->port(), server->caFile());
        options.requestTimeout = 2s;
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_RESPONSE(transport->send(health()), 200);
        proxy->setFaultLive(FaultProxy::Fault::BlackHole);
        VERIFY_KIND(transport->send(push(1)), TransportErrorKind::TimedOut);
        // Timing out is not retried: the request may be running on the server.
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(1));
    }

    void aSlowNetworkPastTheDeadlineTimesOut()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        TransportOptions options = optionsFor(proxy->port(), server->caFile());
        options.requestTimeout = 2s;
        auto transport = yk::sync::makeHttpsTransport(options);
        VERIFY_RESPONSE(transport->send(health()), 200);
        proxy->setDelay(10s);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::TimedOut);
        proxy->setDelay(0ms);
    }

    void aSlowNetworkWithinTheDeadlineWorks()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        proxy->setDelay(50ms);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(proxy->port(), server->caFile()));
        VERIFY_RESPONSE(transport->send(push(1)), 200);
        VERIFY_RESPONSE(transport->send(push(3)), 200);
    }

    void cutResponsesAreConnectionLost_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("cutBeforeEnd");
        QTest::newRow("truncated response") << int(FaultProxy::Fault::TruncateDownstreamAfter) << 20;
        QTest::newRow("reset mid-response") << int(FaultProxy::Fault::DropDownstreamAfter) << 20;
        QTest::newRow("reset mid-handshake") << int(FaultProxy::Fault::DropDownstreamAfter) << 100000;
        QTest::newRow("reset while sending") << int(FaultProxy::Fault::DropUpstreamAfter) << -1;
        QTest::newRow("refused by the proxy") << int(FaultProxy::Fault::Refuse) << 0;
    }

    void cutResponsesAreConnectionLost()
    {
        QFETCH(int, fault);
        QFETCH(int, cutBeforeEnd);
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(proxy->port(), server->caFile()));
        // How many bytes come down for a handshake and one answer, on a fresh connection.
        VERIFY_RESPONSE(transport->send(health()), 200);
        transport->disconnect();
        QTRY_COMPARE(proxy->connectionsOpen(), std::int64_t(0));
        const std::int64_t down = proxy->bytesDownstream();
        const std::int64_t up = proxy->bytesUpstream();

        std::size_t bytes = 0;
        if (cutBeforeEnd > 0)
            bytes = static_cast<std::size_t>(std::max<std::int64_t>(down - cutBeforeEnd, 1));
        if (cutBeforeEnd < 0)
            bytes = static_cast<std::size_t>(up / 2);
        proxy->setFault(static_cast<FaultProxy::Fault>(fault), bytes);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::ConnectionLost);
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(2));

        proxy->setFault(FaultProxy::Fault::PassThrough);
        VERIFY_RESPONSE(transport->send(health()), 200);
    }

    void cancelFromAnotherThreadEndsTheSend()
    {
        FakeApi api;
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::BlackHole);
        TransportOptions options = optionsFor(proxy->port(), server->caFile());
        options.connectTimeout = 120s;
        options.requestTimeout = 120s;
        auto transport = yk::sync::makeHttpsTransport(options);

        const auto started = std::chrono::steady_clock::now();
        auto sent = std::async(std::launch::async, [&] { return transport->send(health()); });
        QTRY_COMPARE(proxy->connectionsAccepted(), std::int64_t(1));
        transport->cancel();
        QVERIFY(sent.wait_for(60s) == std::future_status::ready);
        VERIFY_KIND(sent.get(), TransportErrorKind::Cancelled);
        // Far below the 120 s the send would otherwise have waited.
        QVERIFY(std::chrono::steady_clock::now() - started < 60s);

        // The next send is cancelled too, without touching the network; then sends work.
        proxy->setFault(FaultProxy::Fault::PassThrough);
        VERIFY_KIND(transport->send(health()), TransportErrorKind::Cancelled);
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(1));
        VERIFY_RESPONSE(transport->send(health()), 200);
    }

    void cancelWhileTheServerWorks()
    {
        FakeApi api;
        std::promise<void> entered;
        std::promise<void> release;
        auto released = release.get_future().share();
        api.onPush = [&] {
            entered.set_value();
            released.wait();
        };
        auto server = TestServer::start(api);
        QVERIFY(server);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(server->port(), server->caFile()));
        auto sent = std::async(std::launch::async, [&] { return transport->send(push(1)); });
        QVERIFY(entered.get_future().wait_for(30s) == std::future_status::ready);
        transport->cancel();
        QVERIFY(sent.wait_for(30s) == std::future_status::ready);
        release.set_value();
        VERIFY_KIND(sent.get(), TransportErrorKind::Cancelled);
    }

    void aServerRestartMidPushLosesOnlyThatRequest()
    {
        FakeApi first;
        std::promise<void> entered;
        std::promise<void> release;
        auto released = release.get_future().share();
        first.onPush = [&] {
            entered.set_value();
            released.wait();
        };
        auto server = TestServer::start(first);
        FakeApi second;
        QVERIFY(server);
        auto proxy = FaultProxy::start(server->port());
        QVERIFY(proxy);
        // Both servers must trust-match: the restarted one reuses the first one's certificate.
        const fs::path tls = server->dataDir() / "tls";
        auto restarted = TestServer::start(second, [tls](auto& config) {
            config.certificatePem = tls / "server.crt";
            config.privateKeyPem = tls / "server.key";
        });
        QVERIFY(restarted);
        auto transport = yk::sync::makeHttpsTransport(optionsFor(proxy->port(), server->caFile()));

        auto sent = std::async(std::launch::async, [&] { return transport->send(push(1)); });
        QVERIFY(entered.get_future().wait_for(30s) == std::future_status::ready);
        // The server dies with the push in flight and comes back on another port.
        proxy->setUpstreamPort(restarted->port());
        proxy->resetAll();
        QVERIFY(sent.wait_for(30s) == std::future_status::ready);
        VERIFY_KIND(sent.get(), TransportErrorKind::ConnectionLost);
        release.set_value();
        server->stop();

        VERIFY_RESPONSE(transport->send(push(1)), 200);
        QCOMPARE(second.pushCalls.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpsTransport)
#include "tst_https_transport.moc"
