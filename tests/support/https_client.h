#pragma once

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yk::test {

/// One HTTP answer as a test sees it; `transportError` is set instead when there was none.
struct HttpsReply {
    int status = 0;
    std::map<std::string, std::string> headers; ///< names in lower case
    std::string body;
    std::string transportError;

    bool ok() const { return transportError.empty(); }
    std::string header(std::string_view lowerCaseName) const;
};

/// A decoded protobuf call: the reply on 2xx, else the server's ErrorResponse.
template <typename Reply> struct ProtobufReply {
    int status = 0;
    std::optional<Reply> reply;
    yokoten::v1::ErrorResponse error;
    std::string transportError;
};

struct HttpsClientOptions {
    std::chrono::milliseconds timeout { std::chrono::seconds(15) };
    /// Highest TLS version offered (TLS1_1_VERSION to prove the server refuses it); 0 = any.
    int maxTlsVersion = 0;
    std::string host = "127.0.0.1"; ///< verified against the certificate's names
    /// The local address to connect from (e.g. 127.0.0.2, to be another client); empty: any.
    std::string localAddress;
};

/// A synchronous Beast HTTPS client for tests and benchmarks: verifies the server against a
/// CA file (peer and host name), keeps the connection alive between requests, reconnects
/// when not connected. Not thread-safe: one per thread.
class HttpsClient {
public:
    HttpsClient(unsigned short port, std::filesystem::path caFile, HttpsClientOptions options = {});
    ~HttpsClient();
    HttpsClient(HttpsClient&&) noexcept;
    HttpsClient& operator=(HttpsClient&&) noexcept;

    /// TCP connect and TLS handshake; empty on success, else what failed.
    std::string connect();
    bool connected() const;
    void close();

    HttpsReply request(std::string_view method, std::string_view target, std::string body = {},
        std::string_view contentType = {},
        const std::vector<std::pair<std::string, std::string>>& headers = {});

    /// POSTs `message` as application/x-protobuf (with a bearer token when given).
    template <typename Reply>
    ProtobufReply<Reply> post(
        std::string_view target, const google::protobuf::MessageLite& message, std::string_view bearer = {})
    {
        return decode<Reply>(request(
            "POST", target, message.SerializeAsString(), "application/x-protobuf", bearerHeader(bearer)));
    }
    template <typename Reply> ProtobufReply<Reply> get(std::string_view target, std::string_view bearer = {})
    {
        return decode<Reply>(request("GET", target, {}, {}, bearerHeader(bearer)));
    }

    /// Sends raw bytes over the TLS connection (for hostile requests) and reads whatever comes
    /// back until the server closes or `timeout` passes.
    struct RawExchange {
        std::string received;
        bool closedByServer = false; ///< false: our timeout ended it
    };
    RawExchange sendRaw(std::string_view bytes, std::chrono::milliseconds timeout);

    template <typename Reply> static ProtobufReply<Reply> decode(const HttpsReply& http)
    {
        ProtobufReply<Reply> result;
        result.status = http.status;
        result.transportError = http.transportError;
        if (!http.ok())
            return result;
        if (http.status >= 200 && http.status < 300) {
            Reply reply;
            if (reply.ParseFromString(http.body))
                result.reply = std::move(reply);
            else
                result.transportError = "undecodable reply";
        } else if (!result.error.ParseFromString(http.body)) {
            result.transportError = "undecodable error body";
        }
        return result;
    }

private:
    static std::vector<std::pair<std::string, std::string>> bearerHeader(std::string_view bearer);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// A plain TCP exchange with no TLS: what the server answers to `bytes` before it closes (or
/// `timeout` passes). Proves plain HTTP is refused.
HttpsClient::RawExchange plainTcpExchange(
    unsigned short port, std::string_view bytes, std::chrono::milliseconds timeout);

/// A bare TCP connection to 127.0.0.1:`port` from the local address `from` (any address of
/// 127.0.0.0/8 works on Linux, so one test can be two clients); it sends nothing. -1 when the
/// connection failed (errno says why). Close it with ::close().
int connectFrom(const std::string& from, unsigned short port);
/// True when the server closed `fd` (a read returns end of file or a reset) within `timeout`.
bool closedByPeerWithin(int fd, std::chrono::milliseconds timeout);

} // namespace yk::test
