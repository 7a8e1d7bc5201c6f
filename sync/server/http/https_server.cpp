#include "https_server.h"

#include "router.h"
#include "tls_context.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <sys/resource.h>

#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

namespace yk::server::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

class Session;

/// What every session shares with the server. Sessions hold it by shared_ptr, so it
/// outlives the last one whatever order the I/O context and the pool drop them in.
struct Shared {
    Shared(HttpsServerConfig c, Api& a, net::ssl::context tls)
        : config(std::move(c))
        , api(a)
        , tlsContext(std::move(tls))
    {
        std::random_device random;
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%08x", static_cast<unsigned>(random()));
        requestIdPrefix = prefix;
    }

    std::string nextRequestId() { return requestIdPrefix + "-" + std::to_string(++requestCounter); }

    /// Counts a refusal for /metrics and logs refusals at most every 10 s, with how many of
    /// each kind there were since the last line (a flood must not flood the log too).
    void refused(std::string_view limit)
    {
        metrics.recordLimited(limit);
        std::string line;
        {
            std::lock_guard lock(logMutex);
            ++refusedSinceLog[std::string(limit)];
            const auto now = Clock::now();
            if (now - lastRefusalLog < std::chrono::seconds(10) && lastRefusalLog != Clock::time_point {})
                return;
            lastRefusalLog = now;
            for (const auto& [name, count] : refusedSinceLog)
                line += (line.empty() ? "" : ", ") + name + " " + std::to_string(count);
            refusedSinceLog.clear();
        }
        config.log(eventLogLine("limited", "connections refused by limit: " + line));
    }

    struct AddressCount {
        int open = 0;
        int pending = 0; ///< no complete first request yet
    };

    HttpsServerConfig config;
    Api& api;
    net::ssl::context tlsContext;
    Router router;
    Metrics metrics;
    AttemptLimiter limiter { config.attemptLimits };
    std::string requestIdPrefix;
    std::atomic<std::uint64_t> requestCounter { 0 };

    std::mutex mutex;
    std::condition_variable changed;
    bool stopRequested = false;
    std::uint64_t nextSessionId = 0;
    std::map<std::uint64_t, std::weak_ptr<Session>> sessions;
    std::size_t refusing = 0; ///< sessions in `sessions` that only answer 503
    std::map<std::string, AddressCount, std::less<>> perAddress;

    std::mutex logMutex;
    Clock::time_point lastRefusalLog {};
    std::map<std::string, std::int64_t> refusedSinceLog;
};

bool isLoopback(const tcp::endpoint& endpoint)
{
    const auto address = endpoint.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6()).is_loopback();
    return address.is_loopback();
}

/// One client connection: TLS handshake, then requests read one at a time (keep-alive),
/// each routed on the Api pool and answered on this connection's strand.
class Session : public std::enable_shared_from_this<Session> {
public:
    /// Made under the shared mutex, counted in `perAddress` (and `refusing`) by the acceptor.
    /// A refusing session only reads one request's headers and answers 503.
    Session(tcp::socket&& socket, std::shared_ptr<Shared> shared, net::thread_pool& pool, std::uint64_t id,
        std::string address, bool loopback, bool refuse)
        : m_stream(std::move(socket), shared->tlsContext)
        , m_shared(std::move(shared))
        , m_pool(pool)
        , m_id(id)
        , m_address(std::move(address))
        , m_peerIsLoopback(loopback)
        , m_refuse(refuse)
        , m_firstRequestDeadline(Clock::now() + m_shared->config.firstRequestTimeout)
    {
        m_shared->metrics.connectionOpened();
    }

    ~Session()
    {
        m_shared->metrics.connectionClosed();
        std::lock_guard lock(m_shared->mutex);
        m_shared->sessions.erase(m_id);
        if (m_refuse)
            --m_shared->refusing;
        if (auto it = m_shared->perAddress.find(m_address); it != m_shared->perAddress.end()) {
            --it->second.open;
            if (m_pending)
                --it->second.pending;
            if (it->second.open <= 0)
                m_shared->perAddress.erase(it);
        }
        m_shared->changed.notify_all();
    }

