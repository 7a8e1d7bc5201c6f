// The fault-injecting proxy itself, in front of a plain TCP echo server on loopback: each
// fault does what the transport and sync tests rely on, and the counters count.
#include "fault_proxy.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <QtTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using yk::test::FaultProxy;
using namespace std::chrono_literals;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

/// Answers every chunk with `tag` + the chunk, on its own thread; counts bytes received.
class EchoServer {
public:
    explicit EchoServer(std::string tag)
        : m_tag(std::move(tag))
    {
        m_acceptor.open(tcp::v4());
        m_acceptor.bind(tcp::endpoint(asio::ip::address_v4::loopback(), 0));
        m_acceptor.listen();
        asio::co_spawn(m_io, acceptLoop(), asio::detached);
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~EchoServer()
    {
        m_io.stop();
        m_thread.join();
    }
    unsigned short port() const { return m_acceptor.local_endpoint().port(); }
    std::int64_t received() const { return m_received; }

private:
    asio::awaitable<void> acceptLoop()
    {
        for (;;) {
            auto [ec, socket] = co_await m_acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
            if (ec)
                co_return;
            asio::co_spawn(m_io, echo(std::move(socket)), asio::detached);
        }
    }
    asio::awaitable<void> echo(tcp::socket socket)
    {
        char buffer[4096];
        for (;;) {
            auto [ec, n]
                = co_await socket.async_read_some(asio::buffer(buffer), asio::as_tuple(asio::use_awaitable));
            if (ec)
                co_return;
            m_received += static_cast<std::int64_t>(n);
            const std::string reply = m_tag + std::string(buffer, n);
            auto [writeError, written] = co_await asio::async_write(
                socket, asio::buffer(reply), asio::as_tuple(asio::use_awaitable));
            (void)written;
            if (writeError)
                co_return;
        }
    }

    std::string m_tag;
    asio::io_context m_io;
    tcp::acceptor m_acceptor { m_io };
    std::atomic<std::int64_t> m_received { 0 };
    std::thread m_thread;
};

/// A blocking client socket with deadlines (plain POSIX, so nothing here can hang a test).
class Client {
public:
    explicit Client(unsigned short port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~Client() { ::close(m_fd); }
    bool connected() const { return m_connected; }
    bool send(const std::string& data)
    {
        return ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL) == ssize_t(data.size());
    }

    struct Received {
        std::string data;
        bool closed = false; ///< orderly end (FIN)
        bool reset = false; ///< an error such as a reset
    };
    /// Reads until `expected` bytes came, the peer closed, or `timeout` passed.
    Received receive(std::size_t expected, std::chrono::milliseconds timeout)
    {
        Received out;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (out.data.size() < expected) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                break;
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
                continue;
            char buffer[4096];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n == 0) {
                out.closed = true;
                break;
            }
            if (n < 0) {
                out.reset = true;
                break;
            }
            out.data.append(buffer, static_cast<std::size_t>(n));
        }
        return out;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

} // namespace

class TestFaultProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passesBytesThroughAndCountsThem()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        QVERIFY(proxy->port() != echo.port());
        Client client(proxy->port());
        QVERIFY(client.connected());
        QVERIFY(client.send("hello"));
        QCOMPARE(client.receive(7, 10s).data, std::string("A:hello"));
        QCOMPARE(proxy->connectionsAccepted(), std::int64_t(1));
        QCOMPARE(proxy->upstreamConnections(), std::int64_t(1));
        QTRY_COMPARE(proxy->bytesUpstream(), std::int64_t(5));
        QTRY_COMPARE(proxy->bytesDownstream(), std::int64_t(7));
        QCOMPARE(proxy->connectionsOpen(), std::int64_t(1));
    }

    void refuseResetsAtOnce()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::Refuse);
        Client client(proxy->port());
        const auto got = client.receive(1, 10s);
        QVERIFY(got.data.empty());
        QVERIFY(got.reset || got.closed);
        QCOMPARE(proxy->upstreamConnections(), std::int64_t(0));
    }

    void dropUpstreamForwardsOnlyThePrefix()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::DropUpstreamAfter, 4);
        Client client(proxy->port());
        QVERIFY(client.send("0123456789"));
        const auto got = client.receive(100, 10s);
        QVERIFY(got.reset || got.closed);
        QTRY_COMPARE(proxy->bytesUpstream(), std::int64_t(4));
        QTRY_VERIFY(echo.received() <= 4);
    }

    void truncateEndsCleanlyAfterThePrefix()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::TruncateDownstreamAfter, 4);
        Client client(proxy->port());
        QVERIFY(client.send("0123456789"));
        const auto got = client.receive(100, 10s);
        QCOMPARE(got.data, std::string("A:01"));
        QVERIFY(got.closed);
    }

    void dropDownstreamResetsAfterThePrefix()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::DropDownstreamAfter, 3);
        Client client(proxy->port());
        QVERIFY(client.send("0123456789"));
        const auto got = client.receive(100, 10s);
        QVERIFY(got.data.size() <= 3);
        QVERIFY(got.reset || got.closed);
        QTRY_COMPARE(proxy->bytesDownstream(), std::int64_t(3));
    }

    void blackHoleNeverAnswers()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setFault(FaultProxy::Fault::BlackHole);
        Client client(proxy->port());
        QVERIFY(client.send("hello"));
        const auto got = client.receive(1, 300ms);
        QVERIFY(got.data.empty());
        QVERIFY(!got.closed && !got.reset);
        QCOMPARE(proxy->upstreamConnections(), std::int64_t(0));
        QCOMPARE(echo.received(), std::int64_t(0));
    }

    void liveFaultsReachOpenConnections()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        Client client(proxy->port());
        QVERIFY(client.send("one"));
        QCOMPARE(client.receive(5, 10s).data, std::string("A:one"));
        proxy->setFault(FaultProxy::Fault::BlackHole);
        // Not live: the open connection still passes.
        QVERIFY(client.send("two"));
        QCOMPARE(client.receive(5, 10s).data, std::string("A:two"));
        proxy->setFaultLive(FaultProxy::Fault::BlackHole);
        QVERIFY(client.send("three"));
        QVERIFY(client.receive(1, 300ms).data.empty());
        proxy->setFaultLive(FaultProxy::Fault::TruncateDownstreamAfter, 3);
        QVERIFY(client.send("four"));
        const auto cut = client.receive(100, 10s);
        QCOMPARE(cut.data, std::string("A:f"));
        QVERIFY(cut.closed);
    }

    void delaysStillDeliver()
    {
        EchoServer echo("A:");
        auto proxy = FaultProxy::start(echo.port());
        QVERIFY(proxy);
        proxy->setDelay(100ms);
        QVERIFY(proxy->settings().delay == 100ms);
        Client client(proxy->port());
        QVERIFY(client.send("slow"));
        QCOMPARE(client.receive(6, 30s).data, std::string("A:slow"));
    }

    void theUpstreamCanMoveAndGoAway()
    {
        EchoServer first("A:");
        EchoServer second("B:");
        auto proxy = FaultProxy::start(first.port());
        QVERIFY(proxy);
        Client before(proxy->port());
        QVERIFY(before.send("x"));
        QCOMPARE(before.receive(3, 10s).data, std::string("A:x"));

        proxy->setUpstreamPort(second.port());
        Client after(proxy->port());
        QVERIFY(after.send("y"));
        QCOMPARE(after.receive(3, 10s).data, std::string("B:y"));
        // The open connection stays with the first server until it is reset.
        QVERIFY(before.send("z"));
        QCOMPARE(before.receive(3, 10s).data, std::string("A:z"));

        proxy->resetAll();
        const auto got = before.receive(1, 10s);
        QVERIFY(got.reset || got.closed);
        QTRY_COMPARE(proxy->connectionsOpen(), std::int64_t(0));

        // Nothing listens there any more: accepted, then closed.
        unsigned short closed = 0;
        {
            EchoServer gone("C:");
            closed = gone.port();
        }
        proxy->setUpstreamPort(closed);
        Client down(proxy->port());
        QVERIFY(down.connected());
        const auto nothing = down.receive(1, 10s);
        QVERIFY(nothing.data.empty());
        QVERIFY(nothing.closed || nothing.reset);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
