#include "key_vault.h"

#include "file_key_vault.h"
#include "platform_logging.h"

#include <QDir>
#include <QStandardPaths>

#if defined(YK_HAVE_LIBSECRET)
#include "secret_service_key_vault.h"
#endif
#if defined(Q_OS_ANDROID)
#include "keyvault/android/android_keystore_key_vault.h"
#elif defined(Q_OS_IOS)
#include "keyvault/ios/ios_keychain_key_vault.h"
#elif defined(Q_OS_WIN)
#include "keyvault/windows/dpapi_key_vault.h"
#endif

namespace yk::platform {

std::unique_ptr<KeyVault> makeDefaultKeyVault(const DefaultKeyVaultOptions& options)
{
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidKeystoreKeyVault>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosKeychainKeyVault>();
#elif defined(Q_OS_WIN)
    return std::make_unique<DpapiKeyVault>(options.fileVaultDir);
#else
#if defined(YK_HAVE_LIBSECRET)
    if (auto probe = SecretServiceKeyVault::probe(options.secretServiceTimeoutMs); probe.ok()) {
        qCInfo(lcPlatform) << "key vault: Secret Service";
        return std::make_unique<SecretServiceKeyVault>(options.secretServiceTimeoutMs);
    } else {
        qCInfo(lcPlatform) << "key vault: no Secret Service (" << probe.error().detail.c_str()
                           << "), using the file vault";
    }
#endif
    QString dir = options.fileVaultDir;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("keys"));
    return std::make_unique<FileKeyVault>(dir);
#endif
}

} // namespace yk::platform