    void start()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->handshake(); });
    }

    /// Graceful stop: an idle connection closes now, a busy one after its response.
    void requestStop()
    {
        net::post(m_stream.get_executor(), [self = shared_from_this()] {
            self->m_stopping = true;
            if (!self->m_busy)
                self->closeSocket();
        });
    }

    /// The stop deadline passed: cut the connection whatever it is doing.
    void forceClose()
    {
        net::post(m_stream.get_executor(), [self = shared_from_this()] {
            self->m_delay.cancel();
            self->closeSocket();
        });
    }

private:
    void handshake()
    {
        if (m_stopping)
            return closeSocket();
        beast::get_lowest_layer(m_stream).expires_after(
            std::min(m_shared->config.handshakeTimeout, m_shared->config.firstRequestTimeout));
        m_stream.async_handshake(net::ssl::stream_base::server,
            [self = shared_from_this()](beast::error_code ec) { self->onHandshake(ec); });
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            // Plain HTTP, TLS 1.1, a wrong certificate on the client side, or a timeout.
            m_shared->metrics.tlsHandshakeFailed();
            return fail(ec, "handshake");
        }
        readHeader();
    }

    void readHeader()
    {
        if (m_stopping)
            return shutdown();
        m_parser.emplace();
        m_parser->header_limit(m_shared->config.headerLimit);
        m_parser->body_limit(m_shared->config.bodyLimit);
        m_bytesIn = 0;
        // The first request must come promptly (counted from the accept, handshake included);
        // only a connection that has made an authenticated request may idle for long.
        if (m_firstRequest)
            beast::get_lowest_layer(m_stream).expires_at(m_firstRequestDeadline);
        else
            beast::get_lowest_layer(m_stream).expires_after(
                m_authenticated ? m_shared->config.idleTimeout : m_shared->config.firstRequestTimeout);
        m_firstRequest = false;
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](
                beast::error_code ec, std::size_t bytes) { self->onHeader(ec, bytes); });
    }

    void onHeader(beast::error_code ec, std::size_t bytes)
    {
        if (ec)
            return onReadError(ec);
        if (m_pending) {
            std::lock_guard lock(m_shared->mutex);
            if (auto it = m_shared->perAddress.find(m_address); it != m_shared->perAddress.end())
                --it->second.pending;
            m_pending = false;
        }
        if (m_refuse) {
            // Over a cap: the client learns to come back later instead of seeing a reset.
            m_busy = true;
            m_started = Clock::now();
            m_method = bhttp::to_string(m_parser->get().method());
            Response response = Router::errorResponse(m_parser->get().version(), 503, "server_busy",
                "サーバーが混み合っています。しばらくしてからもう一度お試しください。",
                "The server is busy. Please try again shortly.");
            response.set(bhttp::field::retry_after, std::to_string(m_shared->config.retryAfter.count()));
            response.keep_alive(false);
            return write(std::move(response), "(refused)");
        }
        m_hasToken = !m_parser->get()[bhttp::field::authorization].empty();
        m_busy = true;
        m_started = Clock::now();
        m_bytesIn += bytes;
        // Headers and body share one deadline so a trickled body cannot hold the
        // connection (slowloris).
        beast::get_lowest_layer(m_stream).expires_after(m_shared->config.readTimeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](
                beast::error_code readEc, std::size_t bodyBytes) { self->onRead(readEc, bodyBytes); });
    }

    void onRead(beast::error_code ec, std::size_t bytes)
    {
        if (ec)
            return onReadError(ec);
        m_bytesIn += bytes;
        auto request = std::make_shared<Request>(m_parser->release());
        m_method = bhttp::to_string(request->method());
        beast::get_lowest_layer(m_stream).expires_never();
        net::post(m_pool, [self = shared_from_this(), request] {
            RoutedResponse routed = self->routeGuarded(*request);
            net::post(self->m_stream.get_executor(), [self, routed = std::move(routed)]() mutable {
                if (routed.delay.count() <= 0)
                    return self->write(std::move(routed.response), routed.route);
                auto response = std::make_shared<RoutedResponse>(std::move(routed));
                self->m_delay.expires_after(response->delay);
                self->m_delay.async_wait([self, response](beast::error_code) {
                    self->write(std::move(response->response), response->route);
                });
            });
        });
    }

    /// The client's address for the per-address limits: the peer, or behind a local proxy the
    /// last address of the last X-Forwarded-For (the one the proxy set), or none.
    std::string clientAddress(const Request& request) const
    {
        if (!m_peerIsLoopback || !m_shared->config.loopbackIsProxy)
            return m_address;
        std::string_view forwarded;
        const auto [first, last] = request.equal_range("X-Forwarded-For");
        for (auto it = first; it != last; ++it)
            forwarded = it->value();
        if (const auto comma = forwarded.rfind(','); comma != std::string_view::npos)
            forwarded.remove_prefix(comma + 1);
        while (!forwarded.empty() && forwarded.front() == ' ')
            forwarded.remove_prefix(1);
        while (!forwarded.empty() && forwarded.back() == ' ')
            forwarded.remove_suffix(1);
        return std::string(forwarded.substr(0, 64));
    }

    /// Runs on the Api pool. Nothing thrown by an Api implementation reaches Asio.
    RoutedResponse routeGuarded(const Request& request)
    {
        const std::string address = clientAddress(request);
        const RouteContext context { m_peerIsLoopback, m_shared->config.metricsFromAnywhere,
            &m_shared->metrics, &m_shared->limiter, address, m_shared->config.refusalDelay };
        try {
            return m_shared->router.route(request, m_shared->api, context);
        } catch (...) {
            Response response = Router::errorResponse(request.version(), 500, "internal_error",
                "サーバーで問題が起きました。しばらくしてからもう一度お試しください。",
                "The server met a problem; please try again later.");
            response.keep_alive(false);
            return { std::move(response), "(error)" };
        }
    }

    void onReadError(beast::error_code ec)
    {
        if (ec == bhttp::error::body_limit)
            return answerAndClose(413, "body_too_large", "送信データが大きすぎます。",
                "The request body is larger than the server accepts.");
        if (ec == bhttp::error::header_limit)
            return answerAndClose(431, "headers_too_large", "送信データのヘッダーが大きすぎます。",
                "The request headers are larger than the server accepts.");
        if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()
            && ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message)
            return answerAndClose(400, "malformed_request", "送信データを読み取れませんでした。",
                "The request could not be parsed as HTTP.");
        fail(ec, "read");
    }

    void answerAndClose(int status, std::string_view code, std::string_view ja, std::string_view en)
    {
        if (!m_busy) {
            m_busy = true;
            m_started = Clock::now();
        }
        m_method = "(unparsed)";
        Response response = Router::errorResponse(11, status, code, ja, en);
        response.keep_alive(false);
        write(std::move(response), "(unparsed)");
    }

    void write(Response response, std::string_view route)
    {
        if (m_stopping)
            response.keep_alive(false);
        m_requestId = m_shared->nextRequestId();
        response.set(bhttp::field::server, "yokoten-server");
        response.set("X-Request-Id", m_requestId);
        m_response = std::make_shared<Response>(std::move(response));
        m_route = route;
        beast::get_lowest_layer(m_stream).expires_after(m_shared->config.writeTimeout);
        bhttp::async_write(
            m_stream, *m_response, [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                self->onWrite(ec, bytes);
            });
    }

    void onWrite(beast::error_code ec, std::size_t bytesOut)
    {
        const auto duration = Clock::now() - m_started;
        const int status = static_cast<int>(m_response->result_int());
        m_shared->metrics.recordRequest(m_route, status, duration);
        logRequest(status, bytesOut, duration);
        const bool keepAlive = m_response->keep_alive();
        if (m_hasToken && status != 401)
            m_authenticated = true;
        m_response.reset();
        m_busy = false;
        if (ec)
            return fail(ec, "write");
        if (!keepAlive || m_stopping)
            return shutdown();
        readHeader();
    }

    void logRequest(int status, std::size_t bytesOut, Clock::duration duration)
    {
        const RequestLogEntry entry { m_requestId, m_method, m_route, status, m_bytesIn, bytesOut,
            std::chrono::duration<double, std::milli>(duration).count() };
        m_shared->config.log(requestLogLine(entry));
    }

    void shutdown()
    {
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code) { self->closeSocket(); });
    }

    void closeSocket()
    {
        beast::error_code ignored;
        beast::get_lowest_layer(m_stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(m_stream).close();
    }

    /// Every failure ends the connection; the ordinary ones (peer gone, timeouts,
    /// shutdowns) are not worth a log line.
    void fail(beast::error_code ec, std::string_view what)
    {
        (void)what;
        (void)ec;
        closeSocket();
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    net::steady_timer m_delay { m_stream.get_executor() };
    std::shared_ptr<Shared> m_shared;
    net::thread_pool& m_pool;
    std::uint64_t m_id;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::shared_ptr<Response> m_response;
    std::string m_address;
    bool m_peerIsLoopback = false;
    bool m_refuse = false;
    bool m_pending = true;
    bool m_hasToken = false;
    bool m_authenticated = false;
    Clock::time_point m_firstRequestDeadline;
    bool m_firstRequest = true;
    bool m_busy = false;
    bool m_stopping = false;
    Clock::time_point m_started;
    std::size_t m_bytesIn = 0;
    std::string m_method;
    std::string m_requestId;
    std::string_view m_route;
};

} // namespace

