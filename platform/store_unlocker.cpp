#include "store_unlocker.h"

#include "platform_logging.h"

namespace yk::platform {

namespace {

constexpr auto KeystoreSlot = yokoten::store::v1::KeySlot::KIND_KEYSTORE;

/// True when `secret` opens the keystore slot of the current key generation in `dir`.
bool secretOpensSlot(const std::filesystem::path& dir, const storage::SecretKey& secret)
{
    auto keyFile = store::KeyFile::load(dir / store::Store::KeyFileName);
    if (!keyFile)
        return false;
    return keyFile->unlockWithSecret(KeystoreSlot, secret, keyFile->generation()).ok();
}

} // namespace

StoreUnlocker::StoreUnlocker(KeyVault& vault, store::StoreOptions options)
    : m_vault(vault)
    , m_options(options)
{
}

VaultUnlockAttempt StoreUnlocker::tryUnlockWithVault(const std::filesystem::path& dir)
{
    using Outcome = VaultUnlockAttempt::Outcome;
    VaultUnlockAttempt attempt;
    // The store id is in the key file, readable without a key: it names the vault entry.
    auto keyFile = store::KeyFile::load(dir / store::Store::KeyFileName);
    if (!keyFile) {
        attempt.outcome = Outcome::StoreFailed;
        attempt.storeError = keyFile.error();
        return attempt;
    }
    auto secret = m_vault.load(keyFile->storeId());
    if (!secret) {
        qCInfo(lcPlatform) << "vault" << m_vault.name()
                           << "could not answer:" << secret.error().detail.c_str();
        attempt.outcome = Outcome::VaultFailed;
        attempt.vaultError = secret.error();
        return attempt;
    }
    if (!secret->has_value()) {
        attempt.outcome = Outcome::NoEntry;
        return attempt;
    }
    auto opened = store::Store::openWithSecret(dir, KeystoreSlot, **secret, m_options);
    if (!opened) {
        const auto code = opened.error().code;
        // A secret the store does not know (no keystore slot, a stale or foreign secret) is the
        // vault's problem, fixed by the next passcode unlock; anything else is the store's.
        const bool rejected = code == storage::StoreErrorCode::WrongKey
            || code == storage::StoreErrorCode::NotFound || code == storage::StoreErrorCode::WrongPasscode;
        attempt.outcome = rejected ? Outcome::SecretRejected : Outcome::StoreFailed;
        attempt.storeError = opened.error();
        return attempt;
    }
    attempt.outcome = Outcome::Opened;
    attempt.store = std::move(*opened);
    return attempt;
}

storage::StoreResult<PasscodeUnlock> StoreUnlocker::unlockWithPasscode(
    const std::filesystem::path& dir, std::string_view passcode)
{
    auto opened = store::Store::open(dir, passcode, m_options);
    if (!opened)
        return opened.error();
    PasscodeUnlock result { std::move(*opened), std::nullopt };
    if (auto sealed = seal(*result.store); !sealed)
        result.sealWarning = sealed.error();
    return result;
}

storage::StoreResult<PasscodeUnlock> StoreUnlocker::create(
    const std::filesystem::path& dir, std::string_view passcode)
{
    auto created = store::Store::create(dir, passcode, m_options);
    if (!created)
        return created.error();
    PasscodeUnlock result { std::move(*created), std::nullopt };
    if (auto sealed = seal(*result.store); !sealed)
        result.sealWarning = sealed.error();
    return result;
}

VaultStatus StoreUnlocker::seal(store::Store& store)
{
    const std::string& storeId = store.storeId();
    auto current = m_vault.load(storeId);
    if (current && current->has_value() && secretOpensSlot(store.directory(), **current))
        return {}; // already sealed: keep the entry (and a read-only credential) as it is

    // The vault first: if it fails, the key file keeps its slots and nothing is half done.
    storage::SecretKey secret = storage::SecretKey::random();
    if (auto saved = m_vault.save(storeId, secret); !saved) {
        const bool readOnlyWithSecret
            = saved.error().code == VaultErrorCode::ReadOnly && current && current->has_value();
        if (!readOnlyWithSecret) {
            qCWarning(lcPlatform) << "could not seal the store into" << m_vault.name() << ":"
                                  << saved.error().detail.c_str();
            return saved.error();
        }
        // A provisioned systemd credential cannot change: let the store accept its secret.
        secret = **current;
    }
    if (auto added = store.addSecretSlot(KeystoreSlot, SlotLabel, secret); !added) {
        qCWarning(lcPlatform) << "could not add the keystore slot:" << added.error().detail.c_str();
        return makeVaultError(VaultErrorCode::Io, "adding the keystore slot failed: " + added.error().detail);
    }
    return {};
}

} // namespace yk::platform
