#include "key_file.h"

#include "storage_names.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

namespace yk::store {

namespace {

// A store's key file starts with this line so that "not ours" is told apart from "damaged".
constexpr std::string_view kMagic = "YOKOTEN-STORE-KEY\n";
constexpr std::size_t kMaxKeyFileSize = 64u * 1024u;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::uint64_t kMaxScryptN = 1u << 20;
constexpr std::uint64_t kMaxScryptMemory = 256ull * 1024 * 1024;

using Slot = yokoten::store::v1::KeySlot;
using Kdf = yokoten::store::v1::KdfParams;

std::string randomBytes(std::size_t size)
{
    std::string bytes(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(size)) != 1)
        std::abort();
    return bytes;
}

// Binds a slot to its store, kind and generation, so a slot cannot be moved between them.
std::string associatedData(const std::string& storeId, Slot::Kind kind, std::uint32_t generation)
{
    return "yokoten.store.v1|" + storeId + "|" + std::to_string(static_cast<int>(kind)) + "|"
        + std::to_string(generation);
}

StoreResult<SecretKey> deriveFromPasscode(std::string_view passcode, const Kdf& params)
{
    SecretKey kek;
    const auto* salt = reinterpret_cast<const unsigned char*>(params.salt().data());
    int ok = 0;
    switch (params.algorithm()) {
    case Kdf::ALGORITHM_SCRYPT: {
        // The parameters come from a file that may be damaged or hostile: bound the memory
        // (128·N·r·p bytes) so a crafted slot cannot make the device allocate gigabytes.
        const std::uint64_t n = params.scrypt_n();
        const std::uint64_t r = params.scrypt_r();
        const std::uint64_t p = params.scrypt_p();
        const bool powerOfTwo = n >= 2 && (n & (n - 1)) == 0;
        if (!powerOfTwo || n > kMaxScryptN || r == 0 || r > 32 || p == 0 || p > 16
            || 128 * n * r * p > kMaxScryptMemory)
            return makeError(StoreErrorCode::Corrupt, "key file has implausible scrypt parameters");
        ok = EVP_PBE_scrypt(passcode.data(), passcode.size(), salt, params.salt().size(), n, r, p,
            kMaxScryptMemory + 64ull * 1024, kek.data(), SecretKey::Size);
        break;
    }
    case Kdf::ALGORITHM_PBKDF2_SHA256:
        if (params.pbkdf2_iterations() == 0 || params.pbkdf2_iterations() > 10'000'000)
            return makeError(StoreErrorCode::Corrupt, "key file has implausible PBKDF2 parameters");
        ok = PKCS5_PBKDF2_HMAC(passcode.data(), static_cast<int>(passcode.size()), salt,
            static_cast<int>(params.salt().size()), static_cast<int>(params.pbkdf2_iterations()),
            EVP_sha256(), static_cast<int>(SecretKey::Size), kek.data());
        break;
    default:
        return makeError(StoreErrorCode::NewerVersion, "key file uses an unknown key derivation");
    }
    if (ok != 1)
        return makeError(StoreErrorCode::Corrupt, "key derivation refused the key file's parameters");
    return kek;
}

struct CipherContext {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

std::string sealKey(
    const SecretKey& kek, const SecretKey& dataKey, const std::string& nonce, const std::string& aad)
{
    CipherContext c;
    std::string out(SecretKey::Size + kTagSize, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr);
    EVP_EncryptInit_ex(
        c.ctx, nullptr, nullptr, kek.data(), reinterpret_cast<const unsigned char*>(nonce.data()));
    EVP_EncryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
        static_cast<int>(aad.size()));
    EVP_EncryptUpdate(c.ctx, o, &len, dataKey.data(), static_cast<int>(SecretKey::Size));
    EVP_EncryptFinal_ex(c.ctx, o + len, &len);
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), o + SecretKey::Size);
    return out;
}

