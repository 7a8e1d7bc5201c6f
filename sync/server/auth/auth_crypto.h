#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yk::server::auth_crypto {

/// Small OpenSSL wrappers shared by the authenticator, the admin commands and the demo seed.
/// Byte strings travel as std::string (raw bytes); text encodings are explicit.

/// `size` bytes from OpenSSL's CSPRNG; empty only if the generator fails.
std::string randomBytes(std::size_t size);
/// Raw 32-byte SHA-256 digest.
std::string sha256(std::string_view data);
/// Raw 32-byte HMAC-SHA256.
std::string hmacSha256(std::string_view key, std::string_view data);
/// Equal length and equal bytes, in time that depends only on the length (CRYPTO_memcmp).
bool constantTimeEqual(std::string_view a, std::string_view b);

/// RFC 4648 §5 alphabet without padding: safe in URLs, headers and the password-hash format.
std::string base64UrlEncode(std::string_view bytes);
/// Refuses padding, other alphabets and impossible lengths.
std::optional<std::string> base64UrlDecode(std::string_view text);

/// Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so a code read
/// aloud or typed from paper has no look-alike letters.
inline constexpr std::string_view kCrockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// `count` uniformly random characters of the Crockford alphabet.
std::string randomCrockford(std::size_t count);

std::int64_t unixSeconds(std::chrono::system_clock::time_point time);
/// "2025-04-01T09:30:00Z".
std::string isoUtc(std::int64_t unixSeconds);

} // namespace yk::server::auth_crypto
