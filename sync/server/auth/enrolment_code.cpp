#include "enrolment_code.h"

#include "auth_crypto.h"

namespace yk::server {

namespace enrolment_code {

namespace {

// Decodes one UTF-8 character at `i` (advancing it); malformed bytes decode as U+FFFD.
char32_t nextCodePoint(std::string_view text, std::size_t& i)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t extra = 0;
    char32_t value = 0;
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        value = lead & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + extra >= text.size()) { // truncated sequence
        i = text.size();
        return 0xFFFD;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            i += k;
            return 0xFFFD;
        }
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    i += extra + 1;
    return value;
}

} // namespace

std::string generate()
{
    return auth_crypto::randomCrockford(kLength);
}

std::string format(std::string_view code)
{
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.push_back('-');
        out.push_back(code[i]);
    }
    return out;
}

std::optional<std::string> normalise(std::string_view typed)
{
    // Bounded before any work: a code is short, whatever else arrives is not one.
    if (typed.size() > 128)
        return std::nullopt;
    std::string out;
    std::size_t i = 0;
    while (i < typed.size()) {
        char32_t c = nextCodePoint(typed, i);
        if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII (ＡＢＣ１２３－)
            c -= 0xFEE0;
        if (c == ' ' || c == '-' || c == '\t' || c == 0x3000 /* ideographic space */ || c == 0x30FC /* ー */
            || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212)
            continue;
        if (c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (c >= 0x80 || auth_crypto::kCrockfordAlphabet.find(static_cast<char>(c)) == std::string_view::npos)
            return std::nullopt;
        out.push_back(static_cast<char>(c));
    }
    if (out.size() != kLength)
        return std::nullopt;
    return out;
}

std::string hashOf(std::string_view canonicalCode)
{
    return auth_crypto::sha256(canonicalCode);
}

StoreStatus insert(WriteTransaction& tx, std::string_view canonicalCode, std::string_view organisationId,
    yokoten::v1::DeviceKind kind, std::int64_t createdAt, std::int64_t expiresAt)
{
    auto stmt = tx.db().cached("INSERT INTO enrolment_codes(code_hash, organisation_id, kind, created_at, "
                               "expires_at) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bindBlob(1, hashOf(canonicalCode)).bind(2, organisationId).bind(3, static_cast<int>(kind));
    (*stmt)->bind(4, createdAt).bind(5, expiresAt);
    return (*stmt)->run();
}

} // namespace enrolment_code

std::string_view deviceKindName(yokoten::v1::DeviceKind kind)
{
    switch (kind) {
    case yokoten::v1::DEVICE_KIND_TABLET:
        return "tablet";
    case yokoten::v1::DEVICE_KIND_KIOSK:
        return "kiosk";
    case yokoten::v1::DEVICE_KIND_PHONE:
        return "phone";
    default:
        return "unknown";
    }
}

std::optional<yokoten::v1::DeviceKind> parseDeviceKind(std::string_view name)
{
    if (name == "tablet")
        return yokoten::v1::DEVICE_KIND_TABLET;
    if (name == "kiosk")
        return yokoten::v1::DEVICE_KIND_KIOSK;
    if (name == "phone")
        return yokoten::v1::DEVICE_KIND_PHONE;
    return std::nullopt;
}

} // namespace yk::server
