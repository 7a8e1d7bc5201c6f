#include "router.h"

#include "demo_dataset.h"
#include "hex_text.h"

#include "yokoten/v1/sync.pb.h"

#include <boost/beast/http/field.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/verb.hpp>

#include <algorithm>
#include <charconv>
#include <ctime>
#include <initializer_list>

namespace yk::server::http {

namespace {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

using beast_http::field;
using beast_http::verb;
namespace v1 = yokoten::v1;

// Route templates: the only form of a path that reaches logs and metrics.
constexpr std::string_view RouteHealth = "/v1/health";
constexpr std::string_view RouteServerInfo = "/v1/server-info";
constexpr std::string_view RouteEnrol = "/v1/devices/enrol";
constexpr std::string_view RouteSignIn = "/v1/auth/sign-in";
constexpr std::string_view RouteRefresh = "/v1/auth/refresh";
constexpr std::string_view RoutePush = "/v1/push";
constexpr std::string_view RoutePull = "/v1/pull";
constexpr std::string_view RouteAttachment = "/v1/attachments/{sha256}";
constexpr std::string_view RouteAttachmentStatus = "/v1/attachments/{sha256}/status";
constexpr std::string_view RouteAggregates = "/v1/aggregates/assessments";
constexpr std::string_view RouteCase = "/v1/cases/{id}";
constexpr std::string_view RouteMetrics = "/metrics";
constexpr std::string_view RouteOtherVersion = "/v{n}";
constexpr std::string_view RouteUnmatched = "(unmatched)";

constexpr std::string_view AttachmentsPrefix = "/v1/attachments/";
constexpr std::string_view StatusSuffix = "/status";
constexpr std::string_view CasesPrefix = "/v1/cases/";

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == (y >= 'A' && y <= 'Z' ? y - 'A' + 'a' : y);
    });
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

/// The media type without parameters ("application/x-protobuf; charset=…").
bool hasMediaType(const Request& request, std::string_view type)
{
    std::string_view value = request[field::content_type];
    value = trim(value.substr(0, value.find(';')));
    return equalsIgnoringCase(value, type);
}

std::optional<std::int64_t> parseNonNegative(std::string_view text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

/// application/x-www-form-urlencoded value; nullopt for a broken escape.
std::optional<std::string> percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = proto::hexDigitValue(text[i + 1]);
            const int low = proto::hexDigitValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::optional<std::string> queryParameter(std::string_view query, std::string_view name)
{
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view {} : query.substr(amp + 1);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == name)
            return eq == std::string_view::npos ? std::string {} : percentDecode(pair.substr(eq + 1));
    }
    return std::nullopt;
}

// RFC 9110 date of now: devices compare it with their own clock to warn of a wrong clock.
std::string httpDate()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[40];
    const auto length = std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return std::string(text, length);
}

Response baseResponse(const Request& request, int status)
{
    Response response { static_cast<beast_http::status>(status), request.version() };
    response.keep_alive(request.keep_alive());
    response.set(beast_http::field::date, httpDate());
    return response;
}

Response errorFor(const Request& request, const ApiError& error)
{
    const int status = error.httpStatus >= 400 && error.httpStatus <= 599 ? error.httpStatus : 500;
    Response response
        = Router::errorResponse(request.version(), status, error.code, error.messageJa, error.messageEn);
    response.keep_alive(request.keep_alive());
    response.set(beast_http::field::date, httpDate());
    return response;
}

Response error(
    const Request& request, int status, std::string_view code, std::string_view ja, std::string_view en)
{
    return errorFor(request, apiError(status, std::string(code), std::string(ja), std::string(en)));
}

Response protobufResponse(const Request& request, const google::protobuf::MessageLite& message)
{
    Response response = baseResponse(request, 200);
    response.set(field::content_type, Router::ProtobufType);
    response.body() = message.SerializeAsString();
    response.prepare_payload();
    return response;
}

Response methodNotAllowed(const Request& request, std::string_view allow)
{
    Response response = error(request, 405, "method_not_allowed", "この操作はこのアドレスでは使えません。",
        "This method is not allowed on this path.");
    response.set(field::allow, allow);
    return response;
}

Response unsupportedType(const Request& request, std::string_view expected)
{
    return error(request, 415, "unsupported_media_type",
        "送信データの形式が違います。アプリを最新にしてください。",
        "Unsupported content type; expected " + std::string(expected) + ".");
}

Response malformed(const Request& request)
{
    return error(request, 400, "malformed_request", "送信データを読み取れませんでした。",
        "The request body could not be decoded.");
}

