#include "secret_encoding.h"

#include "proto/hex_text.h"

#include <openssl/crypto.h>

#include <array>
#include <cstdint>

namespace yk::platform {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

std::string encodeSecret(const storage::SecretKey& secret)
{
    return proto::toHex(secret.data(), storage::SecretKey::Size);
}

std::optional<storage::SecretKey> decodeSecret(std::string_view text)
{
    if (text.size() == storage::SecretKey::Size) {
        // Raw bytes (systemd-creds encrypt of a binary file): hex text is never 32 bytes long.
        return storage::SecretKey::fromBytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    }
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    std::string bytes;
    if (text.size() != 2 * storage::SecretKey::Size || !proto::fromHex(text, bytes))
        return std::nullopt;
    auto secret
        = storage::SecretKey::fromBytes(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return secret;
}

bool isValidStoreId(std::string_view storeId)
{
    if (storeId.empty() || storeId.size() > 64)
        return false;
    for (const char c : storeId) {
        const bool ok
            = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace yk::platform
