#include "auth_crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <ctime>

namespace yk::server::auth_crypto {

namespace {

constexpr std::string_view kBase64UrlAlphabet
    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

const unsigned char* bytesOf(std::string_view data)
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

} // namespace

std::string randomBytes(std::size_t size)
{
    std::string out(size, '\0');
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(size)) != 1)
        return {};
    return out;
}

std::string sha256(std::string_view data)
{
    std::string digest(SHA256_DIGEST_LENGTH, '\0');
    SHA256(bytesOf(data), data.size(), reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

std::string hmacSha256(std::string_view key, std::string_view data)
{
    std::string mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytesOf(data), data.size(),
            reinterpret_cast<unsigned char*>(mac.data()), &length)
        == nullptr)
        return {};
    mac.resize(length);
    return mac;
}

bool constantTimeEqual(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string base64UrlEncode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (static_cast<std::uint8_t>(bytes[i]) << 16)
            | (static_cast<std::uint8_t>(bytes[i + 1]) << 8) | static_cast<std::uint8_t>(bytes[i + 2]);
        out.push_back(kBase64UrlAlphabet[(v >> 18) & 63]);
        out.push_back(kBase64UrlAlphabet[(v >> 12) & 63]);
        out.push_back(kBase64UrlAlphabet[(v >> 6) & 63]);
        out.push_back(kBase64UrlAlphabet[v & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t v = static_cast<std::uint8_t>(bytes[i]) << 16;
        out.push_back(kBase64UrlAlphabet[(v >> 18) & 63]);
        out.push_back(kBase64UrlAlphabet[(v >> 12) & 63]);
    } else if (rest == 2) {
        const std::uint32_t v
            = (static_cast<std::uint8_t>(bytes[i]) << 16) | (static_cast<std::uint8_t>(bytes[i + 1]) << 8);
        out.push_back(kBase64UrlAlphabet[(v >> 18) & 63]);
        out.push_back(kBase64UrlAlphabet[(v >> 12) & 63]);
        out.push_back(kBase64UrlAlphabet[(v >> 6) & 63]);
    }
    return out;
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = base64UrlValue(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    // Leftover bits must be zero, so every byte string has exactly one encoding.
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::string randomCrockford(std::size_t count)
{
    // 32 letters: the low five bits of a random byte pick one without bias.
    const std::string bytes = randomBytes(count);
    if (bytes.size() != count)
        return {};
    std::string out;
    out.reserve(count);
    for (const char b : bytes)
        out.push_back(kCrockfordAlphabet[static_cast<std::uint8_t>(b) & 31]);
    return out;
}

std::int64_t unixSeconds(std::chrono::system_clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

std::string isoUtc(std::int64_t seconds)
{
    const auto t = static_cast<std::time_t>(seconds);
    std::tm utc {};
    gmtime_r(&t, &utc);
    std::array<char, 32> text {};
    const auto length = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
    return { text.data(), length };
}

} // namespace yk::server::auth_crypto