/// A protobuf POST: content type, decoding, then `call(decoded)` → ApiResult<Reply>.
template <typename RequestMessage, typename Call> Response protobufCall(const Request& request, Call&& call)
{
    if (!hasMediaType(request, Router::ProtobufType))
        return unsupportedType(request, Router::ProtobufType);
    RequestMessage decoded;
    if (!decoded.ParseFromString(request.body()))
        return malformed(request);
    auto result = call(decoded);
    if (!result)
        return errorFor(request, result.error());
    return protobufResponse(request, result.value());
}

/// The token of "Authorization: Bearer <token>"; empty when missing or another scheme.
std::string_view bearerToken(const Request& request)
{
    const std::string_view value = trim(request[field::authorization]);
    constexpr std::string_view scheme = "bearer ";
    if (value.size() <= scheme.size() || !equalsIgnoringCase(value.substr(0, scheme.size()), scheme))
        return {};
    return trim(value.substr(scheme.size()));
}

std::string_view mutationStatusName(v1::MutationStatus status)
{
    switch (status) {
    case v1::MUTATION_STATUS_APPLIED:
        return "applied";
    case v1::MUTATION_STATUS_REJECTED:
        return "rejected";
    case v1::MUTATION_STATUS_DUPLICATE:
        return "duplicate";
    default:
        return "unspecified";
    }
}

struct Target {
    std::string_view path;
    std::string_view query;
};

Target splitTarget(std::string_view target)
{
    const auto question = target.find('?');
    if (question == std::string_view::npos)
        return { target, {} };
    return { target.substr(0, question), target.substr(question + 1) };
}

