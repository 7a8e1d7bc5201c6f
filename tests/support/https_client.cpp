#include "https_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <cctype>

namespace yk::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

namespace {

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

/// Runs the async operation started by `start` to completion on `ioc`; tcp_stream's
/// expiry turns a hang into an error.
template <typename Start> beast::error_code runToCompletion(net::io_context& ioc, Start&& start)
{
    beast::error_code result = net::error::operation_aborted;
    start([&result](beast::error_code ec, auto&&...) { result = ec; });
    ioc.restart();
    ioc.run();
    return result;
}

} // namespace

std::string HttpsReply::header(std::string_view lowerCaseName) const
{
    const auto it = headers.find(std::string(lowerCaseName));
    return it == headers.end() ? std::string {} : it->second;
}

struct HttpsClient::Impl {
    Impl(unsigned short p, std::filesystem::path ca, HttpsClientOptions o)
        : port(p)
        , caFile(std::move(ca))
        , options(std::move(o))
        , tls(net::ssl::context::tls_client)
    {
        tls.set_verify_mode(net::ssl::verify_peer);
        beast::error_code ignored;
        tls.load_verify_file(caFile.string(), ignored);
        if (options.maxTlsVersion != 0) {
            // Old protocol versions are disabled by OpenSSL's default security level too.
            SSL_CTX_set_security_level(tls.native_handle(), 0);
            SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_VERSION);
            SSL_CTX_set_max_proto_version(tls.native_handle(), options.maxTlsVersion);
            SSL_CTX_set_cipher_list(tls.native_handle(), "DEFAULT:@SECLEVEL=0");
        }
    }

    std::string connect()
    {
        stream.reset();
        buffer.clear();
        stream.emplace(ioc, tls);
        stream->set_verify_callback(net::ssl::host_name_verification(options.host));
        auto& tcpStream = beast::get_lowest_layer(*stream);
        tcpStream.expires_after(options.timeout);
        const tcp::endpoint endpoint(net::ip::make_address(options.host), port);
        if (!options.localAddress.empty()) {
            beast::error_code bindError;
            tcpStream.socket().open(endpoint.protocol(), bindError);
            if (!bindError)
                tcpStream.socket().bind(
                    tcp::endpoint(net::ip::make_address(options.localAddress), 0), bindError);
            if (bindError) {
                stream.reset();
                return "bind: " + bindError.message();
            }
        }
        if (auto ec
            = runToCompletion(ioc, [&](auto handler) { tcpStream.async_connect(endpoint, handler); })) {
            stream.reset();
            return "connect: " + ec.message();
        }
        beast::error_code noDelayError; // as the server: no Nagle delay between header and body
        tcpStream.socket().set_option(tcp::no_delay(true), noDelayError);
        tcpStream.expires_after(options.timeout);
        if (auto ec = runToCompletion(ioc,
                [&](auto handler) { stream->async_handshake(net::ssl::stream_base::client, handler); })) {
            stream.reset();
            return "handshake: " + ec.message();
        }
        return {};
    }

    unsigned short port;
    std::filesystem::path caFile;
    HttpsClientOptions options;
    net::io_context ioc;
    net::ssl::context tls;
    std::optional<beast::ssl_stream<beast::tcp_stream>> stream;
    beast::flat_buffer buffer;
};

HttpsClient::HttpsClient(unsigned short port, std::filesystem::path caFile, HttpsClientOptions options)
    : m_impl(std::make_unique<Impl>(port, std::move(caFile), std::move(options)))
{
}

HttpsClient::~HttpsClient() = default;
HttpsClient::HttpsClient(HttpsClient&&) noexcept = default;
HttpsClient& HttpsClient::operator=(HttpsClient&&) noexcept = default;

std::string HttpsClient::connect()
{
    return m_impl->connect();
}
bool HttpsClient::connected() const
{
    return m_impl->stream.has_value();
}
void HttpsClient::close()
{
    m_impl->stream.reset();
}

std::vector<std::pair<std::string, std::string>> HttpsClient::bearerHeader(std::string_view bearer)
{
    if (bearer.empty())
        return {};
    return { { "Authorization", "Bearer " + std::string(bearer) } };
}

