#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace yk::sync {

/// Where the server is, from a "https://host[:port][/prefix]" URL.
struct ServerAddress {
    bool tls = true;
    std::string host; ///< without brackets for IPv6
    std::string port; ///< decimal
    bool hostIsIpAddress = false;
    std::string hostHeader; ///< "host[:port]", the port only when not the scheme's default
    std::string pathPrefix; ///< "" or "/prefix" (no trailing slash), put before every target
};

/// Parses `url`; nothing (and `error` in English) for anything this transport cannot use:
/// another scheme, user info, a query or fragment, a bad port, plain http when not allowed.
std::optional<ServerAddress> parseServerAddress(
    std::string_view url, bool allowPlainHttp, std::string& error);

} // namespace yk::sync
