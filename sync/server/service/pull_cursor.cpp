#include "pull_cursor.h"

#include "hex_text.h"

#include <openssl/evp.h>

#include <charconv>

namespace yk::server {

namespace {

constexpr std::string_view kPrefix = "c1:";
constexpr std::size_t kFingerprintDigits = 16;

bool isLowerHex(std::string_view text)
{
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

std::string PullCursor::encode() const
{
    return std::string(kPrefix) + std::to_string(version) + ":" + scopes;
}

std::optional<PullCursor> PullCursor::decode(std::string_view bytes)
{
    if (bytes.empty())
        return PullCursor {};
    if (bytes.size() > 64 || bytes.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    bytes.remove_prefix(kPrefix.size());
    const auto colon = bytes.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    PullCursor cursor;
    const auto digits = bytes.substr(0, colon);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cursor.version);
    if (ec != std::errc() || end != digits.data() + digits.size() || cursor.version < 0)
        return std::nullopt;
    cursor.scopes = std::string(bytes.substr(colon + 1));
    if (cursor.scopes.size() != kFingerprintDigits || !isLowerHex(cursor.scopes))
        return std::nullopt;
    return cursor;
}

std::string scopeFingerprint(const std::vector<std::string>& audiences)
{
    std::string joined;
    for (const auto& key : audiences) {
        joined += key;
        joined += '\n';
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(joined.data(), joined.size(), digest, &length, EVP_sha256(), nullptr);
    return proto::toHex(digest, kFingerprintDigits / 2);
}

} // namespace yk::server
