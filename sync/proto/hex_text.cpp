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

bool fromHex(std::string_view text, std::string& bytes)
{
    if (text.size() % 2 != 0)
        return false;
    std::string out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = hexDigitValue(text[i]);
        const int low = hexDigitValue(text[i + 1]);
        if (high < 0 || low < 0)
            return false;
        out.push_back(static_cast<char>((high << 4) | low));
    }
    bytes = std::move(out);
    return true;
}

} // namespace yk::proto
