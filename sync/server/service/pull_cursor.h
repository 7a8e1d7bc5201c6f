#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// The opaque cursor of a pull: the last change version a device has, and a fingerprint of
/// the audiences it was pulled for. Devices store and return it as bytes; only the server
/// reads it.
struct PullCursor {
    std::int64_t version = 0;
    std::string scopes;

    bool isStart() const { return version == 0 && scopes.empty(); }
    std::string encode() const;
    /// Empty bytes are the start; anything not made by encode() is nullopt.
    static std::optional<PullCursor> decode(std::string_view bytes);
};

/// A short, stable fingerprint of a sorted audience list (SHA-256, 16 hex digits).
std::string scopeFingerprint(const std::vector<std::string>& audiences);

} // namespace yk::server
