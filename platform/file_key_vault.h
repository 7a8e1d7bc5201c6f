#pragma once

#include "key_vault.h"

#include <QString>

namespace yk::platform {

/// Keeps each store's secret in a 0600 file `<dir>/<storeId>.key` (kiosks without a desktop
/// keyring), or reads it from a systemd credential `yokoten-store-<storeId>` in
/// $CREDENTIALS_DIRECTORY, which is read-only and wins over the file. The file is exactly
/// as safe as the account and disk it sits on: it stops another local user, not root, and
/// not someone with the disk (use an encrypted credential or full-disk encryption for that).
class FileKeyVault : public KeyVault {
public:
    static constexpr const char* CredentialPrefix = "yokoten-store-";

    /// `credentialsDir` defaults to $CREDENTIALS_DIRECTORY (empty when systemd set none).
    explicit FileKeyVault(QString dir);
    FileKeyVault(QString dir, QString credentialsDir);

    QString name() const override { return QStringLiteral("file"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override;
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override;
    VaultStatus remove(const std::string& storeId) override;

    /// Where the key of `storeId` is (or would be) written.
    QString filePath(const std::string& storeId) const;
    /// Where systemd would put the credential of `storeId`; empty without a credentials folder.
    QString credentialPath(const std::string& storeId) const;

private:
    QString m_dir;
    QString m_credentialsDir;
};

} // namespace yk::platform
