// NOT BUILT OR TESTED HERE (see android_keystore_key_vault.h).
#include "android_keystore_key_vault.h"

#include "secret_encoding.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>

namespace yk::platform {

namespace {

constexpr const char* JavaClass = "jp/yokoten/platform/KeystoreVault";

QJniObject context()
{
    return QNativeInterface::QAndroidApplication::context();
}

/// The Java side returns a status string: "ok", "missing", "unavailable: …", "denied: …",
/// "corrupt: …" or "io: …".
VaultStatus fromJavaStatus(const QString& status)
{
    if (status == QLatin1String("ok") || status == QLatin1String("missing"))
        return {};
    const std::string detail = status.toStdString();
    if (status.startsWith(QLatin1String("unavailable")))
        return makeVaultError(VaultErrorCode::Unavailable, detail);
    if (status.startsWith(QLatin1String("denied")))
        return makeVaultError(VaultErrorCode::Denied, detail);
    if (status.startsWith(QLatin1String("corrupt")))
        return makeVaultError(VaultErrorCode::Corrupt, detail);
    return makeVaultError(VaultErrorCode::Io, detail);
}

} // namespace

VaultResult<std::optional<storage::SecretKey>> AndroidKeystoreKeyVault::load(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    QJniEnvironment env;
    // load() returns the 64-hex-digit secret, or a status prefixed with '!'.
    const QString answer = QJniObject::callStaticObjectMethod(JavaClass, "load",
        "(Landroid/content/Context;Ljava/lang/String;)Ljava/lang/String;", context().object(),
        QJniObject::fromString(QString::fromStdString(storeId)).object<jstring>())
                               .toString();
    if (env.checkAndClearExceptions())
        return makeVaultError(VaultErrorCode::Io, "KeystoreVault.load threw");
    if (answer == QLatin1String("!missing"))
        return std::optional<storage::SecretKey> {};
    if (answer.startsWith(QLatin1Char('!')))
        return fromJavaStatus(answer.mid(1)).error();
    auto secret = decodeSecret(answer.toStdString());
    if (!secret)
        return makeVaultError(VaultErrorCode::Corrupt, "Keystore answer is not a 32-byte secret");
    return std::optional<storage::SecretKey>(std::move(*secret));
}

VaultStatus AndroidKeystoreKeyVault::save(const std::string& storeId, const storage::SecretKey& secret)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    QJniEnvironment env;
    const QString status = QJniObject::callStaticObjectMethod(JavaClass, "save",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
        context().object(), QJniObject::fromString(QString::fromStdString(storeId)).object<jstring>(),
        QJniObject::fromString(QString::fromStdString(encodeSecret(secret))).object<jstring>())
                               .toString();
    if (env.checkAndClearExceptions())
        return makeVaultError(VaultErrorCode::Io, "KeystoreVault.save threw");
    return fromJavaStatus(status);
}

VaultStatus AndroidKeystoreKeyVault::remove(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    QJniEnvironment env;
    const QString status = QJniObject::callStaticObjectMethod(JavaClass, "remove",
        "(Landroid/content/Context;Ljava/lang/String;)Ljava/lang/String;", context().object(),
        QJniObject::fromString(QString::fromStdString(storeId)).object<jstring>())
                               .toString();
    if (env.checkAndClearExceptions())
        return makeVaultError(VaultErrorCode::Io, "KeystoreVault.remove threw");
    return fromJavaStatus(status);
}

} // namespace yk::platform
