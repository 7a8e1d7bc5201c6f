#pragma once

// NOT BUILT OR TESTED HERE: compiled only when CMAKE_SYSTEM_NAME is iOS (no Xcode or iOS SDK
// on the Debian machines this project builds on). Written against the documented
// Security.framework keychain API.

#include "key_vault.h"

namespace yk::platform {

/// Keeps each store's secret as a generic-password keychain item (service
/// "jp.yokoten.StoreKey", account = store id), readable after the first unlock, on this device
/// only (kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly): not in iCloud Keychain, not in
/// backups restored to another device. Restoring a backup to a new phone loses the item; the
/// passcode slot still opens the store.
class IosKeychainKeyVault : public KeyVault {
public:
    static constexpr const char* Service = "jp.yokoten.StoreKey";

    QString name() const override { return QStringLiteral("ios-keychain"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override;
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override;
    VaultStatus remove(const std::string& storeId) override;
};

} // namespace yk::platform
