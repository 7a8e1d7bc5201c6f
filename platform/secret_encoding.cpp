#include "secret_encoding.h"

#include "proto/hex_text.h"

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
    if (text.size() != 2 * storage::SecretKey::Size)
        return std::nullopt;
    std::array<std::uint8_t, storage::SecretKey::Size> bytes {};
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const int high = proto::hexDigitValue(text[2 * i]);
        const int low = proto::hexDigitValue(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    auto secret = storage::SecretKey::fromBytes(bytes.data(), bytes.size());
    bytes.fill(0);
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
