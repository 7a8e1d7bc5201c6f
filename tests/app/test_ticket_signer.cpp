#include "test_ticket_signer.h"

#include "hex_text.h"

#include <QByteArray>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <array>

namespace yk::app::test {

struct TestTicketSigner::Key {
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

TestTicketSigner::TestTicketSigner()
    : m_key(std::make_unique<Key>())
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    if (ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1)
        EVP_PKEY_keygen(ctx, &m_key->pkey);
    EVP_PKEY_CTX_free(ctx);
    std::array<unsigned char, 32> raw {};
    std::size_t size = raw.size();
    if (m_key->pkey != nullptr && EVP_PKEY_get_raw_public_key(m_key->pkey, raw.data(), &size) == 1) {
        m_publicKey.assign(reinterpret_cast<const char*>(raw.data()), size);
        std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
        SHA256(raw.data(), size, digest.data());
        m_keyId = proto::toHex(digest.data(), 8);
    }
}

TestTicketSigner::~TestTicketSigner() = default;

yokoten::v1::ServerInfo TestTicketSigner::serverInfo() const
{
    yokoten::v1::ServerInfo info;
    info.set_protocol_version(1);
    info.set_ticket_public_key(m_publicKey);
    info.set_ticket_key_id(m_keyId);
    return info;
}

yokoten::v1::Ticket TestTicketSigner::sign(
    yokoten::v1::TicketPayload payload, const std::string& claimedKeyId) const
{
    payload.set_signing_key_id(claimedKeyId.empty() ? m_keyId : claimedKeyId);
    yokoten::v1::Ticket ticket;
    ticket.set_payload(payload.SerializeAsString());
    std::array<unsigned char, 64> signature {};
    std::size_t length = signature.size();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (ctx != nullptr && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, signature.data(), &length,
               reinterpret_cast<const unsigned char*>(ticket.payload().data()), ticket.payload().size())
            == 1)
        ticket.set_signature(reinterpret_cast<const char*>(signature.data()), length);
    EVP_MD_CTX_free(ctx);
    return ticket;
}

QString TestTicketSigner::qrText(const yokoten::v1::Ticket& ticket)
{
    const auto encode = [](const std::string& bytes) {
        return QString::fromLatin1(QByteArray::fromStdString(bytes).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return QStringLiteral("YK1.") + encode(ticket.payload()) + QLatin1Char('.') + encode(ticket.signature());
}

} // namespace yk::app::test
