// The Beast HTTPS transport. One io_context on one thread runs every network operation as a
// coroutine; send() hands it a request and waits for the result, cancel() posts an abort.
// The connection is kept alive between requests and reconnected when the server closed it.
#include "certificate_pin.h"
#include "server_address.h"
#include "transport.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <exception>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace yk::sync {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

constexpr auto Tuple = asio::as_tuple(asio::use_awaitable);

// TLS 1.2 suites with forward secrecy and AEAD only; TLS 1.3 keeps OpenSSL's (all AEAD).
constexpr const char* Tls12Ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20";
constexpr std::uint32_t ResponseHeaderLimit = 64 * 1024;

TransportError error(TransportErrorKind kind, std::string detail)
{
    return TransportError { kind, std::move(detail) };
}

/// Whether `ec` says the name lookup or the TCP connect found no server.
bool isUnreachable(const error_code& ec)
{
    return ec == asio::error::connection_refused || ec == asio::error::host_unreachable
        || ec == asio::error::network_unreachable || ec == asio::error::network_down
        || ec == asio::error::host_not_found || ec == asio::error::host_not_found_try_again
        || ec == asio::error::no_data || ec == asio::error::no_recovery
        || ec == asio::error::address_family_not_supported || ec == asio::error::service_not_found
        || ec == boost::system::errc::address_not_available;
}

/// The kind for a failed certificate verification (`result` from SSL_get_verify_result).
TransportErrorKind certificateKind(long result)
{
    switch (result) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return TransportErrorKind::CertificateTimeInvalid;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return TransportErrorKind::CertificateHostMismatch;
    default:
        // Self-signed, unknown issuer, bad signature, wrong purpose, revoked …: the device
        // has no reason to trust this certificate.
        return TransportErrorKind::CertificateUntrusted;
    }
}

/// A kept-alive connection: TLS over TCP, or plain TCP in development.
struct Connection {
    std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> tls;
    std::unique_ptr<beast::tcp_stream> plain;
    beast::flat_buffer buffer;
    int exchanges = 0; ///< responses read on it

    beast::tcp_stream& lowest() const { return tls ? beast::get_lowest_layer(*tls) : *plain; }
};

/// One try of a request on one connection.
struct Attempt {
    std::optional<HttpResponse> response;
    bool keepAlive = false;
    TransportError failure;
    bool nothingReceived = false; ///< failed before the first byte of a response
};

using Request = http::request<http::span_body<const char>>;

class HttpsTransport final : public Transport {
public:
    explicit HttpsTransport(TransportOptions options);
    ~HttpsTransport() override;
    HttpsTransport(const HttpsTransport&) = delete;
    HttpsTransport& operator=(const HttpsTransport&) = delete;

    TransportResult send(const HttpRequest& request) override;
    void cancel() override;
    void disconnect() override;

private:
    asio::awaitable<TransportResult> exchange(const HttpRequest& request);
    asio::awaitable<std::optional<TransportError>> connect();
    asio::awaitable<Attempt> roundTrip(Request& request, bool isHead);
    template <typename Stream>
    asio::awaitable<Attempt> roundTripOn(
        Stream& stream, Connection& connection, Request& request, bool isHead);
    std::optional<TransportError> checkPins(SSL* ssl) const;
    TransportError networkError(const error_code& ec, std::string_view during) const;
    TransportError handshakeError(const error_code& ec, SSL* ssl) const;
    bool cancelled() const { return m_cancelCurrent.load(); }
    void abortInFlight();

    TransportOptions m_options;
    std::optional<ServerAddress> m_address;
    std::optional<TransportError> m_setupError; ///< why no request can be sent, if so
    std::vector<std::string> m_pins;
    ssl::context m_tlsContext { ssl::context::tls_client };

    asio::io_context m_io { 1 };
    asio::executor_work_guard<asio::io_context::executor_type> m_work { m_io.get_executor() };
    tcp::resolver m_resolver { m_io };
    // Owned by the io thread.
    std::unique_ptr<Connection> m_connection;
    bool m_inFlight = false;
    bool m_closeAfterExchange = false;

    std::mutex m_cancelMutex;
    bool m_sending = false; ///< guarded by m_cancelMutex
    bool m_cancelNext = false; ///< guarded by m_cancelMutex
    std::atomic<bool> m_cancelCurrent { false };

    std::thread m_thread;
};