/// "/vN/…" or "/vN" with N other than 1 (a client of another protocol version).
std::optional<std::string_view> otherVersion(std::string_view path)
{
    if (path.size() < 3 || path.substr(0, 2) != "/v")
        return std::nullopt;
    std::string_view rest = path.substr(2);
    const std::string_view digits = rest.substr(0, rest.find('/'));
    if (digits.empty() || digits == "1"
        || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return digits;
}

class Dispatch {
public:
    Dispatch(const Request& request, Api& api, const RouteContext& context)
        : m_request(request)
        , m_api(api)
        , m_context(context)
    {
    }

    RoutedResponse run()
    {
        RoutedResponse routed = dispatch();
        if (m_retryAfter.count() > 0) {
            routed.response.set(field::retry_after, std::to_string(m_retryAfter.count()));
            routed.delay = m_context.refusalDelay;
        }
        return routed;
    }

private:
    RoutedResponse dispatch()
    {
        // Plain variables, not a structured binding: clang 14 cannot capture those in lambdas.
        const Target target = splitTarget(m_request.target());
        const std::string_view path = target.path;
        const std::string_view query = target.query;
        if (path == RouteMetrics)
            return { metrics(), RouteMetrics };
        if (auto version = otherVersion(path))
            return { unsupportedVersion(*version), RouteOtherVersion };
        if (path == RouteHealth)
            return { onlyGet([&] { return health(); }), RouteHealth };
        if (path == RouteServerInfo)
            return { onlyGet([&] { return protobufResponse(m_request, m_api.serverInfo()); }),
                RouteServerInfo };
        if (path == RouteEnrol)
            return { noStore(onlyPost([&] {
                        return protobufCall<v1::EnrolRequest>(
                            m_request, [&](const auto& r) { return enrol(r); });
                    })),
                RouteEnrol };
        if (path == RouteSignIn)
            return { noStore(onlyPost([&] {
                        return protobufCall<v1::SignInRequest>(
                            m_request, [&](const auto& r) { return signIn(r); });
                    })),
                RouteSignIn };
        if (path == RouteRefresh)
            return { noStore(onlyPost([&] {
                        return protobufCall<v1::RefreshRequest>(
                            m_request, [&](const auto& r) { return m_api.refresh(r); });
                    })),
                RouteRefresh };
        if (path == RoutePush)
            return { noStore(onlyPost(
                         [&] { return authenticated([&](const Principal& p) { return push(p); }); })),
                RoutePush };
        if (path == RoutePull)
            return { noStore(onlyPost(
                         [&] { return authenticated([&](const Principal& p) { return pull(p); }); })),
                RoutePull };
        if (path == RouteAggregates)
            return { noStore(onlyGet([&] {
                        return authenticated([&](const Principal& p) { return aggregates(p, query); });
                    })),
                RouteAggregates };
        if (path.substr(0, AttachmentsPrefix.size()) == AttachmentsPrefix)
            return attachment(path.substr(AttachmentsPrefix.size()));
        if (path.substr(0, CasesPrefix.size()) == CasesPrefix)
            return { noStore(onlyGet([&] {
                        return authenticated([&](const Principal& p) {
                            return wholeCase(p, path.substr(CasesPrefix.size()));
                        });
                    })),
                RouteCase };
        return { error(m_request, 404, "not_found", "このアドレスはありません。", "No such path."),
            RouteUnmatched };
    }

    template <typename Handler> Response onlyGet(Handler&& handler)
    {
        return m_request.method() == verb::get ? handler() : methodNotAllowed(m_request, "GET");
    }
    template <typename Handler> Response onlyPost(Handler&& handler)
    {
        return m_request.method() == verb::post ? handler() : methodNotAllowed(m_request, "POST");
    }
    static Response noStore(Response response)
    {
        response.set(field::cache_control, "no-store");
        return response;
    }

    template <typename Handler> Response authenticated(Handler&& handler)
    {
        const std::string_view token = bearerToken(m_request);
        if (token.empty()) {
            Response response = error(m_request, 401, "unauthenticated", "サインインしてください。",
                "Sign in first: the request carries no access token.");
            response.set(field::www_authenticate, "Bearer");
            return response;
        }
        auto principal = m_api.authenticate(token);
        if (!principal) {
            Response response = errorFor(m_request, principal.error());
            if (principal.error().httpStatus == 401)
                response.set(field::www_authenticate, "Bearer");
            return response;
        }
        return handler(principal.value());
    }

    ApiResult<v1::SessionTokens> signIn(const v1::SignInRequest& request)
    {
        if (!m_context.limiter)
            return m_api.signIn(request);
        const AttemptLimiter::SignInKeys keys { request.login(), request.device_id(),
            std::string(m_context.peerAddress) };
        const auto decision = m_context.limiter->acquireSignIn(keys);
        if (!decision.allowed)
            return limited(decision);
        auto result = m_api.signIn(request);
        // A wrong guess keeps its attempt; anything else (success, a busy store) gives it back.
        m_context.limiter->settleSignIn(keys, !result && result.error().httpStatus == 401);
        return result;
    }

    ApiResult<v1::EnrolResponse> enrol(const v1::EnrolRequest& request)
    {
        if (!m_context.limiter)
            return m_api.enrol(request);
        const auto decision = m_context.limiter->acquireEnrolment(m_context.peerAddress);
        if (!decision.allowed)
            return limited(decision);
        auto result = m_api.enrol(request);
        m_context.limiter->settleEnrolment(
            m_context.peerAddress, !result && result.error().httpStatus == 401);
        return result;
    }

    /// The same answer whichever bucket refused, so it says nothing about the account.
    ApiError limited(const AttemptLimiter::Decision& decision)
    {
        if (m_context.metrics)
            m_context.metrics->recordLimited(AttemptLimiter::name(decision.limitedBy));
        m_retryAfter = decision.retryAfter;
        return apiError(429, "too_many_attempts",
            "試行回数が多すぎます。しばらく待ってからもう一度お試しください。",
            "Too many attempts. Please wait a moment and try again.");
    }

    Response health()
    {
        const StoreHealth store = m_api.storeHealth();
        const bool healthy = store == StoreHealth::Ok;
        Response response = baseResponse(m_request, healthy ? 200 : 503);
        response.set(field::content_type, "application/json");
        response.set(field::cache_control, "no-store");
        if (healthy)
            response.body() = R"({"status":"ok"})";
        else
            response.body() = store == StoreHealth::Damaged
                ? R"({"status":"unavailable","store":"damaged"})"
                : R"({"status":"unavailable","store":"unavailable"})";
        response.prepare_payload();
        return response;
    }

    Response metrics()
    {
        if (m_request.method() != verb::get)
            return methodNotAllowed(m_request, "GET");
        if (!m_context.peerIsLoopback && !m_context.metricsFromAnywhere)
            return error(m_request, 403, "forbidden", "このアドレスはサーバー内からのみ使えます。",
                "Metrics are served to this machine only.");
        Response response = baseResponse(m_request, 200);
        response.set(field::content_type, "text/plain; version=0.0.4");
        response.set(field::cache_control, "no-store");
        response.body() = m_context.metrics ? m_context.metrics->render() : std::string {};
        response.prepare_payload();
        return response;
    }

    Response unsupportedVersion(std::string_view version)
    {
        const bool older = version.size() == 1 && version[0] == '0';
        return error(m_request, 426, older ? "client_too_old" : "unsupported_version",
            "このアプリはサーバーと通信できません。アプリを最新版に更新してください。",
            older ? "This app is too old for the server: please update it."
                  : "This protocol version is not supported by the server: please update the app.");
    }

    Response push(const Principal& caller)
    {
        return protobufCall<v1::PushRequest>(m_request, [&](const v1::PushRequest& r) {
            auto result = m_api.push(caller, r);
            if (result && m_context.metrics) {
                for (const auto& mutation : result.value().results())
                    m_context.metrics->recordPushResult(mutationStatusName(mutation.status()));
            }
            return result;
        });
    }

    Response pull(const Principal& caller)
    {
        return protobufCall<v1::PullRequest>(m_request, [&](const v1::PullRequest& r) {
            auto result = m_api.pull(caller, r);
            if (result && m_context.metrics)
                m_context.metrics->recordPulledRecords(result.value().records_size());
            return result;
        });
    }

    Response aggregates(const Principal& caller, std::string_view query)
    {
        const auto family = queryParameter(query, "family");
        if (!family || family->empty())
            return error(m_request, 400, "missing_family", "集計するテンプレートの種類を指定してください。",
                "The query parameter 'family' is required.");
        // It travels on in protobuf string fields, which must hold UTF-8 (found by the fuzzer).
        if (!isValidUtf8(*family))
            return error(m_request, 400, "malformed_request", "テンプレートの種類の文字が正しくありません。",
                "The query parameter 'family' is not valid UTF-8.");
        auto result = m_api.assessmentAggregates(caller, *family);
        if (!result)
            return errorFor(m_request, result.error());
        return protobufResponse(m_request, result.value());
    }

    Response wholeCase(const Principal& caller, std::string_view id)
    {
        // Only a case id (a UUID) reaches the Api; anything else is a path that leads nowhere.
        if (!proto::isUuid(id))
            return error(m_request, 404, "not_found", "この事例はありません。", "There is no such case.");
        auto result = m_api.wholeCase(caller, id);
        if (!result)
            return errorFor(m_request, result.error());
        return protobufResponse(m_request, result.value());
    }

    RoutedResponse attachment(std::string_view rest)
    {
        const bool isStatus = rest.size() > StatusSuffix.size()
            && rest.substr(rest.size() - StatusSuffix.size()) == StatusSuffix;
        const std::string_view route = isStatus ? RouteAttachmentStatus : RouteAttachment;
        const std::string_view sha256 = isStatus ? rest.substr(0, rest.size() - StatusSuffix.size()) : rest;
        if (sha256.find('/') != std::string_view::npos)
            return { error(m_request, 404, "not_found", "このアドレスはありません。", "No such path."),
                RouteUnmatched };
        if (isStatus) {
            return { noStore(onlyGet([&] {
                        return checkedSha(sha256, [&](const Principal& p) {
                            auto status = m_api.attachmentStatus(p, sha256);
                            return status ? protobufResponse(m_request, status.value())
                                          : errorFor(m_request, status.error());
                        });
                    })),
                route };
        }
        Response response = [&] {
            if (m_request.method() == verb::get)
                return checkedSha(sha256, [&](const Principal& p) { return download(p, sha256); });
            if (m_request.method() == verb::put)
                return checkedSha(sha256, [&](const Principal& p) { return upload(p, sha256); });
            return methodNotAllowed(m_request, "GET, PUT");
        }();
        return { noStore(std::move(response)), route };
    }

    template <typename Handler> Response checkedSha(std::string_view sha256, Handler&& handler)
    {
        if (!proto::isSha256Hex(sha256))
            return error(m_request, 400, "bad_sha256", "ファイルの識別子が正しくありません。",
                "An attachment is addressed by 64 lower-case hex digits of its SHA-256.");
        return authenticated(handler);
    }

    Response upload(const Principal& caller, std::string_view sha256)
    {
        if (!hasMediaType(m_request, Router::OctetStreamType))
            return unsupportedType(m_request, Router::OctetStreamType);
        const auto range = parseContentRange(m_request[field::content_range]);
        if (!range || static_cast<std::uint64_t>(range->last - range->first + 1) != m_request.body().size())
            return error(m_request, 400, "bad_content_range", "送信したファイルの範囲が正しくありません。",
                "Content-Range must be 'bytes first-last/total' and match the body.");
        auto status = m_api.putAttachmentChunk(caller, sha256, range->first, range->total, m_request.body());
        return status ? protobufResponse(m_request, status.value()) : errorFor(m_request, status.error());
    }

    Response download(const Principal& caller, std::string_view sha256)
    {
        std::optional<ByteRange> range;
        const std::string_view rangeHeader = m_request[field::range];
        if (!rangeHeader.empty()) {
            range = parseRangeHeader(rangeHeader);
            if (!range || (range->last && *range->last < range->first))
                return error(m_request, 416, "range_not_satisfiable",
                    "要求したファイルの範囲が正しくありません。",
                    "Range must be 'bytes=first-' or 'bytes=first-last'.");
        }
        const std::int64_t offset = range ? range->first : 0;
        std::int64_t maxBytes = Router::MaxWholeDownload;
        if (range)
            maxBytes = range->last ? std::min(*range->last - range->first + 1, Router::MaxDownloadSlice)
                                   : Router::MaxDownloadSlice;
        auto slice = m_api.readAttachment(caller, sha256, offset, maxBytes);
        if (!slice)
            return errorFor(m_request, slice.error());
        const AttachmentSlice& data = slice.value();
        if (range && (data.offset >= data.totalBytes || data.data.empty()) && data.totalBytes > 0) {
            Response response = error(m_request, 416, "range_not_satisfiable",
                "要求したファイルの範囲が正しくありません。", "The range starts after the end of the file.");
            response.set(field::content_range, "bytes */" + std::to_string(data.totalBytes));
            return response;
        }
        Response response = baseResponse(m_request, range ? 206 : 200);
        response.set(field::content_type, Router::OctetStreamType);
        response.set(field::accept_ranges, "bytes");
        if (range && !data.data.empty()) {
            const auto last = data.offset + static_cast<std::int64_t>(data.data.size()) - 1;
            response.set(field::content_range,
                "bytes " + std::to_string(data.offset) + "-" + std::to_string(last) + "/"
                    + std::to_string(data.totalBytes));
        }
        response.body() = data.data;
        response.prepare_payload();
        return response;
    }

    const Request& m_request;
    Api& m_api;
    const RouteContext& m_context;
    std::chrono::seconds m_retryAfter { 0 };
};

} // namespace