// Returns false when the tag does not verify: wrong secret, or a tampered slot.
bool openKey(const SecretKey& kek, const std::string& sealed, const std::string& nonce,
    const std::string& aad, SecretKey& dataKey)
{
    if (sealed.size() != SecretKey::Size + kTagSize || nonce.size() != kNonceSize)
        return false;
    CipherContext c;
    int len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.data());
    EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr);
    EVP_DecryptInit_ex(
        c.ctx, nullptr, nullptr, kek.data(), reinterpret_cast<const unsigned char*>(nonce.data()));
    EVP_DecryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
        static_cast<int>(aad.size()));
    SecretKey plain;
    EVP_DecryptUpdate(c.ctx, plain.data(), &len, in, static_cast<int>(SecretKey::Size));
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize),
        const_cast<unsigned char*>(in + SecretKey::Size));
    if (EVP_DecryptFinal_ex(c.ctx, plain.data() + len, &len) != 1)
        return false;
    dataKey = plain;
    return true;
}

template <typename Predicate>
void eraseSlotsIf(google::protobuf::RepeatedPtrField<Slot>* slots, Predicate matches)
{
    for (int i = slots->size() - 1; i >= 0; --i)
        if (matches(slots->Get(i)))
            slots->DeleteSubrange(i, 1);
}

} // namespace

KdfSettings KdfSettings::fastForTests()
{
    KdfSettings settings;
    settings.scryptN = 1u << 10;
    settings.scryptR = 8;
    settings.scryptP = 1;
    return settings;
}

KeyFile KeyFile::createNew(std::string storeId, std::uint32_t cipherPageSize)
{
    KeyFile file;
    file.m_file.set_format_version(FormatVersion);
    file.m_file.set_store_id(std::move(storeId));
    file.m_file.set_key_generation(1);
    file.m_file.set_cipher_page_size(cipherPageSize);
    return file;
}

