#pragma once

#include "key_vault.h"

#include "store/store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace yk::platform {

/// What tryUnlockWithVault() found. Anything but Opened means: ask for the passcode.
struct VaultUnlockAttempt {
    enum class Outcome {
        Opened, ///< the vault's secret opened the store
        NoEntry, ///< the vault has no secret for this store (first run here, keyring lost)
        VaultFailed, ///< the vault could not answer (see vaultError)
        SecretRejected, ///< the vault's secret does not open the store (stale, or another store's)
        StoreFailed, ///< the store itself failed (see storeError): the passcode may not help either
    };
    Outcome outcome = Outcome::NoEntry;
    std::unique_ptr<store::Store> store; ///< set only when Opened
    std::optional<VaultError> vaultError;
    std::optional<storage::StoreError> storeError;

    bool needsPasscode() const { return outcome != Outcome::Opened; }
};

/// A store opened with the passcode, and whether sealing it into the vault worked. A sealing
/// failure is a warning: the store is open and the passcode keeps working.
struct PasscodeUnlock {
    std::unique_ptr<store::Store> store;
    std::optional<VaultError> sealWarning;
};

/// Opens a store with the platform keystore's secret, or with the passcode and then seals it
/// into the keystore for next time. Never deletes a file or a keystore entry on failure. Plain
/// blocking C++: key derivation takes ~0.1–0.5 s, so call it from a worker thread.
class StoreUnlocker {
public:
    static constexpr const char* SlotLabel = "platform keystore";

    explicit StoreUnlocker(KeyVault& vault, store::StoreOptions options = {});

    /// Tries the vault's secret for the store in `dir`.
    VaultUnlockAttempt tryUnlockWithVault(const std::filesystem::path& dir);
    /// Opens with the passcode (WrongPasscode changes no file), then makes sure the vault's
    /// secret opens the store next time.
    storage::StoreResult<PasscodeUnlock> unlockWithPasscode(
        const std::filesystem::path& dir, std::string_view passcode);
    /// First run: creates the store with `passcode` and seals it.
    storage::StoreResult<PasscodeUnlock> create(const std::filesystem::path& dir, std::string_view passcode);
    /// Seals an open store: after a rekey (which drops keystore slots) or to move to a new vault.
    /// Keeps the vault's current secret when it already opens the store; adopts it when the
    /// vault is read-only (a provisioned systemd credential); otherwise stores a new random one.
    VaultStatus seal(store::Store& store);

private:
    KeyVault& m_vault;
    store::StoreOptions m_options;
};

} // namespace yk::platform
