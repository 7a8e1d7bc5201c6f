#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace yk::test {

/// A TCP proxy on 127.0.0.1 (an ephemeral port) in front of a server port on 127.0.0.1, with
/// network faults switched on and off by the test: for clients under test, it is the server.
/// It forwards bytes blindly (TLS passes through it untouched) on its own thread.
///
/// setFault() applies to connections accepted afterwards; setFaultLive() also to the open
/// ones, counting their bytes from the change. Counters are for assertions.
class FaultProxy {
public:
    enum class Fault {
        PassThrough, ///< forward everything
        Refuse, ///< accept and reset the connection at once
        DropUpstreamAfter, ///< forward `bytes` client→server bytes, then reset both sides
        DropDownstreamAfter, ///< forward `bytes` server→client bytes, then reset both sides
        TruncateDownstreamAfter, ///< forward `bytes` server→client bytes, then close cleanly (FIN)
        BlackHole, ///< accept (or keep) the connection, swallow what the client sends, never answer
    };

    struct Settings {
        Fault fault = Fault::PassThrough;
        std::size_t bytes = 0; ///< for the *After faults
        std::chrono::milliseconds delay { 0 }; ///< every forwarded chunk waits this long first
    };

    /// Listens at once; null if it cannot.
    static std::unique_ptr<FaultProxy> start(unsigned short upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    unsigned short port() const;

    void setFault(Fault fault, std::size_t bytes = 0);
    void setFaultLive(Fault fault, std::size_t bytes = 0);
    /// Delay for new and open connections.
    void setDelay(std::chrono::milliseconds delay);
    Settings settings() const;
    /// Where new connections go ("the server came back on another port"); a closed port makes
    /// each accepted connection close at once (the server is down).
    void setUpstreamPort(unsigned short port);
    /// Resets every open connection now (the server or the network went away mid-request).
    void resetAll();

    std::int64_t connectionsAccepted() const;
    std::int64_t connectionsOpen() const;
    std::int64_t upstreamConnections() const; ///< successful connects to the server
    std::int64_t bytesUpstream() const; ///< forwarded client → server
    std::int64_t bytesDownstream() const; ///< forwarded server → client

    struct State;

private:
    FaultProxy() = default;
    std::shared_ptr<State> m_state;
};

} // namespace yk::test
