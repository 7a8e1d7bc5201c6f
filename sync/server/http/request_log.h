#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace yk::server::http {

/// What one request log line holds. Deliberately no raw path, query, header, address or
/// body: the route template stands for the path so ids, tokens and logins never reach a log.
struct RequestLogEntry {
    std::string_view requestId;
    std::string_view method;
    std::string_view route;
    int status = 0;
    std::size_t bytesIn = 0;
    std::size_t bytesOut = 0;
    double durationMs = 0;
};

/// Where log lines go (one JSON object per call, without the newline). Thread-safe.
using LogSink = std::function<void(std::string_view line)>;

/// A sink writing each line to stderr, whole lines never interleaved.
LogSink stderrLogSink();

/// `{"time":…,"event":"request",…}`.
std::string requestLogLine(const RequestLogEntry& entry);
/// `{"time":…,"event":<event>,"message":…}` for start and stop; `message` must hold no
/// personal data.
std::string eventLogLine(std::string_view event, std::string_view message);
/// The current UTC time as RFC 3339 with milliseconds.
std::string logTimestamp();

} // namespace yk::server::http
