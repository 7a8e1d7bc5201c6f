#pragma once

// NOT BUILT OR TESTED HERE: compiled only when CMAKE_SYSTEM_NAME is Android (no Android NDK
// or Qt for Android on the Debian machines this project builds on). The Java half is
// KeystoreVault.java in this folder; it goes into the APK's src/ (packaging/android).

#include "key_vault.h"

namespace yk::platform {

/// Android Keystore: a non-exportable AES-256-GCM key ("jp.yokoten.StoreKey", hardware-backed
/// where the device has a TEE or StrongBox) wraps each store's secret; the wrapped blob is a
/// file in the app's private files folder. Uninstalling the app or clearing its data deletes
/// both; a backup restored to another phone cannot unwrap (the key never leaves the device),
/// and the passcode slot still opens the store.
class AndroidKeystoreKeyVault : public KeyVault {
public:
    QString name() const override { return QStringLiteral("android-keystore"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override;
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override;
    VaultStatus remove(const std::string& storeId) override;
};

} // namespace yk::platform
