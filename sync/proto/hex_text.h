#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace yk::proto {

/// Bytes as lower-case hex, two digits a byte: digests, keys, addresses.
std::string toHex(const void* bytes, std::size_t size);
inline std::string toHex(std::string_view bytes)
{
    return toHex(bytes.data(), bytes.size());
}

/// The value of one hex digit (either case), or -1 for any other character.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// True for 64 lower-case hex digits: a SHA-256 as attachments and pins are addressed.
constexpr bool isSha256Hex(std::string_view text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

/// Hex text (either case, an even number of digits) as bytes; false for anything else.
bool fromHex(std::string_view text, std::string& bytes);

} // namespace yk::proto
