#include "fault_proxy.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

namespace yk::test {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

namespace {

constexpr auto Tuple = asio::as_tuple(asio::use_awaitable);

/// One proxied connection: the client's socket and ours to the server. Lives as long as a
/// coroutine uses it; only the proxy's thread touches it.
struct Link {
    explicit Link(asio::io_context& io, tcp::socket accepted)
        : client(std::move(accepted))
        , server(io)
        , upTimer(io)
        , downTimer(io)
    {
    }

    tcp::socket client;
    tcp::socket server;
    asio::steady_timer upTimer;
    asio::steady_timer downTimer;
    FaultProxy::Settings settings;
    std::uint64_t generation = 0;
    std::size_t up = 0; ///< forwarded since the settings were adopted
    std::size_t down = 0;
    bool closed = false;
    bool truncated = false; ///< the response was cut: swallow the rest from the client
    int halfClosed = 0;

    /// Abortive close (RST to both sides).
    void reset()
    {
        if (closed)
            return;
        closed = true;
        error_code ignored;
        for (tcp::socket* socket : { &client, &server }) {
            if (socket->is_open()) {
                socket->set_option(asio::socket_base::linger(true, 0), ignored);
                socket->close(ignored);
            }
        }
        upTimer.cancel();
        downTimer.cancel();
    }
    /// Orderly close.
    void close()
    {
        if (closed)
            return;
        closed = true;
        error_code ignored;
        client.shutdown(tcp::socket::shutdown_both, ignored);
        client.close(ignored);
        server.close(ignored);
        upTimer.cancel();
        downTimer.cancel();
    }
};

} // namespace

struct FaultProxy::State {
    asio::io_context io { 1 };
    tcp::acceptor acceptor { io };
    std::thread thread;
    std::atomic<unsigned short> upstreamPort { 0 };
    unsigned short port = 0; ///< ours, set before the thread starts

    mutable std::mutex mutex;
    Settings settings; ///< guarded by mutex
    std::uint64_t liveGeneration = 0; ///< guarded by mutex

    std::atomic<std::int64_t> accepted { 0 };
    std::atomic<std::int64_t> open { 0 };
    std::atomic<std::int64_t> upstreamConnects { 0 };
    std::atomic<std::int64_t> bytesUp { 0 };
    std::atomic<std::int64_t> bytesDown { 0 };

    std::vector<std::weak_ptr<Link>> links; ///< proxy thread only

    void adopt(Link& link)
    {
        std::lock_guard lock(mutex);
        link.settings.delay = settings.delay;
        if (link.generation != liveGeneration) {
            link.settings = settings;
            link.generation = liveGeneration;
            link.up = 0;
            link.down = 0;
        }
    }

    void forEachLink(const std::function<void(Link&)>& action)
    {
        std::erase_if(links, [](const std::weak_ptr<Link>& weak) { return weak.expired(); });
        for (const auto& weak : links) {
            if (auto link = weak.lock())
                action(*link);
        }
    }

    asio::awaitable<void> acceptLoop()
    {
        for (;;) {
            auto [ec, socket] = co_await acceptor.async_accept(Tuple);
            if (ec) {
                if (!acceptor.is_open())
                    co_return;
                continue;
            }
            ++accepted;
            asio::co_spawn(io, serve(std::move(socket)), asio::detached);
        }
    }

    asio::awaitable<void> serve(tcp::socket socket)
    {
        auto link = std::make_shared<Link>(io, std::move(socket));
        links.push_back(link);
        ++open;
        struct Closed {
            std::atomic<std::int64_t>& open;
            ~Closed() { --open; }
        } closedCounter { open };
        {
            std::lock_guard lock(mutex);
            link->settings = settings;
            link->generation = liveGeneration;
        }
        if (link->settings.fault == Fault::Refuse) {
            link->reset();
            co_return;
        }
        if (link->settings.fault == Fault::BlackHole) {
            co_await swallow(link);
            co_return;
        }
        const tcp::endpoint upstream(asio::ip::address_v4::loopback(), upstreamPort.load());
        auto [ec] = co_await link->server.async_connect(upstream, Tuple);
        if (ec || link->closed) {
            link->close();
            co_return;
        }
        ++upstreamConnects;
        error_code ignored;
        link->server.set_option(tcp::no_delay(true), ignored);
        link->client.set_option(tcp::no_delay(true), ignored);
        asio::co_spawn(io, pump(link, true), asio::detached);
        co_await pump(link, false);
    }

    /// Reads and drops what the client sends until it goes away.
    asio::awaitable<void> swallow(std::shared_ptr<Link> link)
    {
        std::vector<char> buffer(16 * 1024);
        for (;;) {
            auto [ec, n] = co_await link->client.async_read_some(asio::buffer(buffer), Tuple);
            (void)n;
            if (ec || link->closed) {
                link->close();
                co_return;
            }
        }
    }