StoreResult<KeyFile> KeyFile::load(const std::filesystem::path& path)
{
    auto content = readWholeFile(path, kMaxKeyFileSize);
    if (!content) {
        if (content.error().code == StoreErrorCode::NotFound)
            return makeError(StoreErrorCode::NotAStore, "no key file (store.key) in the folder");
        return content.error();
    }
    std::string_view bytes(*content);
    if (bytes.substr(0, kMagic.size()) != kMagic)
        return makeError(StoreErrorCode::NotAStore, "store.key is not a Yokoten key file");
    bytes.remove_prefix(kMagic.size());
    KeyFile file;
    if (!file.m_file.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return makeError(StoreErrorCode::Corrupt, "store.key is damaged (does not parse)");
    if (file.m_file.format_version() > FormatVersion)
        return makeError(
            StoreErrorCode::NewerVersion, "store.key format " + std::to_string(file.m_file.format_version()));
    if (file.m_file.format_version() == 0 || file.m_file.store_id().empty() || file.m_file.slots_size() == 0)
        return makeError(StoreErrorCode::Corrupt, "store.key is damaged (missing fields)");
    // SQLCipher 3.4.1 crashes on a cipher_page_size that is not a power of two in its range,
    // so a damaged value must never reach PRAGMA cipher_page_size.
    const std::uint32_t pageSize = file.m_file.cipher_page_size();
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return makeError(StoreErrorCode::Corrupt, "store.key is damaged (page size)");
    return file;
}

StoreStatus KeyFile::save(const std::filesystem::path& path) const
{
    std::string bytes(kMagic);
    bytes += m_file.SerializeAsString();
    return writeFileAtomically(path, bytes);
}

StoreStatus KeyFile::setPasscodeSlot(const SecretKey& dataKey, std::uint32_t generation,
    std::string_view passcode, const KdfSettings& settings)
{
    if (passcode.empty())
        return makeError(StoreErrorCode::InvalidArgument, "empty passcode");
    Kdf params;
    params.set_salt(randomBytes(16));
    if (settings.algorithm == KdfSettings::Algorithm::Scrypt) {
        params.set_algorithm(Kdf::ALGORITHM_SCRYPT);
        params.set_scrypt_n(settings.scryptN);
        params.set_scrypt_r(settings.scryptR);
        params.set_scrypt_p(settings.scryptP);
    } else {
        params.set_algorithm(Kdf::ALGORITHM_PBKDF2_SHA256);
        params.set_pbkdf2_iterations(settings.pbkdf2Iterations);
    }
    auto kek = deriveFromPasscode(passcode, params);
    if (!kek)
        return kek.error();

    Slot* slot = replaceSlot(Slot::KIND_PASSCODE, generation);
    slot->set_label("passcode");
    *slot->mutable_kdf() = params;
    slot->set_ciphertext(
        sealKey(*kek, dataKey, slot->nonce(), associatedData(storeId(), Slot::KIND_PASSCODE, generation)));
    return {};
}

void KeyFile::setSecretSlot(SlotKind kind, std::string label, const SecretKey& dataKey,
    std::uint32_t generation, const SecretKey& secret)
{
    Slot* slot = replaceSlot(kind, generation);
    slot->set_label(std::move(label));
    // The secret is already 256 random bits: it is the key-encryption key, no stretching.
    slot->set_ciphertext(
        sealKey(secret, dataKey, slot->nonce(), associatedData(storeId(), kind, generation)));
}

bool KeyFile::hasSlot(SlotKind kind, std::uint32_t generation) const
{
    return std::any_of(m_file.slots().begin(), m_file.slots().end(),
        [&](const auto& slot) { return slot.kind() == kind && slot.key_generation() == generation; });
}

void KeyFile::keepOnlyGeneration(std::uint32_t generation)
{
    eraseSlotsIf(m_file.mutable_slots(),
        [generation](const Slot& slot) { return slot.key_generation() != generation; });
}

yokoten::store::v1::KeySlot* KeyFile::replaceSlot(SlotKind kind, std::uint32_t generation)
{
    eraseSlotsIf(m_file.mutable_slots(),
        [&](const Slot& slot) { return slot.kind() == kind && slot.key_generation() == generation; });
    Slot* slot = m_file.add_slots();
    slot->set_kind(kind);
    slot->set_key_generation(generation);
    slot->set_nonce(randomBytes(kNonceSize));
    return slot;
}

StoreResult<SecretKey> KeyFile::unlockWithPasscode(std::string_view passcode, std::uint32_t generation) const
{
    bool sawSlot = false;
    for (const auto& slot : m_file.slots()) {
        if (slot.kind() != Slot::KIND_PASSCODE || slot.key_generation() != generation)
            continue;
        sawSlot = true;
        auto kek = deriveFromPasscode(passcode, slot.kdf());
        if (!kek)
            return kek.error();
        SecretKey dataKey;
        if (openKey(*kek, slot.ciphertext(), slot.nonce(),
                associatedData(storeId(), Slot::KIND_PASSCODE, generation), dataKey))
            return dataKey;
    }
    if (!sawSlot)
        return makeError(StoreErrorCode::NotFound, "no passcode slot for this key generation");
    return makeError(StoreErrorCode::WrongPasscode, "passcode does not unwrap the data key");
}

StoreResult<SecretKey> KeyFile::unlockWithSecret(
    SlotKind kind, const SecretKey& secret, std::uint32_t generation) const
{
    for (const auto& slot : m_file.slots()) {
        if (slot.kind() != kind || slot.key_generation() != generation)
            continue;
        SecretKey dataKey;
        if (openKey(secret, slot.ciphertext(), slot.nonce(), associatedData(storeId(), kind, generation),
                dataKey))
            return dataKey;
        return makeError(StoreErrorCode::WrongKey, "secret does not unwrap the data key");
    }
    return makeError(StoreErrorCode::NotFound, "no slot of that kind for this key generation");
}

} // namespace yk::store
