#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace yk::storage {

/// 32 bytes of key material that wipes itself when it goes out of scope.
class SecretKey {
public:
    static constexpr std::size_t Size = 32;

    SecretKey() = default;
    SecretKey(const SecretKey& other) = default;
    SecretKey& operator=(const SecretKey& other) = default;
    ~SecretKey();

    /// 32 bytes from the operating system's CSPRNG (OpenSSL RAND_bytes).
    static SecretKey random();
    static SecretKey fromBytes(const std::uint8_t* bytes, std::size_t size);

    const std::uint8_t* data() const { return m_bytes.data(); }
    std::uint8_t* data() { return m_bytes.data(); }
    bool operator==(const SecretKey& other) const;

    /// The SQLCipher raw-key literal x'…' (64 hex digits): no PBKDF2 at open.
    std::string sqlcipherRawKey() const;

private:
    std::array<std::uint8_t, Size> m_bytes {};
};

} // namespace yk::storage