RoutedResponse Router::route(const Request& request, Api& api, const RouteContext& context) const
{
    return Dispatch(request, api, context).run();
}

Response Router::errorResponse(unsigned version, int status, std::string_view code,
    std::string_view messageJa, std::string_view messageEn)
{
    v1::ErrorResponse body;
    body.set_code(std::string(code));
    body.set_message_ja(std::string(messageJa));
    body.set_message_en(std::string(messageEn));
    Response response { static_cast<beast_http::status>(status), version };
    response.set(field::content_type, ProtobufType);
    // Every answer carries a Date, the ones the session makes without a parsed request too
    // (400, 413, 431, 503): a device compares it with its own clock.
    response.set(field::date, httpDate());
    response.body() = body.SerializeAsString();
    response.prepare_payload();
    return response;
}

std::optional<ByteRange> parseRangeHeader(std::string_view value)
{
    constexpr std::string_view unit = "bytes=";
    value = trim(value);
    if (value.substr(0, unit.size()) != unit)
        return std::nullopt;
    value.remove_prefix(unit.size());
    const auto dash = value.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto first = parseNonNegative(value.substr(0, dash));
    if (!first)
        return std::nullopt;
    const std::string_view lastText = value.substr(dash + 1);
    if (lastText.empty())
        return ByteRange { *first, std::nullopt };
    const auto last = parseNonNegative(lastText);
    if (!last || *last < *first)
        return std::nullopt;
    return ByteRange { *first, *last };
}

std::optional<ContentRange> parseContentRange(std::string_view value)
{
    constexpr std::string_view unit = "bytes ";
    value = trim(value);
    if (value.substr(0, unit.size()) != unit)
        return std::nullopt;
    value.remove_prefix(unit.size());
    const auto dash = value.find('-');
    const auto slash = value.find('/');
    if (dash == std::string_view::npos || slash == std::string_view::npos || slash < dash)
        return std::nullopt;
    const auto first = parseNonNegative(value.substr(0, dash));
    const auto last = parseNonNegative(value.substr(dash + 1, slash - dash - 1));
    const auto total = parseNonNegative(value.substr(slash + 1));
    if (!first || !last || !total || *first > *last || *last >= *total)
        return std::nullopt;
    return ContentRange { *first, *last, *total };
}

} // namespace yk::server::http
