#pragma once

#include "vault_error.h"

#include "storage/secret_key.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace yk::platform {

/// Keeps the 32-byte secret of each store's keystore slot in a platform keystore. The
/// secret opens the store without the passcode; losing it only means asking for the passcode.
/// Implementations are plain blocking C++ (call them from a worker thread) and never log secrets.
class KeyVault {
public:
    virtual ~KeyVault() = default;

    /// Short, untranslated name for logs and the settings page ("secret-service", "file" …).
    virtual QString name() const = 0;
    /// The secret for `storeId`; nullopt when the vault has no entry for it.
    virtual VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) = 0;
    /// Stores (or replaces) the secret for `storeId`.
    virtual VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) = 0;
    /// Forgets the secret for `storeId`; removing a missing entry succeeds.
    virtual VaultStatus remove(const std::string& storeId) = 0;
};

/// Where the default vault keeps file keys, and how long it waits for a keyring.
struct DefaultKeyVaultOptions {
    /// Folder for FileKeyVault when there is no Secret Service (kiosks). Empty: the app's
    /// QStandardPaths::AppDataLocation + "/keys".
    QString fileVaultDir;
    /// Upper bound for each Secret Service call.
    int secretServiceTimeoutMs = 5000;
};

/// Picks the platform's vault: Secret Service when the session bus has (or can start) one,
/// otherwise the file vault (kiosks run without a desktop session).
std::unique_ptr<KeyVault> makeDefaultKeyVault(const DefaultKeyVaultOptions& options = {});

} // namespace yk::platform