HttpsReply HttpsClient::request(std::string_view method, std::string_view target, std::string body,
    std::string_view contentType, const std::vector<std::pair<std::string, std::string>>& headers)
{
    HttpsReply reply;
    if (!connected()) {
        if (auto error = connect(); !error.empty()) {
            reply.transportError = error;
            return reply;
        }
    }
    Impl& impl = *m_impl;
    bhttp::request<bhttp::string_body> request { bhttp::string_to_verb(method), target, 11 };
    request.set(bhttp::field::host, impl.options.host);
    request.keep_alive(true);
    if (!contentType.empty())
        request.set(bhttp::field::content_type, contentType);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    request.body() = std::move(body);
    request.prepare_payload();

    auto& tcpStream = beast::get_lowest_layer(*impl.stream);
    tcpStream.expires_after(impl.options.timeout);
    if (auto ec = runToCompletion(
            impl.ioc, [&](auto handler) { bhttp::async_write(*impl.stream, request, handler); })) {
        close();
        reply.transportError = "write: " + ec.message();
        return reply;
    }
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(128 * 1024 * 1024);
    tcpStream.expires_after(impl.options.timeout);
    if (auto ec = runToCompletion(
            impl.ioc, [&](auto handler) { bhttp::async_read(*impl.stream, impl.buffer, parser, handler); })) {
        close();
        reply.transportError = "read: " + ec.message();
        return reply;
    }
    auto response = parser.release();
    reply.status = static_cast<int>(response.result_int());
    for (const auto& field : response)
        reply.headers[lowerCase(field.name_string())] = std::string(field.value());
    reply.body = std::move(response.body());
    if (!response.keep_alive())
        close();
    return reply;
}

HttpsClient::RawExchange HttpsClient::sendRaw(std::string_view bytes, std::chrono::milliseconds timeout)
{
    if (!connected() && !connect().empty())
        return {};
    Impl& impl = *m_impl;
    auto& tcpStream = beast::get_lowest_layer(*impl.stream);
    tcpStream.expires_after(timeout);
    if (runToCompletion(impl.ioc, [&](auto handler) {
            net::async_write(*impl.stream, net::buffer(bytes.data(), bytes.size()), handler);
        })) {
        close();
        return {};
    }
    HttpsClient::RawExchange exchange;
    char chunk[4096];
    for (;;) {
        std::size_t got = 0;
        const auto ec = runToCompletion(impl.ioc, [&](auto handler) {
            impl.stream->async_read_some(
                net::buffer(chunk), [&got, handler](beast::error_code e, std::size_t n) mutable {
                    got = n;
                    handler(e);
                });
        });
        exchange.received.append(chunk, got);
        if (ec) {
            exchange.closedByServer = ec != beast::error::timeout;
            break;
        }
    }
    close();
    return exchange;
}

int connectFrom(const std::string& from, unsigned short port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local {};
    local.sin_family = AF_INET;
    sockaddr_in remote {};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    if (::inet_pton(AF_INET, from.c_str(), &local.sin_addr) != 1
        || ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr) != 1
        || ::bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0
        || ::connect(fd, reinterpret_cast<const sockaddr*>(&remote), sizeof remote) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

bool closedByPeerWithin(int fd, std::chrono::milliseconds timeout)
{
    pollfd entry { fd, POLLIN, 0 };
    if (::poll(&entry, 1, static_cast<int>(timeout.count())) <= 0)
        return false;
    char byte = 0;
    const auto got = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

HttpsClient::RawExchange plainTcpExchange(
    unsigned short port, std::string_view bytes, std::chrono::milliseconds timeout)
{
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.expires_after(timeout);
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    if (runToCompletion(ioc, [&](auto handler) { stream.async_connect(endpoint, handler); }))
        return {};
    if (runToCompletion(ioc, [&](auto handler) {
            net::async_write(stream, net::buffer(bytes.data(), bytes.size()), handler);
        }))
        return {};
    HttpsClient::RawExchange exchange;
    char chunk[4096];
    for (;;) {
        std::size_t got = 0;
        const auto ec = runToCompletion(ioc, [&](auto handler) {
            stream.async_read_some(
                net::buffer(chunk), [&got, handler](beast::error_code e, std::size_t n) mutable {
                    got = n;
                    handler(e);
                });
        });
        exchange.received.append(chunk, got);
        if (ec) {
            exchange.closedByServer = ec != beast::error::timeout;
            break;
        }
    }
    return exchange;
}

} // namespace yk::test
