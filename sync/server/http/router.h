#pragma once

#include "attempt_limiter.h"
#include "core/api.h"
#include "metrics.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yk::server::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;

/// What the router knows about the connection a request came on.
struct RouteContext {
    bool peerIsLoopback = false;
    /// /metrics answers everyone, not only loopback peers (behind a trusted network only).
    bool metricsFromAnywhere = false;
    /// Receives push and pull volumes and renders /metrics; may be null.
    Metrics* metrics = nullptr;
    /// Throttles failed sign-ins and enrolments; null: no limits (unit tests of the router).
    AttemptLimiter* limiter = nullptr;
    /// The client's address as text, the key of the per-address limits.
    std::string_view peerAddress;
    /// How long an attempt refused by the limiter waits before its answer (RoutedResponse).
    std::chrono::milliseconds refusalDelay { 0 };
};

/// A response and the route template it came from ("/v1/attachments/{sha256}"), which is
/// what logs and metrics may show instead of the raw path.
struct RoutedResponse {
    Response response;
    std::string_view route;
    /// Send the response only after this long (a refused sign-in: a guesser's connection
    /// waits instead of asking again at once). The session waits on a timer, not a thread.
    std::chrono::milliseconds delay { 0 };
};

/// Turns one HTTP request into Api calls and one response: paths, methods, content types,
/// bearer tokens, protobuf decoding and error bodies (yokoten.v1.ErrorResponse). No sockets
/// and no state of its own, so it is unit tested and fuzzed directly.
class Router {
public:
    static constexpr std::string_view ProtobufType = "application/x-protobuf";
    static constexpr std::string_view OctetStreamType = "application/octet-stream";
    /// The most one ranged download answers at once; a client asks again from where it got.
    static constexpr std::int64_t MaxDownloadSlice = 4 * 1024 * 1024;
    /// An unranged download answers the whole file; attachments are at most 50 MiB.
    static constexpr std::int64_t MaxWholeDownload = 64 * 1024 * 1024;

    RoutedResponse route(const Request& request, Api& api, const RouteContext& context) const;

    /// An ErrorResponse body with the given status and a Date (also used by the session for
    /// 400/413/431/503).
    static Response errorResponse(unsigned version, int status, std::string_view code,
        std::string_view messageJa, std::string_view messageEn);
};

/// "bytes=a-" or "bytes=a-b" (a single range); nullopt for anything else.
struct ByteRange {
    std::int64_t first = 0;
    std::optional<std::int64_t> last;
};
std::optional<ByteRange> parseRangeHeader(std::string_view value);

/// "bytes a-b/total" of an upload chunk; nullopt unless 0 ≤ a ≤ b < total.
struct ContentRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::int64_t total = 0;
};
std::optional<ContentRange> parseContentRange(std::string_view value);

} // namespace yk::server::http
