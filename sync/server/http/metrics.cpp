#include "metrics.h"

#include <cstdio>
#include <sstream>

namespace yk::server::http {

namespace {

std::string formatDouble(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

} // namespace

void Metrics::recordRequest(std::string_view route, int status, std::chrono::nanoseconds duration)
{
    const double seconds = std::chrono::duration<double>(duration).count();
    std::lock_guard lock(m_mutex);
    ++m_requests[{ std::string(route), status }];
    auto it = m_latency.find(route);
    if (it == m_latency.end())
        it = m_latency.emplace(std::string(route), Histogram {}).first;
    Histogram& histogram = it->second;
    for (std::size_t i = 0; i < LatencyBuckets.size(); ++i) {
        if (seconds <= LatencyBuckets[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sumSeconds += seconds;
}

void Metrics::recordPushResult(std::string_view status, std::int64_t count)
{
    std::lock_guard lock(m_mutex);
    auto it = m_pushResults.find(status);
    if (it == m_pushResults.end())
        it = m_pushResults.emplace(std::string(status), 0).first;
    it->second += count;
}

void Metrics::recordPulledRecords(std::int64_t count)
{
    std::lock_guard lock(m_mutex);
    m_pulledRecords += count;
}

void Metrics::recordLimited(std::string_view limit)
{
    std::lock_guard lock(m_mutex);
    auto it = m_limited.find(limit);
    if (it == m_limited.end())
        it = m_limited.emplace(std::string(limit), 0).first;
    ++it->second;
}

std::int64_t Metrics::limitedCount(std::string_view limit) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_limited.find(limit);
    return it == m_limited.end() ? 0 : it->second;
}

std::int64_t Metrics::requestCount(std::string_view route, int status) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_requests.find(std::pair { std::string(route), status });
    return it == m_requests.end() ? 0 : it->second;
}

std::string Metrics::render() const
{
    std::ostringstream out;
    std::lock_guard lock(m_mutex);

    out << "# HELP yokoten_http_requests_total HTTP requests answered, by route template and status.\n"
           "# TYPE yokoten_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests)
        out << "yokoten_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} "
            << count << '\n';

    out << "# HELP yokoten_http_request_duration_seconds Time from a complete request to its response.\n"
           "# TYPE yokoten_http_request_duration_seconds histogram\n";
    for (const auto& [route, histogram] : m_latency) {
        for (std::size_t i = 0; i < LatencyBuckets.size(); ++i)
            out << "yokoten_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
                << formatDouble(LatencyBuckets[i]) << "\"} " << histogram.buckets[i] << '\n';
        out << "yokoten_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
            << histogram.count << '\n';
        out << "yokoten_http_request_duration_seconds_sum{route=\"" << route << "\"} "
            << formatDouble(histogram.sumSeconds) << '\n';
        out << "yokoten_http_request_duration_seconds_count{route=\"" << route << "\"} " << histogram.count
            << '\n';
    }

    out << "# HELP yokoten_push_mutations_total Pushed mutations, by result.\n"
           "# TYPE yokoten_push_mutations_total counter\n";
    for (const auto& [status, count] : m_pushResults)
        out << "yokoten_push_mutations_total{status=\"" << status << "\"} " << count << '\n';

    out << "# HELP yokoten_pull_records_total Records (and tombstones) sent by pulls.\n"
           "# TYPE yokoten_pull_records_total counter\n"
        << "yokoten_pull_records_total " << m_pulledRecords << '\n';
    out << "# HELP yokoten_open_connections Client connections open now.\n"
           "# TYPE yokoten_open_connections gauge\n"
        << "yokoten_open_connections " << m_openConnections.load() << '\n';
    out << "# HELP yokoten_tls_handshake_failures_total TLS handshakes that failed (plain HTTP, old TLS, "
           "timeouts).\n"
           "# TYPE yokoten_tls_handshake_failures_total counter\n"
        << "yokoten_tls_handshake_failures_total " << m_tlsHandshakeFailures.load() << '\n';
    out << "# HELP yokoten_limited_total Attempts and connections refused by a limit (docs/security.md).\n"
           "# TYPE yokoten_limited_total counter\n";
    for (const auto& [limit, count] : m_limited)
        out << "yokoten_limited_total{limit=\"" << limit << "\"} " << count << '\n';
    return out.str();
}

} // namespace yk::server::http
