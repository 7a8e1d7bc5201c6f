#include "secret_key.h"

#include "hex_text.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstdlib>

namespace yk::storage {

SecretKey::~SecretKey()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

SecretKey SecretKey::random()
{
    SecretKey key;
    if (RAND_bytes(key.m_bytes.data(), static_cast<int>(key.m_bytes.size())) != 1)
        std::abort(); // no entropy: continuing would create a guessable key
    return key;
}

SecretKey SecretKey::fromBytes(const std::uint8_t* bytes, std::size_t size)
{
    SecretKey key;
    std::copy_n(bytes, std::min(size, Size), key.m_bytes.begin());
    return key;
}

bool SecretKey::operator==(const SecretKey& other) const
{
    return CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), Size) == 0;
}

std::string SecretKey::sqlcipherRawKey() const
{
    return "x'" + proto::toHex(m_bytes.data(), m_bytes.size()) + "'";
}

} // namespace yk::storage