HttpsTransport::HttpsTransport(TransportOptions options)
    : m_options(std::move(options))
{
    std::string problem;
    m_address = parseServerAddress(m_options.serverUrl, m_options.allowPlainHttp, problem);
    if (!m_address)
        m_setupError = error(TransportErrorKind::InvalidAddress, problem + ": " + m_options.serverUrl);
    else if (!parsePins(m_options.pinnedSpkiSha256, m_pins, problem))
        m_setupError = error(TransportErrorKind::InvalidAddress, problem);

    m_tlsContext.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
        | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1
        | ssl::context::no_compression);
    SSL_CTX* native = m_tlsContext.native_handle();
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);
    const bool policy = SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) == 1
        && SSL_CTX_set_cipher_list(native, Tls12Ciphers) == 1;
    if (!policy && !m_setupError)
        m_setupError = error(TransportErrorKind::TlsFailure, "cannot set the TLS version or cipher policy");
    m_tlsContext.set_verify_mode(ssl::verify_peer);
    error_code ec;
    if (m_options.caPem.empty())
        m_tlsContext.set_default_verify_paths(ec);
    else
        m_tlsContext.add_certificate_authority(asio::buffer(m_options.caPem), ec);
    if (ec && !m_setupError) {
        m_setupError = error(TransportErrorKind::CertificateUntrusted,
            m_options.caPem.empty() ? "cannot load the system's CA certificates: " + ec.message()
                                    : "the CA file holds no usable PEM certificate: " + ec.message());
    }
    ERR_clear_error();

    m_thread = std::thread([this] { m_io.run(); });
}

HttpsTransport::~HttpsTransport()
{
    try {
        asio::post(m_io, [this] {
            m_resolver.cancel();
            m_connection.reset();
        });
        m_work.reset();
        m_thread.join();
    } catch (const std::exception&) {
        // Only a failing join() throws here; the process is past saving then.
        std::terminate();
    }
}

TransportResult HttpsTransport::send(const HttpRequest& request)
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancelNext) {
            m_cancelNext = false;
            return error(TransportErrorKind::Cancelled, "cancelled before sending");
        }
        m_sending = true;
        m_cancelCurrent = false;
    }
    TransportResult result = error(TransportErrorKind::ConnectionLost, "no result");
    try {
        auto future = asio::co_spawn(m_io, exchange(request), asio::use_future);
        result = future.get();
    } catch (const std::exception& e) {
        result = error(TransportErrorKind::ConnectionLost, std::string("unexpected failure: ") + e.what());
    }
    std::lock_guard lock(m_cancelMutex);
    m_sending = false;
    return result;
}

void HttpsTransport::cancel()
{
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancelNext = true;
        if (m_sending)
            m_cancelCurrent = true;
    }
    asio::post(m_io, [this] { abortInFlight(); });
}

void HttpsTransport::abortInFlight()
{
    if (!m_inFlight || !cancelled())
        return;
    m_resolver.cancel();
    if (m_connection)
        m_connection->lowest().close();
}

void HttpsTransport::disconnect()
{
    std::promise<void> done;
    auto future = done.get_future();
    asio::post(m_io, [this, &done] {
        if (m_inFlight)
            m_closeAfterExchange = true;
        else
            m_connection.reset();
        done.set_value();
    });
    future.wait();
}

asio::awaitable<TransportResult> HttpsTransport::exchange(const HttpRequest& request)
{
    if (m_setupError)
        co_return *m_setupError;
    m_inFlight = true;
    struct InFlight {
        HttpsTransport* self;
        ~InFlight()
        {
            self->m_inFlight = false;
            if (self->m_closeAfterExchange) {
                self->m_closeAfterExchange = false;
                self->m_connection.reset();
            }
        }
    } inFlight { this };

    const bool isHead = request.method == "HEAD";
    Request message;
    const http::verb verb = http::string_to_verb(request.method);
    if (verb == http::verb::unknown)
        message.method_string(request.method);
    else
        message.method(verb);
    message.target(m_address->pathPrefix + request.target);
    message.version(11);
    message.set(http::field::host, m_address->hostHeader);
    message.set(http::field::user_agent, m_options.userAgent);
    if (!request.body.empty() || verb == http::verb::post || verb == http::verb::put)
        message.set(http::field::content_type, request.contentType);
    for (const auto& [name, value] : request.headers)
        message.insert(name, value);
    message.body() = { request.body.data(), request.body.size() };
    message.prepare_payload();

    try {
        for (int attempt = 0;; ++attempt) {
            if (cancelled())
                co_return error(TransportErrorKind::Cancelled, "cancelled");
            const bool reused = m_connection != nullptr;
            if (!reused) {
                if (auto failed = co_await connect()) {
                    m_connection.reset();
                    co_return *failed;
                }
            }
            Attempt outcome = co_await roundTrip(message, isHead);
            if (outcome.response) {
                if (!outcome.keepAlive)
                    m_connection.reset();
                co_return std::move(*outcome.response);
            }
            m_connection.reset();
            // A kept-alive connection the server closed while idle fails before any answer:
            // try once more on a fresh one. The request may still have reached the server,
            // which is why every sync request is idempotent (push is keyed by device seq).
            const bool staleConnection = reused && outcome.nothingReceived && attempt == 0
                && outcome.failure.kind == TransportErrorKind::ConnectionLost;
            if (!staleConnection)
                co_return outcome.failure;
        }
    } catch (const std::exception& e) {
        m_connection.reset();
        co_return error(TransportErrorKind::ConnectionLost, std::string("unexpected failure: ") + e.what());
    }
}