struct HttpsServer::Impl {
    Impl(HttpsServerConfig c, Api& a)
        : config(std::move(c))
        , api(a)
        , acceptor(net::make_strand(ioc))
        , pool(static_cast<std::size_t>(std::max(1, config.apiThreads)))
    {
        if (!config.log)
            config.log = stderrLogSink();
    }

    void accept()
    {
        acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec) {
                if (ec == net::error::operation_aborted || !acceptor.is_open())
                    return;
                return acceptFailed(ec);
            }
            admit(std::move(socket));
            accept();
        });
    }

    /// Out of descriptors (EMFILE, ENFILE) or buffers, accept fails at once and would fail
    /// again at once: pause, so the loop does not spin, and say so in the log.
    void acceptFailed(beast::error_code ec)
    {
        const bool outOfResources = ec == net::error::no_descriptors || ec.value() == ENFILE
            || ec == net::error::no_buffer_space || ec == net::error::no_memory;
        if (outOfResources) {
            shared->refused(ec.value() == ENFILE ? "file_descriptors_system" : "file_descriptors");
            const auto now = Clock::now();
            if (now - lastAcceptErrorLog >= std::chrono::seconds(10)
                || lastAcceptErrorLog == Clock::time_point {}) {
                lastAcceptErrorLog = now;
                config.log(eventLogLine("accept_failed",
                    "cannot accept connections: " + ec.message()
                        + " (open connections: " + std::to_string(shared->metrics.openConnections())
                        + "); pausing accepts for " + std::to_string(config.acceptBackoff.count()) + " ms"));
            }
        }
        acceptTimer.expires_after(outOfResources ? config.acceptBackoff : std::chrono::milliseconds(1));
        acceptTimer.async_wait([this](beast::error_code timerEc) {
            if (!timerEc && acceptor.is_open())
                accept();
        });
    }

    void admit(tcp::socket socket)
    {
        // Requests and answers are written as header + body: without NODELAY, Nagle and
        // delayed ACKs hold the second segment back ~40 ms (seen as 100 ms pushes).
        beast::error_code noDelayError;
        socket.set_option(tcp::no_delay(true), noDelayError);
        beast::error_code peerError;
        const auto peer = socket.remote_endpoint(peerError);
        const bool loopback = !peerError && isLoopback(peer);
        std::string address = peerError ? std::string("?") : peer.address().to_string();

        std::shared_ptr<Session> session;
        std::string_view refusedBy;
        {
            std::lock_guard lock(shared->mutex);
            auto& count = shared->perAddress[address];
            const auto serving = shared->sessions.size() - shared->refusing;
            bool refuse = false;
            const bool proxy = loopback && config.loopbackIsProxy;
            if (shared->stopRequested) {
                refusedBy = "stopping";
            } else if (proxy) {
                if (serving >= static_cast<std::size_t>(config.maxConnections)) {
                    refusedBy = "connections_total";
                    refuse = shared->refusing < static_cast<std::size_t>(config.maxRefusalConnections);
                }
            } else if (count.pending >= config.maxPendingPerAddress) {
                // Handshakes and silent sockets of one address: closed, never answered.
                refusedBy = "pending_per_address";
            } else if (count.open - count.pending >= config.maxConnectionsPerAddress
                || count.open >= config.maxConnectionsPerAddress + config.maxPendingPerAddress
                || serving >= static_cast<std::size_t>(config.maxConnections)) {
                refusedBy = serving >= static_cast<std::size_t>(config.maxConnections)
                    ? "connections_total"
                    : "connections_per_address";
                refuse = shared->refusing < static_cast<std::size_t>(config.maxRefusalConnections);
            }
            if (refusedBy.empty() || refuse) {
                const auto id = ++shared->nextSessionId;
                session = std::make_shared<Session>(
                    std::move(socket), shared, pool, id, address, loopback, refuse);
                shared->sessions.emplace(id, session);
                ++count.open;
                ++count.pending;
                if (refuse)
                    ++shared->refusing;
            } else if (count.open == 0) {
                shared->perAddress.erase(address);
            }
        }
        if (!refusedBy.empty() && refusedBy != "stopping")
            shared->refused(refusedBy);
        if (session) {
            session->start();
        } else {
            // Past every cap: close at once rather than queue; the client backs off and retries.
            beast::error_code ignored;
            socket.close(ignored);
        }
    }

    HttpsServerConfig config;
    Api& api;
    net::io_context ioc;
    tcp::acceptor acceptor;
    net::steady_timer acceptTimer { acceptor.get_executor() };
    Clock::time_point lastAcceptErrorLog {};
    std::optional<net::signal_set> signals;
    std::shared_ptr<Shared> shared;
    net::thread_pool pool;
    unsigned short boundPort = 0;
};

