#include "file_key_vault.h"

#include "platform_logging.h"
#include "secret_encoding.h"

#include "storage/file_io.h"

#include <QDir>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace yk::platform {

namespace {

// Bigger than any form of a 32-byte secret; a larger file is not ours.
constexpr std::size_t MaxKeyFileBytes = 4096;

VaultError fromStoreError(const storage::StoreError& error)
{
    return makeVaultError(VaultErrorCode::Io, error.detail);
}

/// Reads a key from `path`; refuses it when the bits in `forbiddenMode` are set (readable by
/// others). nullopt when the file does not exist.
VaultResult<std::optional<storage::SecretKey>> readKey(const QString& path, mode_t forbiddenMode)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info { };
    if (::stat(native.constData(), &info) != 0) {
        if (errno == ENOENT)
            return std::optional<storage::SecretKey> {};
        return makeVaultError(VaultErrorCode::Io, std::string("stat key file: ") + std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode))
        return makeVaultError(VaultErrorCode::Corrupt, "key path is not a regular file");
    if ((info.st_mode & forbiddenMode) != 0) {
        qCWarning(lcPlatform) << "refusing a key file readable by others, mode" << Qt::oct
                              << (info.st_mode & 07777);
        return makeVaultError(VaultErrorCode::Insecure, "key file is readable by others");
    }
    auto bytes = storage::readWholeFile(native.constData(), MaxKeyFileBytes);
    if (!bytes) {
        if (bytes.error().code == storage::StoreErrorCode::NotFound)
            return std::optional<storage::SecretKey> {};
        return fromStoreError(bytes.error());
    }
    auto secret = decodeSecret(*bytes);
    std::fill(bytes->begin(), bytes->end(), '\0');
    if (!secret)
        return makeVaultError(VaultErrorCode::Corrupt, "key file does not hold a 32-byte secret");
    return std::optional<storage::SecretKey>(std::move(*secret));
}

} // namespace

FileKeyVault::FileKeyVault(QString dir)
    : FileKeyVault(std::move(dir), qEnvironmentVariable("CREDENTIALS_DIRECTORY"))
{
}

FileKeyVault::FileKeyVault(QString dir, QString credentialsDir)
    : m_dir(std::move(dir))
    , m_credentialsDir(std::move(credentialsDir))
{
}

QString FileKeyVault::filePath(const std::string& storeId) const
{
    return QDir(m_dir).filePath(QString::fromStdString(storeId) + QStringLiteral(".key"));
}

QString FileKeyVault::credentialPath(const std::string& storeId) const
{
    if (m_credentialsDir.isEmpty())
        return {};
    return QDir(m_credentialsDir).filePath(QLatin1String(CredentialPrefix) + QString::fromStdString(storeId));
}

VaultResult<std::optional<storage::SecretKey>> FileKeyVault::load(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (const QString credential = credentialPath(storeId); !credential.isEmpty()) {
        // systemd makes credentials 0400 (0440 with a group): only "others" is a leak.
        auto fromCredential = readKey(credential, S_IRWXO);
        if (!fromCredential || fromCredential->has_value())
            return fromCredential;
    }
    return readKey(filePath(storeId), S_IRWXG | S_IRWXO);
}

VaultStatus FileKeyVault::save(const std::string& storeId, const storage::SecretKey& secret)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (const QString credential = credentialPath(storeId);
        !credential.isEmpty() && QFile::exists(credential))
        return makeVaultError(VaultErrorCode::ReadOnly, "the key comes from a systemd credential");
    const QByteArray dir = QFile::encodeName(m_dir);
    if (!QDir().mkpath(m_dir))
        return makeVaultError(VaultErrorCode::Io, "cannot create the key folder");
    // Only this account may list or enter the folder; a kiosk's folder holds nothing else.
    if (::chmod(dir.constData(), 0700) != 0)
        return makeVaultError(VaultErrorCode::Io, std::string("chmod key folder: ") + std::strerror(errno));
    std::string text = encodeSecret(secret) + '\n';
    const auto written = storage::writeFileAtomically(QFile::encodeName(filePath(storeId)).constData(), text);
    std::fill(text.begin(), text.end(), '\0');
    if (!written)
        return fromStoreError(written.error());
    return {};
}

VaultStatus FileKeyVault::remove(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (const QString credential = credentialPath(storeId);
        !credential.isEmpty() && QFile::exists(credential))
        return makeVaultError(VaultErrorCode::ReadOnly, "the key comes from a systemd credential");
    const QByteArray path = QFile::encodeName(filePath(storeId));
    if (::unlink(path.constData()) != 0 && errno != ENOENT)
        return makeVaultError(VaultErrorCode::Io, std::string("unlink key file: ") + std::strerror(errno));
    if (auto synced = storage::syncDirectory(QFile::encodeName(m_dir).constData());
        !synced && QDir(m_dir).exists())
        return fromStoreError(synced.error());
    return {};
}

} // namespace yk::platform
