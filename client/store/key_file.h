#pragma once

#include "storage_names.h"

#include "keyfile.pb.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace yk::store {

/// How a passcode is stretched into a key-encryption key. Parameters are stored per slot, so
/// they can be raised later without breaking existing stores.
struct KdfSettings {
    enum class Algorithm { Scrypt, Pbkdf2Sha256 };
    Algorithm algorithm = Algorithm::Scrypt;
    std::uint64_t scryptN = 1u << 15; // 32 MiB with r = 8: about 0.1 s on a 2020s laptop core
    std::uint32_t scryptR = 8;
    std::uint32_t scryptP = 1;
    std::uint32_t pbkdf2Iterations = 600000; // OWASP 2023 figure for PBKDF2-HMAC-SHA256

    /// What devices use.
    static KdfSettings interactive() { return {}; }
    /// Cheap parameters for unit tests only; never for a real store.
    static KdfSettings fastForTests();
};

/// The wrapped data key of one store (store.key): slots that each unwrap the same data key.
class KeyFile {
public:
    static constexpr std::uint32_t FormatVersion = 1;
    using SlotKind = yokoten::store::v1::KeySlot::Kind;

    static KeyFile createNew(std::string storeId, std::uint32_t cipherPageSize);
    /// Missing or foreign file → NotAStore; damaged → Corrupt; newer format → NewerVersion.
    static StoreResult<KeyFile> load(const std::filesystem::path& path);
    /// Atomic replace; the old file stays intact if this fails.
    StoreStatus save(const std::filesystem::path& path) const;

    /// Wraps `dataKey` (of `generation`) under `passcode`, replacing any passcode slot of that
    /// generation.
    StoreStatus setPasscodeSlot(const SecretKey& dataKey, std::uint32_t generation, std::string_view passcode,
        const KdfSettings& settings);
    /// Wraps `dataKey` under a random 32-byte secret held elsewhere (keystore, recovery sheet).
    void setSecretSlot(SlotKind kind, std::string label, const SecretKey& dataKey, std::uint32_t generation,
        const SecretKey& secret);
    bool hasSlot(SlotKind kind, std::uint32_t generation) const;
    /// Drops every slot that does not wrap the key of `generation`.
    void keepOnlyGeneration(std::uint32_t generation);

    /// WrongPasscode when no passcode slot of that generation accepts the passcode.
    StoreResult<SecretKey> unlockWithPasscode(std::string_view passcode, std::uint32_t generation) const;
    StoreResult<SecretKey> unlockWithSecret(
        SlotKind kind, const SecretKey& secret, std::uint32_t generation) const;

    const std::string& storeId() const { return m_file.store_id(); }
    std::uint32_t generation() const { return m_file.key_generation(); }
    void setGeneration(std::uint32_t generation) { m_file.set_key_generation(generation); }
    std::uint32_t cipherPageSize() const { return m_file.cipher_page_size(); }

private:
    /// A fresh slot of `kind` for `generation` (with a new nonce), replacing any such slot.
    yokoten::store::v1::KeySlot* replaceSlot(SlotKind kind, std::uint32_t generation);

    yokoten::store::v1::KeyFile m_file;
};

} // namespace yk::store
