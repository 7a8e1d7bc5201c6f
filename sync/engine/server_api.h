#pragma once

#include "device_state.h"
#include "sync_error.h"
#include "transport/transport.h"

#include <google/protobuf/message.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace yk::sync {

/// The server's HTTP API as the engine uses it: bearer tokens from the device state, one
/// renewal of an expired access token, the server's error answers as SyncErrors, the
/// clock difference from each answer's Date header, and whether the server was reachable.
class ServerApi {
public:
    ServerApi(Transport& transport, DeviceState& state, std::function<std::int64_t()> nowMillis,
        const std::atomic<bool>& cancelled);

    /// Sends (with the session's access token when `bearer`), renews an expired token once and
    /// tries again; an answer other than 2xx is an error.
    SyncResult<HttpResponse> exchange(const HttpRequest& request, bool bearer);

    /// POSTs a protobuf message and parses the reply.
    template <typename Reply>
    SyncResult<Reply> call(const std::string& target, const google::protobuf::Message& body, bool bearer)
    {
        HttpRequest request;
        request.method = "POST";
        request.target = target;
        request.body = body.SerializeAsString();
        auto response = exchange(request, bearer);
        if (!response)
            return response.error();
        Reply reply;
        if (!reply.ParseFromString(response->body))
            return makeSyncError(SyncErrorCode::Protocol, target + ": the answer does not parse");
        return reply;
    }

    /// The network part alone: touches no store, so it may run on a worker thread.
    SyncResult<HttpResponse> sendWithToken(HttpRequest request, const std::string& accessToken);
    /// What a non-2xx answer means (a revocation is remembered: see revoked()).
    SyncError failure(const HttpResponse& response);
    /// Trades the refresh token for new tokens; a refused one ends the session (pending
    /// changes stay, the person signs in again).
    SyncStatus refreshSession();

    static bool isExpiredToken(const SyncError& error);

    bool revoked() const { return m_revoked; }
    bool online() const { return m_online; }
    std::int64_t clockSkewMs() const { return m_clockSkewMs; }

private:
    Transport& m_transport;
    DeviceState& m_state;
    std::function<std::int64_t()> m_now;
    const std::atomic<bool>& m_cancelled;
    std::atomic<bool> m_revoked { false };
    std::atomic<bool> m_online { false };
    std::atomic<std::int64_t> m_clockSkewMs { 0 };
};

/// Seconds since the epoch of an HTTP date ("Sat, 21 Nov 2026 09:40:00 GMT"); 0 if unreadable.
std::int64_t parseHttpDate(const std::string& text);

} // namespace yk::sync