HttpsServer::HttpsServer(HttpsServerConfig config, Api& api)
    : m_impl(std::make_unique<Impl>(std::move(config), api))
{
}

HttpsServer::~HttpsServer()
{
    stop();
    m_impl->pool.join();
}

AttemptLimiter* HttpsServer::attemptLimiter()
{
    return m_impl->shared ? &m_impl->shared->limiter : nullptr;
}

Metrics& HttpsServer::metrics()
{
    static Metrics unstarted;
    return m_impl->shared ? m_impl->shared->metrics : unstarted;
}

unsigned short HttpsServer::port() const
{
    return m_impl->boundPort;
}

Status<std::string> HttpsServer::start()
{
    Impl& impl = *m_impl;
    auto tls = makeServerTlsContext(impl.config.certificatePem, impl.config.privateKeyPem);
    if (!tls)
        return tls.error();
    impl.shared = std::make_shared<Shared>(impl.config, impl.api, std::move(tls.value()));

    beast::error_code ec;
    const auto address = net::ip::make_address(impl.config.address, ec);
    if (ec)
        return "not an IP address: " + impl.config.address;
    const tcp::endpoint endpoint(address, impl.config.port);
    impl.acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        impl.acceptor.bind(endpoint, ec);
    if (!ec)
        impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return "cannot listen on " + impl.config.address + ":" + std::to_string(impl.config.port) + ": "
            + ec.message();
    impl.boundPort = impl.acceptor.local_endpoint().port();

    if (impl.config.stopOnSignals) {
        impl.signals.emplace(impl.ioc, SIGINT, SIGTERM);
        impl.signals->async_wait([this](beast::error_code signalEc, int) {
            if (!signalEc)
                stop();
        });
    }
    impl.accept();
    impl.config.log(eventLogLine("start", "listening on port " + std::to_string(impl.boundPort)));
    return {};
}