asio::awaitable<std::optional<TransportError>> HttpsTransport::connect()
{
    // The resolver has no deadline of its own: a timer cancels it.
    // (The flag is shared: the timer's handler may run after this frame is gone.)
    auto resolveTimedOut = std::make_shared<bool>(false);
    asio::steady_timer deadline(m_io);
    deadline.expires_after(m_options.connectTimeout);
    deadline.async_wait([this, resolveTimedOut](const error_code& ec) {
        if (!ec) {
            *resolveTimedOut = true;
            m_resolver.cancel();
        }
    });
    auto [resolveError, endpoints]
        = co_await m_resolver.async_resolve(m_address->host, m_address->port, Tuple);
    deadline.cancel();
    if (cancelled())
        co_return error(TransportErrorKind::Cancelled, "cancelled");
    if (*resolveTimedOut)
        co_return error(TransportErrorKind::TimedOut, "looking up " + m_address->host + " timed out");
    if (resolveError)
        co_return error(TransportErrorKind::Unreachable,
            "cannot find the address of " + m_address->host + ": " + resolveError.message());

    auto connection = std::make_unique<Connection>();
    if (m_address->tls) {
        connection->tls = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(m_io, m_tlsContext);
        SSL* ssl = connection->tls->native_handle();
        // SNI only for names (RFC 6066 forbids IP literals); the name or address checked
        // against the certificate by OpenSSL itself, so its verify result says "mismatch".
        X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        bool configured = false;
        if (m_address->hostIsIpAddress) {
            configured = X509_VERIFY_PARAM_set1_ip_asc(param, m_address->host.c_str()) == 1;
        } else {
            // SSL_set_tlsext_host_name() without its C cast.
            configured = SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                             const_cast<char*>(m_address->host.c_str()))
                    == 1
                && X509_VERIFY_PARAM_set1_host(param, m_address->host.c_str(), m_address->host.size()) == 1;
        }
        if (!configured) {
            ERR_clear_error();
            co_return error(
                TransportErrorKind::TlsFailure, "cannot set the expected host name " + m_address->host);
        }
        connection->tls->set_verify_mode(ssl::verify_peer);
    } else {
        connection->plain = std::make_unique<beast::tcp_stream>(m_io);
    }
    m_connection = std::move(connection);
    Connection& c = *m_connection;

    // One deadline for the TCP connect and the TLS handshake together.
    c.lowest().expires_after(m_options.connectTimeout);
    auto [connectError, endpoint] = co_await c.lowest().async_connect(endpoints, Tuple);
    (void)endpoint;
    if (connectError)
        co_return networkError(connectError, "connecting");
    error_code ignored;
    c.lowest().socket().set_option(tcp::no_delay(true), ignored);
    if (cancelled())
        co_return error(TransportErrorKind::Cancelled, "cancelled");

    if (c.tls) {
        auto [handshakeFailure] = co_await c.tls->async_handshake(ssl::stream_base::client, Tuple);
        if (handshakeFailure)
            co_return handshakeError(handshakeFailure, c.tls->native_handle());
        if (auto pinFailure = checkPins(c.tls->native_handle()))
            co_return pinFailure;
    }
    c.lowest().expires_never();
    co_return std::nullopt;
}

