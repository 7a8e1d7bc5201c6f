#pragma once

#include "attempt_limiter.h"
#include "core/api.h"
#include "domain/result.h"
#include "metrics.h"
#include "request_log.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace yk::server::http {

/// How the HTTPS server listens and what it tolerates. Defaults suit a prefecture's server;
/// tests shorten the timeouts.
struct HttpsServerConfig {
    std::string address = "127.0.0.1";
    unsigned short port = 0; ///< 0: an ephemeral port, see HttpsServer::port()
    std::filesystem::path certificatePem;
    std::filesystem::path privateKeyPem;
    int ioThreads = 2; ///< TLS and HTTP
    int apiThreads = 4; ///< Api calls block on the store; they run here, never on the I/O threads
    /// Connections served at once. Past this (or past the per-address cap) a connection is
    /// answered 503 with Retry-After, if a request can still be read, else closed at once.
    int maxConnections = 1024;
    /// Connections one client address may hold (a facility's tablets behind one NAT share an
    /// address, so this is far above what one device needs).
    int maxConnectionsPerAddress = 64;
    /// Connections of one address that have not yet sent their first request: TLS
    /// handshakes, slow headers and silent sockets. Past this, new ones are closed at once.
    int maxPendingPerAddress = 32;
    /// Connections past a cap that still get a 503 answer (each costs a handshake); past
    /// these, they are closed at once.
    int maxRefusalConnections = 64;
    /// What Retry-After says in a 503 for a full server.
    std::chrono::seconds retryAfter { 5 };
    /// From accepting a connection to its first request's headers, TLS handshake included,
    /// and the idle time allowed to a connection that has made no authenticated request.
    std::chrono::milliseconds firstRequestTimeout { std::chrono::seconds(10) };
    std::uint32_t headerLimit = 8 * 1024;
    std::uint64_t bodyLimit = 8 * 1024 * 1024;
    std::chrono::milliseconds handshakeTimeout { std::chrono::seconds(10) };
    /// A whole request (headers and body) must arrive within this.
    std::chrono::milliseconds readTimeout { std::chrono::seconds(30) };
    std::chrono::milliseconds writeTimeout { std::chrono::seconds(30) };
    /// How long a kept-alive connection may wait for its next request.
    std::chrono::milliseconds idleTimeout { std::chrono::seconds(60) };
    /// On stop(): how long in-flight requests get to finish before connections are cut.
    std::chrono::milliseconds stopDeadline { std::chrono::seconds(10) };
    bool metricsFromAnywhere = false;
    /// Peers on loopback are a reverse proxy on this machine (the packaged set-up: haproxy in
    /// front, the server on 127.0.0.1): their connections are not capped per address (the
    /// proxy caps its clients), and the per-address sign-in limits key on the last address
    /// of the X-Forwarded-For the proxy sets, or are skipped without one.
    bool loopbackIsProxy = true;
    /// Failed sign-ins and enrolments evaluated per account, device and address.
    AttemptLimits attemptLimits;
    /// A sign-in or enrolment refused by those limits is answered (429) after this long, so
    /// a guesser's connection waits instead of asking thousands of times a second.
    std::chrono::milliseconds refusalDelay { std::chrono::seconds(1) };
    /// How long the accept loop pauses when the process is out of file descriptors.
    std::chrono::milliseconds acceptBackoff { 100 };
    /// SIGINT and SIGTERM call stop() (the executable; tests leave it off).
    bool stopOnSignals = false;
    /// One JSON line per request and per start/stop; stderr when empty.
    LogSink log;
};

/// The HTTPS server: Boost.Beast sessions over TLS ≥ 1.2, one strand per connection, Api
/// calls on a separate thread pool, limits and timeouts on every read and write, and a
/// graceful stop (stop accepting, finish in-flight requests, close idle connections).
class HttpsServer {
public:
    HttpsServer(HttpsServerConfig config, Api& api);
    ~HttpsServer();
    HttpsServer(const HttpsServer&) = delete;
    HttpsServer& operator=(const HttpsServer&) = delete;

    /// Loads the certificate, binds and listens; the error is for operators.
    Status<std::string> start();
    /// The bound port (after start()).
    unsigned short port() const;
    /// Serves until stop(); returns once every connection is closed. Call once, after start().
    void run();
    /// Thread-safe and idempotent; run() returns soon after.
    void stop();

    Metrics& metrics();
    /// The sign-in and enrolment limiter (after start()); null before.
    AttemptLimiter* attemptLimiter();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Raises the soft limit on open files to the hard limit, so the connection cap is reached
/// before the process runs out of descriptors. Returns what it did, for the log, and warns
/// when even the hard limit is below the cap (raise LimitNOFILE in the systemd unit).
std::string raiseOpenFileLimit(int maxConnections);

} // namespace yk::server::http
