#include "ticket_verifier.h"

#include "hex_text.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <array>
#include <cctype>
#include <memory>
#include <optional>

namespace yk::app {

using yokoten::v1::Ticket;
using yokoten::v1::TicketPayload;

namespace {

constexpr std::string_view kPrefix = "YK1.";
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSignatureSize = 64;
// A payload is a few ids and a name: anything far larger is not a ticket.
constexpr std::size_t kMaxPayloadBytes = 2048;

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

bool isBase64UrlChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
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

TicketVerification fail(TicketStatus status, Ticket ticket, std::string detail)
{
    TicketVerification result;
    result.status = status;
    result.ticket = std::move(ticket);
    result.detail = std::move(detail);
    return result;
}

} // namespace

TicketKey TicketKey::fromServerInfo(const yokoten::v1::ServerInfo& server)
{
    TicketKey key;
    if (server.ticket_public_key().size() != kKeySize)
        return key;
    key.publicKey = server.ticket_public_key();
    key.keyId = server.ticket_key_id();
    if (key.keyId.empty()) {
        // The server names its key the same way (ticket_signer.cpp).
        std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
        SHA256(reinterpret_cast<const unsigned char*>(key.publicKey.data()), key.publicKey.size(),
            digest.data());
        key.keyId = proto::toHex(digest.data(), 8);
    }
    return key;
}

TicketVerifier::TicketVerifier(TicketKey key)
    : m_key(std::move(key))
{
}

bool TicketVerifier::parseQrText(std::string_view text, Ticket& ticket, std::string& detail)
{
    std::string compact;
    compact.reserve(text.size());
    for (char c : text)
        if (std::isspace(static_cast<unsigned char>(c)) == 0)
            compact.push_back(c);
    std::string_view rest = compact;
    if (rest.size() >= kPrefix.size()) {
        std::string head(rest.substr(0, kPrefix.size()));
        for (char& c : head)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (head == kPrefix)
            rest.remove_prefix(kPrefix.size());
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

TicketVerification TicketVerifier::verifyQrText(std::string_view text, std::string_view sessionId) const
{
    Ticket ticket;
    std::string detail;
    if (!parseQrText(text, ticket, detail))
        return fail(TicketStatus::Malformed, {}, std::move(detail));
    return verify(ticket, sessionId);
}

TicketVerification TicketVerifier::verify(const Ticket& ticket, std::string_view sessionId) const
{
    if (m_key.empty())
        return fail(TicketStatus::NoKey, ticket, "no ticket key in the device account");
    if (ticket.payload().empty() || ticket.signature().size() != kSignatureSize)
        return fail(TicketStatus::Malformed, ticket, "ticket without payload or signature");

    TicketPayload payload;
    const bool parsed = payload.ParseFromString(ticket.payload());
    if (!signatureMatches(ticket)) {
        // The payload names the key that signed it: another key is a foreign ticket (another
        // server, a test system); our own key name with a bad signature means someone changed
        // the payload or the signature (or forged a ticket in our name: the same to the door).
        if (parsed && !payload.signing_key_id().empty() && payload.signing_key_id() != m_key.keyId)
            return fail(TicketStatus::ForeignKey, ticket, "signed by another key");
        return fail(TicketStatus::Tampered, ticket, "signature does not match the payload");
    }
    if (!parsed)
        return fail(TicketStatus::Malformed, ticket, "signed payload does not parse");
    if (payload.signing_key_id() != m_key.keyId)
        return fail(TicketStatus::ForeignKey, ticket, "payload names another signing key");

    TicketVerification result;
    result.ticket = ticket;
    result.payload = std::move(payload);
    if (!sessionId.empty() && result.payload.session_id() != sessionId) {
        result.status = TicketStatus::WrongSession;
        result.detail = "ticket of another session";
        return result;
    }
    result.status = TicketStatus::Valid;
    return result;
}

bool TicketVerifier::signatureMatches(const Ticket& ticket) const
{
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
        reinterpret_cast<const unsigned char*>(m_key.publicKey.data()), m_key.publicKey.size()));
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally: no digest is named, and it verifies in one shot.
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(ticket.signature().data()),
               ticket.signature().size(), reinterpret_cast<const unsigned char*>(ticket.payload().data()),
               ticket.payload().size())
        == 1;
}

} // namespace yk::app
