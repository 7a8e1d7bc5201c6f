#include "request_log.h"

#include "json_text.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <mutex>

namespace yk::server::http {

LogSink stderrLogSink()
{
    auto mutex = std::make_shared<std::mutex>();
    return [mutex](std::string_view line) {
        std::lock_guard lock(*mutex);
        std::cerr.write(line.data(), static_cast<std::streamsize>(line.size()));
        std::cerr.put('\n');
        std::cerr.flush();
    };
}

std::string logTimestamp()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis
        = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
        utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return text;
}

std::string requestLogLine(const RequestLogEntry& entry)
{
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.3f", entry.durationMs);
    return "{\"time\":" + proto::jsonQuoted(logTimestamp())
        + ",\"event\":\"request\",\"id\":" + proto::jsonQuoted(entry.requestId)
        + ",\"method\":" + proto::jsonQuoted(entry.method) + ",\"route\":" + proto::jsonQuoted(entry.route)
        + ",\"status\":" + std::to_string(entry.status) + ",\"bytes_in\":" + std::to_string(entry.bytesIn)
        + ",\"bytes_out\":" + std::to_string(entry.bytesOut) + ",\"duration_ms\":" + duration + "}";
}

std::string eventLogLine(std::string_view event, std::string_view message)
{
    return "{\"time\":" + proto::jsonQuoted(logTimestamp()) + ",\"event\":" + proto::jsonQuoted(event)
        + ",\"message\":" + proto::jsonQuoted(message) + "}";
}

} // namespace yk::server::http