    /// Copies one direction: client → server (`upstream`) or server → client.
    asio::awaitable<void> pump(std::shared_ptr<Link> link, bool upstream)
    {
        tcp::socket& from = upstream ? link->client : link->server;
        tcp::socket& to = upstream ? link->server : link->client;
        asio::steady_timer& timer = upstream ? link->upTimer : link->downTimer;
        std::vector<char> buffer(16 * 1024);
        for (;;) {
            auto [readError, n] = co_await from.async_read_some(asio::buffer(buffer), Tuple);
            if (link->closed)
                co_return;
            if (readError) {
                if (readError == asio::error::eof && !link->truncated) {
                    error_code ignored;
                    to.shutdown(tcp::socket::shutdown_send, ignored);
                    if (++link->halfClosed == 2)
                        link->close();
                } else if (readError == asio::error::eof) {
                    link->close();
                } else {
                    link->reset();
                }
                co_return;
            }
            adopt(*link);
            const Settings now = link->settings;
            if (now.delay.count() > 0) {
                timer.expires_after(now.delay);
                auto [waitError] = co_await timer.async_wait(Tuple);
                (void)waitError;
                if (link->closed)
                    co_return;
            }
            if (now.fault == Fault::BlackHole || link->truncated)
                continue;

            std::size_t forward = n;
            enum class Then { Continue, Reset, Close } then = Then::Continue;
            std::size_t& sent = upstream ? link->up : link->down;
            const bool limited = upstream
                ? now.fault == Fault::DropUpstreamAfter
                : (now.fault == Fault::DropDownstreamAfter || now.fault == Fault::TruncateDownstreamAfter);
            if (limited) {
                const std::size_t remaining = now.bytes > sent ? now.bytes - sent : 0;
                if (n >= remaining) {
                    forward = remaining;
                    then = now.fault == Fault::TruncateDownstreamAfter ? Then::Close : Then::Reset;
                }
            }
            if (forward > 0) {
                auto [writeError, written]
                    = co_await asio::async_write(to, asio::buffer(buffer.data(), forward), Tuple);
                if (link->closed)
                    co_return;
                if (writeError) {
                    link->reset();
                    co_return;
                }
                sent += written;
                (upstream ? bytesUp : bytesDown) += static_cast<std::int64_t>(written);
            }
            if (then == Then::Reset) {
                link->reset();
                co_return;
            }
            if (then == Then::Close) {
                // FIN to the client after the cut; keep reading (and dropping) what it still
                // sends so the close stays orderly, and forget the server.
                link->truncated = true;
                error_code ignored;
                link->client.shutdown(tcp::socket::shutdown_send, ignored);
                link->server.close(ignored);
                co_return;
            }
        }
    }
};

std::unique_ptr<FaultProxy> FaultProxy::start(unsigned short upstreamPort)
{
    std::unique_ptr<FaultProxy> proxy(new FaultProxy);
    proxy->m_state = std::make_shared<State>();
    State& state = *proxy->m_state;
    state.upstreamPort = upstreamPort;
    error_code ec;
    const tcp::endpoint local(asio::ip::address_v4::loopback(), 0);
    state.acceptor.open(local.protocol(), ec);
    if (!ec)
        state.acceptor.bind(local, ec);
    if (!ec)
        state.acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        std::cerr << "FaultProxy: cannot listen: " << ec.message() << '\n';
        return nullptr;
    }
    state.port = state.acceptor.local_endpoint().port();
    asio::co_spawn(state.io, state.acceptLoop(), asio::detached);
    state.thread = std::thread([&state] { state.io.run(); });
    return proxy;
}

FaultProxy::~FaultProxy()
{
    if (!m_state)
        return;
    State& state = *m_state;
    // Everything the proxy waits on is closed here, so run() returns on its own.
    asio::post(state.io, [&state] {
        error_code ignored;
        state.acceptor.close(ignored);
        state.forEachLink([](Link& link) { link.reset(); });
    });
    state.thread.join();
}

unsigned short FaultProxy::port() const
{
    return m_state->port;
}

void FaultProxy::setFault(Fault fault, std::size_t bytes)
{
    std::lock_guard lock(m_state->mutex);
    m_state->settings.fault = fault;
    m_state->settings.bytes = bytes;
}

void FaultProxy::setFaultLive(Fault fault, std::size_t bytes)
{
    std::lock_guard lock(m_state->mutex);
    m_state->settings.fault = fault;
    m_state->settings.bytes = bytes;
    ++m_state->liveGeneration;
}

void FaultProxy::setDelay(std::chrono::milliseconds delay)
{
    std::lock_guard lock(m_state->mutex);
    m_state->settings.delay = delay;
}

FaultProxy::Settings FaultProxy::settings() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->settings;
}

void FaultProxy::setUpstreamPort(unsigned short port)
{
    m_state->upstreamPort = port;
}

void FaultProxy::resetAll()
{
    State& state = *m_state;
    std::promise<void> done;
    auto future = done.get_future();
    asio::post(state.io, [&state, &done] {
        state.forEachLink([](Link& link) { link.reset(); });
        done.set_value();
    });
    future.wait();
}

std::int64_t FaultProxy::connectionsAccepted() const
{
    return m_state->accepted;
}
std::int64_t FaultProxy::connectionsOpen() const
{
    return m_state->open;
}
std::int64_t FaultProxy::upstreamConnections() const
{
    return m_state->upstreamConnects;
}
std::int64_t FaultProxy::bytesUpstream() const
{
    return m_state->bytesUp;
}
std::int64_t FaultProxy::bytesDownstream() const
{
    return m_state->bytesDown;
}

} // namespace yk::test
