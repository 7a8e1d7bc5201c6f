#include "ticket_code.h"

#include <openssl/evp.h>

#include <cctype>
#include <optional>

namespace yk::app {

namespace {

constexpr std::size_t kSignatureSize = 64; // Ed25519
// A payload is a few ids and a name: anything far larger is not a ticket.
constexpr std::size_t kMaxPayloadBytes = 2048;

bool isBase64UrlChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

std::string encodeBase64Url(std::string_view bytes)
{
    std::string standard(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(standard.data()),
        reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    standard.resize(static_cast<std::size_t>(length));
    while (!standard.empty() && standard.back() == '=')
        standard.pop_back();
    for (char& c : standard)
        c = c == '+' ? '-' : c == '/' ? '_' : c;
    return standard;
}

// RFC 4648 §5 without padding, decoded by OpenSSL's standard-alphabet decoder after mapping
// the two URL-safe characters back and restoring the padding it expects.
std::optional<std::string> decodeBase64Url(std::string_view text)
{
    if (text.empty() || text.size() % 4 == 1)
        return std::nullopt;
    std::string standard;
    standard.reserve(text.size() + 2);
    for (char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
        standard.push_back(c == '-' ? '+' : c == '_' ? '/' : c);
    }
    const std::size_t padding = (4 - standard.size() % 4) % 4;
    standard.append(padding, '=');
    std::string bytes(standard.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()),
        reinterpret_cast<const unsigned char*>(standard.data()), static_cast<int>(standard.size()));
    if (length < 0 || static_cast<std::size_t>(length) < padding)
        return std::nullopt;
    bytes.resize(static_cast<std::size_t>(length) - padding);
    return bytes;
}

} // namespace

std::string TicketCode::format(const yokoten::v1::Ticket& ticket)
{
    return std::string(Prefix) + encodeBase64Url(ticket.payload()) + '.'
        + encodeBase64Url(ticket.signature());
}

bool TicketCode::parse(std::string_view text, yokoten::v1::Ticket& ticket, std::string& detail)
{
    std::string compact;
    compact.reserve(text.size());
    for (char c : text)
        if (std::isspace(static_cast<unsigned char>(c)) == 0)
            compact.push_back(c);
    std::string_view rest = compact;
    if (rest.size() >= Prefix.size()) {
        std::string head(rest.substr(0, Prefix.size()));
        for (char& c : head)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (head == Prefix)
            rest.remove_prefix(Prefix.size());
    }
    const auto dot = rest.find('.');
    if (rest.empty() || dot == std::string_view::npos || rest.find('.', dot + 1) != std::string_view::npos) {
        detail = "not of the form YK1.<payload>.<signature>";
        return false;
    }
    auto payload = decodeBase64Url(rest.substr(0, dot));
    auto signature = decodeBase64Url(rest.substr(dot + 1));
    if (!payload || !signature) {
        detail = "payload or signature is not base64url";
        return false;
    }
    if (payload->size() > kMaxPayloadBytes) {
        detail = "payload too large";
        return false;
    }
    if (signature->size() != kSignatureSize) {
        detail = "signature is not 64 bytes";
        return false;
    }
    ticket.Clear();
    ticket.set_payload(std::move(*payload));
    ticket.set_signature(std::move(*signature));
    return true;
}

} // namespace yk::app
