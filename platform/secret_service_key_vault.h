#pragma once

#include "key_vault.h"

namespace yk::platform {

/// Keeps each store's secret in the desktop keyring through the Secret Service D-Bus API
/// (libsecret: GNOME Keyring, KeePassXC, KWallet's Secret Service). Items use the schema
/// "jp.yokoten.StoreKey" with the attribute store_id, in the default collection. Every call is
/// bounded by a timeout, and a bus without a Secret Service is Unavailable at once, so a
/// kiosk or an ssh session never hangs here.
class SecretServiceKeyVault : public KeyVault {
public:
    static constexpr const char* SchemaName = "jp.yokoten.StoreKey";
    static constexpr const char* ServiceName = "org.freedesktop.secrets";

    explicit SecretServiceKeyVault(int timeoutMs = 5000);

    QString name() const override { return QStringLiteral("secret-service"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override;
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override;
    VaultStatus remove(const std::string& storeId) override;

    /// Ok when the session bus has a Secret Service running or can start one on demand;
    /// Unavailable (with the reason in detail) otherwise. Never starts one itself.
    static VaultStatus probe(int timeoutMs);

private:
    int m_timeoutMs;
};

} // namespace yk::platform
