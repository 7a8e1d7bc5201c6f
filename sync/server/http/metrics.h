#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace yk::server::http {

/// The server's Prometheus metrics: request counts and latencies per route template, push
/// and pull volumes, open connections, failed TLS handshakes. Thread-safe; labels are route
/// templates and status codes only, so the series stay few and carry no personal data.
class Metrics {
public:
    /// Histogram upper bounds in seconds, 1 ms … 5 s.
    static constexpr std::array<double, 12> LatencyBuckets { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 1.0, 2.5, 5.0 };

    void recordRequest(std::string_view route, int status, std::chrono::nanoseconds duration);
    void recordPushResult(std::string_view status, std::int64_t count = 1);
    void recordPulledRecords(std::int64_t count);
    void connectionOpened() { ++m_openConnections; }
    void connectionClosed() { --m_openConnections; }
    void tlsHandshakeFailed() { ++m_tlsHandshakeFailures; }
    /// A request or connection refused by a limit ("sign_in_account", "connections_per_address" …).
    void recordLimited(std::string_view limit);
    std::int64_t limitedCount(std::string_view limit) const;

    std::int64_t openConnections() const { return m_openConnections; }
    std::int64_t tlsHandshakeFailures() const { return m_tlsHandshakeFailures; }
    std::int64_t requestCount(std::string_view route, int status) const;

    /// Text exposition format 0.0.4.
    std::string render() const;

private:
    struct Histogram {
        std::array<std::int64_t, LatencyBuckets.size()> buckets {};
        std::int64_t count = 0;
        double sumSeconds = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, std::int64_t, std::less<>> m_requests;
    std::map<std::string, Histogram, std::less<>> m_latency;
    std::map<std::string, std::int64_t, std::less<>> m_pushResults;
    std::int64_t m_pulledRecords = 0;
    std::map<std::string, std::int64_t, std::less<>> m_limited;
    std::atomic<std::int64_t> m_openConnections { 0 };
    std::atomic<std::int64_t> m_tlsHandshakeFailures { 0 };
};

} // namespace yk::server::http
