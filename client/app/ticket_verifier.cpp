#include "ticket_verifier.h"

#include "hex_text.h"
#include "ticket_code.h"

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

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSignatureSize = 64;

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

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
    return TicketCode::parse(text, ticket, detail);
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