std::optional<TransportError> HttpsTransport::checkPins(SSL* ssl) const
{
    if (m_pins.empty())
        return std::nullopt;
    const std::string leaf = spkiSha256(SSL_get0_peer_certificate(ssl));
    auto pinned = [this](const std::string& key) {
        return !key.empty() && std::find(m_pins.begin(), m_pins.end(), key) != m_pins.end();
    };
    if (pinned(leaf))
        return std::nullopt;
    if (STACK_OF(X509)* chain = SSL_get0_verified_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            if (pinned(spkiSha256(sk_X509_value(chain, i))))
                return std::nullopt;
        }
    }
    return error(TransportErrorKind::CertificateChanged,
        "the server's key (SPKI SHA-256 " + leaf + ") is not the pinned one");
}

TransportError HttpsTransport::handshakeError(const error_code& ec, SSL* ssl) const
{
    if (cancelled())
        return error(TransportErrorKind::Cancelled, "cancelled");
    const long verifyResult = SSL_get_verify_result(ssl);
    if (verifyResult != X509_V_OK) {
        ERR_clear_error();
        return error(certificateKind(verifyResult),
            std::string("certificate verification failed: ") + X509_verify_cert_error_string(verifyResult));
    }
    if (ec.category() == asio::error::get_ssl_category()) {
        ERR_clear_error();
        return error(TransportErrorKind::TlsFailure, "TLS handshake failed: " + ec.message());
    }
    return networkError(ec, "the TLS handshake");
}

TransportError HttpsTransport::networkError(const error_code& ec, std::string_view during) const
{
    const std::string where = " while " + std::string(during);
    if (cancelled())
        return error(TransportErrorKind::Cancelled, "cancelled");
    if (ec == beast::error::timeout || ec == asio::error::timed_out)
        return error(TransportErrorKind::TimedOut, "timed out" + where);
    if (isUnreachable(ec))
        return error(TransportErrorKind::Unreachable,
            "cannot connect to " + m_address->host + " port " + m_address->port + ": " + ec.message());
    if (ec == http::error::body_limit)
        return error(TransportErrorKind::ConnectionLost,
            "the response is larger than " + std::to_string(m_options.maxResponseBytes) + " bytes");
    if (ec == http::error::header_limit)
        return error(TransportErrorKind::ConnectionLost, "the response headers are too large");
    if (ec.category() == asio::error::get_ssl_category())
        ERR_clear_error();
    return error(TransportErrorKind::ConnectionLost, ec.message() + where);
}

asio::awaitable<Attempt> HttpsTransport::roundTrip(Request& request, bool isHead)
{
    Connection& c = *m_connection;
    if (c.tls)
        co_return co_await roundTripOn(*c.tls, c, request, isHead);
    co_return co_await roundTripOn(*c.plain, c, request, isHead);
}

template <typename Stream>
asio::awaitable<Attempt> HttpsTransport::roundTripOn(
    Stream& stream, Connection& c, Request& request, bool isHead)
{
    Attempt attempt;
    // One deadline for writing the request, the server's work and reading the response.
    c.lowest().expires_after(m_options.requestTimeout);
    auto [writeError, written] = co_await http::async_write(stream, request, Tuple);
    (void)written;
    if (writeError) {
        attempt.failure = networkError(writeError, "sending the request");
        attempt.nothingReceived = true;
        co_return attempt;
    }
    http::response_parser<http::string_body> parser;
    parser.body_limit(m_options.maxResponseBytes);
    parser.header_limit(ResponseHeaderLimit);
    parser.skip(isHead);
    auto [readError, read] = co_await http::async_read(stream, c.buffer, parser, Tuple);
    (void)read;
    if (readError) {
        attempt.failure = networkError(readError, "reading the response");
        attempt.nothingReceived = !parser.got_some() && c.buffer.size() == 0;
        co_return attempt;
    }
    c.lowest().expires_never();
    ++c.exchanges;

    auto message = parser.release();
    HttpResponse response;
    response.status = static_cast<int>(message.result_int());
    response.body = std::move(message.body());
    for (const auto& field : message) {
        std::string name(field.name_string());
        for (char& ch : name)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        response.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    attempt.keepAlive = message.keep_alive();
    attempt.response = std::move(response);
    co_return attempt;
}

} // namespace

std::unique_ptr<Transport> makeHttpsTransport(TransportOptions options)
{
    return std::make_unique<HttpsTransport>(std::move(options));
}

} // namespace yk::sync
