#include "password_hash.h"

#include "auth_crypto.h"

#include <openssl/evp.h>

#include <charconv>
#include <vector>

namespace yk::server {

namespace {

constexpr std::string_view kScheme = "scrypt";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
// Bounds for parameters read back from the store: a damaged row must not make the server
// allocate gigabytes per sign-in.
constexpr std::uint64_t kMaxN = std::uint64_t { 1 } << 20;
constexpr std::uint64_t kMaxMemory = std::uint64_t { 256 } << 20;

struct ParsedHash {
    PasswordCost cost;
    std::string salt;
    std::string hash;
};

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        parts.push_back(
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

template <typename T> bool parseNumber(std::string_view text, T& value)
{
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty();
}

std::uint64_t memoryFor(const PasswordCost& cost)
{
    // OpenSSL needs 128·r·(N + 2) bytes for V plus 128·r·p for B.
    return 128 * std::uint64_t { cost.r } * (cost.n + 2 + cost.p);
}

bool plausible(const PasswordCost& cost)
{
    const bool powerOfTwo = cost.n >= 2 && (cost.n & (cost.n - 1)) == 0;
    return powerOfTwo && cost.n <= kMaxN && cost.r >= 1 && cost.r <= 32 && cost.p >= 1 && cost.p <= 16
        && memoryFor(cost) <= kMaxMemory;
}

std::optional<ParsedHash> parse(std::string_view encoded)
{
    const auto parts = split(encoded, '$');
    if (parts.size() != 6 || parts[0] != kScheme)
        return std::nullopt;
    ParsedHash parsed;
    if (!parseNumber(parts[1], parsed.cost.n) || !parseNumber(parts[2], parsed.cost.r)
        || !parseNumber(parts[3], parsed.cost.p) || !plausible(parsed.cost))
        return std::nullopt;
    auto salt = auth_crypto::base64UrlDecode(parts[4]);
    auto hash = auth_crypto::base64UrlDecode(parts[5]);
    if (!salt || !hash || salt->size() < 8 || hash->size() != kHashBytes)
        return std::nullopt;
    parsed.salt = std::move(*salt);
    parsed.hash = std::move(*hash);
    return parsed;
}

std::string derive(std::string_view password, std::string_view salt, const PasswordCost& cost)
{
    std::string out(kHashBytes, '\0');
    const int ok = EVP_PBE_scrypt(password.data(), password.size(),
        reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), cost.n, cost.r, cost.p,
        memoryFor(cost) + (std::uint64_t { 1 } << 20), reinterpret_cast<unsigned char*>(out.data()),
        out.size());
    return ok == 1 ? out : std::string();
}

} // namespace

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char c : utf8) {
        // Count every byte that does not continue a multi-byte sequence.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

std::string hashPassword(std::string_view password, const PasswordCost& cost)
{
    if (!plausible(cost))
        return {};
    const std::string salt = auth_crypto::randomBytes(kSaltBytes);
    if (salt.size() != kSaltBytes)
        return {};
    const std::string hash = derive(password, salt, cost);
    if (hash.empty())
        return {};
    return std::string(kScheme) + "$" + std::to_string(cost.n) + "$" + std::to_string(cost.r) + "$"
        + std::to_string(cost.p) + "$" + auth_crypto::base64UrlEncode(salt) + "$"
        + auth_crypto::base64UrlEncode(hash);
}

bool verifyPassword(std::string_view password, std::string_view encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return false;
    const std::string candidate = derive(password, parsed->salt, parsed->cost);
    return !candidate.empty() && auth_crypto::constantTimeEqual(candidate, parsed->hash);
}

std::optional<PasswordCost> costOf(std::string_view encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return std::nullopt;
    return parsed->cost;
}

} // namespace yk::server