void HttpsServer::run()
{
    Impl& impl = *m_impl;
    if (!impl.shared)
        return;
    // In-flight Api calls have no pending I/O; the guard keeps the threads until we are done.
    auto work = net::make_work_guard(impl.ioc);
    std::vector<std::thread> threads;
    for (int i = 0; i < std::max(1, impl.config.ioThreads); ++i)
        threads.emplace_back([&impl] { impl.ioc.run(); });

    std::unique_lock lock(impl.shared->mutex);
    impl.shared->changed.wait(lock, [&] { return impl.shared->stopRequested; });
    const bool drained = impl.shared->changed.wait_for(
        lock, impl.config.stopDeadline, [&] { return impl.shared->sessions.empty(); });
    if (!drained) {
        // Sessions unregister themselves under the mutex: drop our references outside it.
        std::vector<std::shared_ptr<Session>> stuck;
        for (auto& [id, weak] : impl.shared->sessions) {
            if (auto session = weak.lock())
                stuck.push_back(std::move(session));
        }
        lock.unlock();
        for (auto& session : stuck)
            session->forceClose();
        stuck.clear();
        lock.lock();
        impl.shared->changed.wait_for(
            lock, std::chrono::seconds(2), [&] { return impl.shared->sessions.empty(); });
    }
    lock.unlock();

    work.reset();
    impl.ioc.stop();
    for (auto& thread : threads)
        thread.join();
    impl.pool.join();
    impl.config.log(
        eventLogLine("stop", drained ? "stopped" : "stopped after cutting connections at the deadline"));
}

