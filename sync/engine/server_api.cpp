#include "server_api.h"

#include <cstdio>
#include <cstring>
#include <ctime>

namespace yk::sync {

using namespace yokoten::v1;
using yokoten::device::DeviceSession;

// Parsed by hand: strptime would follow the user's locale (Japanese month names).
/// Parsed by hand: strptime would follow the user's locale (Japanese month names).
std::int64_t parseHttpDate(const std::string& text)
{
    static constexpr const char* kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int day = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    char month[4] = {};
    if (std::sscanf(
            text.c_str(), "%*3s, %2d %3s %4d %2d:%2d:%2d GMT", &day, month, &year, &hour, &minute, &second)
        != 6)
        return 0;
    std::tm tm {};
    tm.tm_mon = -1;
    for (int m = 0; m < 12; ++m)
        if (std::strcmp(month, kMonths[m]) == 0)
            tm.tm_mon = m;
    if (tm.tm_mon < 0)
        return 0;
    tm.tm_mday = day;
    tm.tm_year = year - 1900;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&tm));
}

ServerApi::ServerApi(Transport& transport, DeviceState& state, std::function<std::int64_t()> nowMillis,
    const std::atomic<bool>& cancelled)
    : m_transport(transport)
    , m_state(state)
    , m_now(std::move(nowMillis))
    , m_cancelled(cancelled)
{
}

bool ServerApi::isExpiredToken(const SyncError& error)
{
    return error.serverCode == "token_expired" || error.serverCode == "token_invalid";
}

SyncResult<HttpResponse> ServerApi::exchange(const HttpRequest& request, bool bearer)
{
    for (int attempt = 0;; ++attempt) {
        std::string token;
        if (bearer) {
            auto current = m_state.session();
            if (!current)
                return current.error();
            token = current->tokens().access_token();
        }
        auto response = sendWithToken(request, token);
        if (!response)
            return response.error();
        if (response->status >= 200 && response->status < 300)
            return response;
        SyncError error = failure(*response);
        // An access token lives 15 minutes: renew it once and try again.
        if (bearer && attempt == 0 && isExpiredToken(error)) {
            if (auto refreshed = refreshSession(); !refreshed)
                return refreshed.error();
            continue;
        }
        return error;
    }
}

SyncResult<HttpResponse> ServerApi::sendWithToken(HttpRequest request, const std::string& accessToken)
{
    if (m_cancelled)
        return makeSyncError(SyncErrorCode::Cancelled);
    if (!accessToken.empty())
        request.headers.emplace_back("Authorization", "Bearer " + accessToken);
    auto result = m_transport.send(request);
    if (const auto* failed = std::get_if<TransportError>(&result)) {
        m_online = false;
        return syncErrorFromTransport(*failed);
    }
    auto response = std::get<HttpResponse>(std::move(result));
    m_online = true;
    if (const auto date = parseHttpDate(response.header("date")); date > 0)
        m_clockSkewMs = date * 1000 - m_now();
    return response;
}

SyncError ServerApi::failure(const HttpResponse& response)
{
    ErrorResponse body;
    const bool parsed = !response.body.empty() && body.ParseFromString(response.body) && !body.code().empty();
    const std::string& code = body.code();
    SyncErrorCode mapped = SyncErrorCode::ServerError;
    if (response.status == 426)
        mapped = SyncErrorCode::ClientTooOld;
    else if (response.status == 413)
        mapped = SyncErrorCode::TooLarge;
    else if (code == "device_revoked")
        mapped = SyncErrorCode::DeviceRevoked;
    else if (code == "device_invalid")
        mapped = SyncErrorCode::NotEnrolled;
    else if (code == "token_expired" || code == "token_invalid" || code.starts_with("refresh_token"))
        mapped = SyncErrorCode::SessionExpired;
    else if (code == "invalid_credentials")
        mapped = SyncErrorCode::InvalidCredentials;
    else if (code == "user_disabled")
        mapped = SyncErrorCode::AccountDisabled;
    else if (code == "login_required" || code == "unauthenticated")
        mapped = SyncErrorCode::NotSignedIn;
    else if (code.starts_with("enrolment_code"))
        mapped = SyncErrorCode::EnrolmentRefused;
    else if (response.status == 403)
        mapped = SyncErrorCode::Forbidden;
    else if (response.status == 503 || response.status == 429)
        mapped = SyncErrorCode::ServerBusy;
    else if (response.status >= 500)
        mapped = SyncErrorCode::ServerError;
    else if (response.status >= 400)
        mapped = SyncErrorCode::InvalidInput;
    else
        mapped = SyncErrorCode::Protocol;
    SyncError error
        = makeSyncError(mapped, "HTTP " + std::to_string(response.status) + (parsed ? " " + code : ""));
    error.serverCode = code;
    // The server's own words are meant for people; the standard text stays for what only
    // the device knows (e.g. that it wiped its data).
    if (parsed && !body.message_ja().empty() && mapped != SyncErrorCode::SessionExpired
        && mapped != SyncErrorCode::DeviceRevoked) {
        error.messageJa = body.message_ja();
        error.messageEn = body.message_en();
    }
    if (mapped == SyncErrorCode::DeviceRevoked)
        m_revoked = true;
    return error;
}

SyncStatus ServerApi::refreshSession()
{
    auto account = m_state.account();
    if (!account)
        return account.error();
    auto current = m_state.session();
    if (!current)
        return current.error();
    RefreshRequest request;
    request.set_device_id(account->device_id());
    request.set_device_secret(account->device_secret());
    request.set_refresh_token(current->tokens().refresh_token());
    auto tokens = call<SessionTokens>("/v1/auth/refresh", request, false);
    if (!tokens) {
        if (tokens.error().code == SyncErrorCode::SessionExpired)
            (void)m_state.clearSession(); // sign in again; pending work stays
        return tokens.error();
    }
    DeviceSession next;
    *next.mutable_tokens() = std::move(*tokens);
    next.set_signed_in_at_ms(current->signed_in_at_ms());
    return m_state.setSession(next);
}

} // namespace yk::sync
