#include "ticket_signer.h"

#include "hex_text.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <array>

namespace yk::server {

using storage::makeError;
using Statement = SqlStatement;
using storage::StoreErrorCode;
using yokoten::v1::Ticket;
using yokoten::v1::TicketPayload;

namespace {

constexpr std::string_view kMetaKey = "ticket_signing_key";
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSignatureSize = 64;
// Base32 without 0/O and 1/I, so a code read aloud or typed from paper cannot be misread.
constexpr std::string_view kShortCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

StoreResult<std::string> readMeta(SqlConnection& db, std::string_view key)
{
    auto stmt = db.cached("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read ticket key");
        (*stmt)->reset();
        return error;
    }
    std::string value = step == Statement::Step::Row ? (*stmt)->columnText(0) : std::string();
    (*stmt)->reset();
    return value;
}

StoreResult<std::string> newPrivateKeyHex()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return makeError(StoreErrorCode::Internal, "generate the ticket signing key");
    PkeyPtr key(raw);
    std::array<unsigned char, kKeySize> bytes {};
    std::size_t size = bytes.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), bytes.data(), &size) != 1 || size != kKeySize)
        return makeError(StoreErrorCode::Internal, "export the ticket signing key");
    std::string hex = proto::toHex(bytes.data(), bytes.size());
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return hex;
}

// The stored key, created (and committed) on first use.
StoreResult<std::string> loadOrCreateKeyHex(ServerStore& store)
{
    auto tx = store.write();
    if (!tx)
        return tx.error();
    auto stored = readMeta((*tx)->db(), kMetaKey);
    if (!stored)
        return stored.error();
    if (!stored->empty())
        return std::move(*stored);
    auto created = newPrivateKeyHex();
    if (!created)
        return created.error();
    auto insert = (*tx)->db().cached("INSERT INTO meta(key, value) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, kMetaKey).bind(2, *created);
    if (auto status = (*insert)->run(); !status)
        return status.error();
    if (auto status = (*tx)->commit(); !status)
        return status.error();
    return std::move(*created);
}

} // namespace

struct TicketSigner::Impl {
    PkeyPtr key;
    std::string publicKey;
    std::string keyId;
};

TicketSigner::TicketSigner()
    : m_impl(std::make_unique<Impl>())
{
}

TicketSigner::~TicketSigner() = default;

StoreResult<std::unique_ptr<TicketSigner>> TicketSigner::open(ServerStore& store)
{
    auto hex = loadOrCreateKeyHex(store);
    if (!hex)
        return hex.error();
    std::string secret;
    const bool parsed = proto::fromHex(*hex, secret) && secret.size() == kKeySize;
    OPENSSL_cleanse(hex->data(), hex->size());
    if (!parsed) {
        OPENSSL_cleanse(secret.data(), secret.size());
        return makeError(StoreErrorCode::Corrupt, "stored ticket signing key is damaged");
    }
    PkeyPtr key(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(secret.data()), secret.size()));
    OPENSSL_cleanse(secret.data(), secret.size());
    if (!key)
        return makeError(StoreErrorCode::Corrupt, "stored ticket signing key is not an Ed25519 key");

    std::array<unsigned char, kKeySize> publicKey {};
    std::size_t size = publicKey.size();
    if (EVP_PKEY_get_raw_public_key(key.get(), publicKey.data(), &size) != 1 || size != kKeySize)
        return makeError(StoreErrorCode::Internal, "derive the ticket public key");
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
    SHA256(publicKey.data(), publicKey.size(), digest.data());

    std::unique_ptr<TicketSigner> signer(new TicketSigner());
    signer->m_impl->key = std::move(key);
    signer->m_impl->publicKey.assign(reinterpret_cast<const char*>(publicKey.data()), publicKey.size());
    signer->m_impl->keyId = proto::toHex(digest.data(), 8);
    return signer;
}

Ticket TicketSigner::sign(TicketPayload payload) const
{
    payload.set_signing_key_id(m_impl->keyId);
    Ticket ticket;
    ticket.set_payload(payload.SerializeAsString());
    ticket.set_short_code(shortCodeFor(payload.ticket_id()));

    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    std::array<unsigned char, kSignatureSize> signature {};
    std::size_t length = signature.size();
    const auto* data = reinterpret_cast<const unsigned char*>(ticket.payload().data());
    // Ed25519 hashes internally: no digest is named (NULL md), and it signs in one shot.
    if (ctx && EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->key.get()) == 1
        && EVP_DigestSign(ctx.get(), signature.data(), &length, data, ticket.payload().size()) == 1) {
        ticket.set_signature(reinterpret_cast<const char*>(signature.data()), length);
    }
    // Without a signature the ticket is refused at the door, which is the safe failure.
    return ticket;
}

std::optional<TicketPayload> TicketSigner::verify(const Ticket& ticket) const
{
    if (ticket.signature().size() != kSignatureSize)
        return std::nullopt;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->key.get()) != 1)
        return std::nullopt;
    const auto* signature = reinterpret_cast<const unsigned char*>(ticket.signature().data());
    const auto* data = reinterpret_cast<const unsigned char*>(ticket.payload().data());
    if (EVP_DigestVerify(ctx.get(), signature, ticket.signature().size(), data, ticket.payload().size()) != 1)
        return std::nullopt;
    TicketPayload payload;
    if (!payload.ParseFromString(ticket.payload()) || payload.signing_key_id() != m_impl->keyId)
        return std::nullopt;
    return payload;
}

const std::string& TicketSigner::publicKey() const
{
    return m_impl->publicKey;
}

const std::string& TicketSigner::keyId() const
{
    return m_impl->keyId;
}

std::string TicketSigner::shortCodeFor(std::string_view ticketId)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest {};
    SHA256(reinterpret_cast<const unsigned char*>(ticketId.data()), ticketId.size(), digest.data());
    // 8 characters × 5 bits = the first 40 bits of the hash.
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < 5; ++i)
        bits = (bits << 8) | digest[i];
    std::string code(8, ' ');
    for (std::size_t i = 0; i < code.size(); ++i)
        code[code.size() - 1 - i] = kShortCodeAlphabet[(bits >> (5 * i)) & 0x1f];
    return code;
}

} // namespace yk::server
