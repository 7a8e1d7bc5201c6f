#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yk::server {

/// scrypt work factor of a password hash. Production uses the default; tests and benchmarks
/// pass cheaper ones so a suite that creates many accounts stays fast. Every hash carries its
/// own parameters, so raising the default later does not break stored hashes.
struct PasswordCost {
    std::uint64_t n = std::uint64_t { 1 } << 15; ///< 32 MiB with r = 8: about 0.1 s per sign-in
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    static PasswordCost production() { return {}; }
    /// Far too weak for real passwords; only for tests.
    static PasswordCost forTests() { return { std::uint64_t { 1 } << 4, 1, 1 }; }
};

/// Passwords shorter than this (in characters, not bytes) are refused when an account is made.
inline constexpr std::size_t kMinimumPasswordLength = 10;

/// Number of Unicode characters in UTF-8 text (a Japanese passphrase counts per character).
std::size_t characterCount(std::string_view utf8);

/// A self-describing scrypt hash with a fresh random 16-byte salt:
/// "scrypt$N$r$p$<salt base64url>$<32-byte hash base64url>". Empty if the KDF fails
/// (out of memory).
std::string hashPassword(std::string_view password, const PasswordCost& cost = PasswordCost::production());

/// True when `password` matches `encoded` (constant-time comparison of the derived bytes).
/// A malformed hash or implausible parameters (from a damaged or hostile row) give false.
bool verifyPassword(std::string_view password, std::string_view encoded);

/// The cost stored in an encoded hash, or nothing for a malformed one.
std::optional<PasswordCost> costOf(std::string_view encoded);

} // namespace yk::server
