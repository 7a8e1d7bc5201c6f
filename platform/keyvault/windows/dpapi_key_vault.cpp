// NOT BUILT OR TESTED HERE (see dpapi_key_vault.h).
#include "dpapi_key_vault.h"

#include "secret_encoding.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

#include <windows.h>

#include <dpapi.h>

namespace yk::platform {

namespace {

// Binds the blob to its purpose: a blob copied from another program's DPAPI use will not open.
const wchar_t* const Description = L"Yokoten store key";
const char Entropy[] = "jp.yokoten.StoreKey.v1";

DATA_BLOB entropyBlob()
{
    DATA_BLOB blob;
    blob.pbData = reinterpret_cast<BYTE*>(const_cast<char*>(Entropy));
    blob.cbData = sizeof(Entropy) - 1;
    return blob;
}

} // namespace

DpapiKeyVault::DpapiKeyVault(QString dir)
    : m_dir(dir.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("keys"))
                          : std::move(dir))
{
}

QString DpapiKeyVault::filePath(const std::string& storeId) const
{
    return QDir(m_dir).filePath(QString::fromStdString(storeId) + QStringLiteral(".key"));
}

VaultResult<std::optional<storage::SecretKey>> DpapiKeyVault::load(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    QFile file(filePath(storeId));
    if (!file.exists())
        return std::optional<storage::SecretKey> {};
    if (!file.open(QIODevice::ReadOnly))
        return makeVaultError(VaultErrorCode::Io, "cannot read the DPAPI key file");
    QByteArray sealed = file.read(64 * 1024);
    DATA_BLOB in { static_cast<DWORD>(sealed.size()), reinterpret_cast<BYTE*>(sealed.data()) };
    DATA_BLOB entropy = entropyBlob();
    DATA_BLOB out {};
    if (!CryptUnprotectData(&in, nullptr, &entropy, nullptr, nullptr, CRYPTPROTECT_UI_FORBIDDEN, &out)) {
        // Another account's or another machine's blob, or a damaged file.
        return makeVaultError(
            VaultErrorCode::Denied, "CryptUnprotectData failed: " + std::to_string(GetLastError()));
    }
    auto secret = decodeSecret(std::string_view(reinterpret_cast<const char*>(out.pbData), out.cbData));
    SecureZeroMemory(out.pbData, out.cbData);
    LocalFree(out.pbData);
    if (!secret)
        return makeVaultError(VaultErrorCode::Corrupt, "DPAPI blob is not a 32-byte secret");
    return std::optional<storage::SecretKey>(std::move(*secret));
}

VaultStatus DpapiKeyVault::save(const std::string& storeId, const storage::SecretKey& secret)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (!QDir().mkpath(m_dir))
        return makeVaultError(VaultErrorCode::Io, "cannot create the key folder");
    DATA_BLOB in { static_cast<DWORD>(storage::SecretKey::Size), const_cast<BYTE*>(secret.data()) };
    DATA_BLOB entropy = entropyBlob();
    DATA_BLOB out {};
    if (!CryptProtectData(&in, Description, &entropy, nullptr, nullptr, CRYPTPROTECT_UI_FORBIDDEN, &out))
        return makeVaultError(
            VaultErrorCode::Io, "CryptProtectData failed: " + std::to_string(GetLastError()));
    QSaveFile file(filePath(storeId)); // atomic replace (MoveFileEx)
    bool ok = file.open(QIODevice::WriteOnly);
    ok = ok && file.write(reinterpret_cast<const char*>(out.pbData), out.cbData) == qint64(out.cbData);
    LocalFree(out.pbData);
    if (!ok || !file.commit())
        return makeVaultError(VaultErrorCode::Io, "cannot write the DPAPI key file");
    return {};
}

VaultStatus DpapiKeyVault::remove(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    QFile file(filePath(storeId));
    if (file.exists() && !file.remove())
        return makeVaultError(VaultErrorCode::Io, "cannot remove the DPAPI key file");
    return {};
}

} // namespace yk::platform
