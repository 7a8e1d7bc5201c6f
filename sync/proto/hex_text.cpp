#include "hex_text.h"

namespace yk::proto {

std::string toHex(const void* bytes, std::size_t size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    const auto* data = static_cast<const unsigned char*>(bytes);
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(kDigits[data[i] >> 4]);
        out.push_back(kDigits[data[i] & 0x0f]);
    }
    return out;
}

} // namespace yk::proto