void HttpsServer::stop()
{
    Impl& impl = *m_impl;
    if (!impl.shared)
        return;
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard lock(impl.shared->mutex);
        if (impl.shared->stopRequested)
            return;
        impl.shared->stopRequested = true;
        for (auto& [id, weak] : impl.shared->sessions) {
            if (auto session = weak.lock())
                open.push_back(std::move(session));
        }
        impl.shared->changed.notify_all();
    }
    impl.config.log(eventLogLine("stopping", "no new connections; finishing requests in flight"));
    net::post(impl.acceptor.get_executor(), [&impl] {
        beast::error_code ignored;
        impl.acceptor.close(ignored);
        impl.acceptTimer.cancel();
        if (impl.signals)
            impl.signals->cancel(ignored);
    });
    for (auto& session : open)
        session->requestStop();
}

std::string raiseOpenFileLimit(int maxConnections)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return "cannot read the open-file limit";
    const rlim_t before = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = before;
    }
    // Each connection holds one descriptor; the store, logs and TLS files need a few dozen.
    const auto needed = static_cast<rlim_t>(maxConnections) + 128;
    std::string text = "open-file limit " + std::to_string(limit.rlim_cur) + " (was " + std::to_string(before)
        + ", hard limit " + std::to_string(limit.rlim_max) + ")";
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed)
        text += "; below the " + std::to_string(needed)
            + " that --max-connections needs: raise LimitNOFILE (systemd) or ulimit -n";
    return text;
}

} // namespace yk::server::http
