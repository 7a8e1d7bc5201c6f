#pragma once

// NOT BUILT OR TESTED HERE: compiled only when CMAKE_SYSTEM_NAME is Windows, and the project
// is built and tested on Debian only. Written against the documented Win32 API.

#include "key_vault.h"

#include <QString>

namespace yk::platform {

/// Keeps each store's secret in `<dir>\<storeId>.key`, encrypted with DPAPI
/// (CryptProtectData, current user scope): only this Windows account on this machine can
/// decrypt it. A new Windows profile or a password reset by an administrator loses it; the
/// passcode slot still opens the store.
class DpapiKeyVault : public KeyVault {
public:
    explicit DpapiKeyVault(QString dir);

    QString name() const override { return QStringLiteral("windows-dpapi"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override;
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override;
    VaultStatus remove(const std::string& storeId) override;

private:
    QString filePath(const std::string& storeId) const;

    QString m_dir;
};

} // namespace yk::platform
