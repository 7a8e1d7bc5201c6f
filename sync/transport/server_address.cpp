#include "server_address.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <cctype>

namespace yk::sync {

namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size()
        && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char expected, char actual) {
               return std::tolower(static_cast<unsigned char>(actual)) == expected;
           });
}

bool isHostNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

bool isPathChar(char c)
{
    // Unreserved characters, sub-delims and '/', '%', ':', '@' (RFC 3986 path); never spaces
    // or control characters, which would end up in the request line.
    return std::isalnum(static_cast<unsigned char>(c))
        || std::string_view("-._~!$&'()*+,;=:@/%").find(c) != std::string_view::npos;
}

} // namespace

std::optional<ServerAddress> parseServerAddress(std::string_view url, bool allowPlainHttp, std::string& error)
{
    ServerAddress address;
    std::string_view rest;
    if (startsWithNoCase(url, "https://")) {
        rest = url.substr(8);
    } else if (startsWithNoCase(url, "http://")) {
        if (!allowPlainHttp) {
            error = "plain http is not allowed (https only)";
            return std::nullopt;
        }
        address.tls = false;
        rest = url.substr(7);
    } else {
        error = "the server address must start with https://";
        return std::nullopt;
    }
    if (rest.find_first_of("?#") != std::string_view::npos) {
        error = "the server address must not have a query or fragment";
        return std::nullopt;
    }
    const std::size_t slash = rest.find('/');
    std::string_view authority = rest.substr(0, slash);
    std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    if (!std::all_of(path.begin(), path.end(), isPathChar)) {
        error = "the server address has characters not allowed in a path";
        return std::nullopt;
    }
    address.pathPrefix = std::string(path);

    if (authority.find('@') != std::string_view::npos) {
        error = "the server address must not carry a user name or password";
        return std::nullopt;
    }
    std::string_view host;
    std::string_view port;
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos) {
            error = "unclosed '[' in the server address";
            return std::nullopt;
        }
        host = authority.substr(1, close - 1);
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') {
                error = "unexpected text after ']' in the server address";
                return std::nullopt;
            }
            port = after.substr(1);
            if (port.empty()) {
                error = "empty port in the server address";
                return std::nullopt;
            }
        }
        boost::system::error_code ec;
        const auto parsed = boost::asio::ip::make_address_v6(std::string(host), ec);
        if (ec) {
            error = "not an IPv6 address between '[' and ']'";
            return std::nullopt;
        }
        (void)parsed;
        address.hostIsIpAddress = true;
    } else {
        const std::size_t colon = authority.find(':');
        if (colon != std::string_view::npos && authority.find(':', colon + 1) != std::string_view::npos) {
            error = "an IPv6 address must be written in brackets: https://[::1]:8443";
            return std::nullopt;
        }
        host = authority.substr(0, colon);
        if (colon != std::string_view::npos) {
            port = authority.substr(colon + 1);
            if (port.empty()) {
                error = "empty port in the server address";
                return std::nullopt;
            }
        }
        if (host.empty() || !std::all_of(host.begin(), host.end(), isHostNameChar)) {
            error = "the server address has no usable host name";
            return std::nullopt;
        }
        boost::system::error_code ec;
        const auto parsed = boost::asio::ip::make_address_v4(std::string(host), ec);
        (void)parsed;
        address.hostIsIpAddress = !ec;
    }
    if (host.empty()) {
        error = "the server address has no host";
        return std::nullopt;
    }

    const std::string_view defaultPort = address.tls ? "443" : "80";
    if (port.empty()) {
        port = defaultPort;
    } else {
        unsigned long value = 0;
        for (const char c : port) {
            if (!std::isdigit(static_cast<unsigned char>(c)) || value > 65535) {
                error = "the port of the server address is not a number from 1 to 65535";
                return std::nullopt;
            }
            value = value * 10 + static_cast<unsigned long>(c - '0');
        }
        if (value == 0 || value > 65535) {
            error = "the port of the server address is not a number from 1 to 65535";
            return std::nullopt;
        }
        port = port.substr(std::min(port.find_first_not_of('0'), port.size()));
    }

    address.host = std::string(host);
    std::transform(address.host.begin(), address.host.end(), address.host.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    address.port = std::string(port);
    address.hostHeader = authority.front() == '[' ? "[" + address.host + "]" : address.host;
    if (address.port != defaultPort)
        address.hostHeader += ":" + address.port;
    return address;
}

} // namespace yk::sync
