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

} // namespace yk::proto
