#include "file_key_vault.h"
#include "secret_encoding.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace yk;
using namespace yk::platform;

namespace {

const std::string StoreId = "3f2b8c1e-7a44-4c55-9d0e-1b2c3d4e5f60";

mode_t modeOf(const QString& path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

void writeFile(const QString& path, const QByteArray& bytes, mode_t mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

} // namespace

/// FileKeyVault: the kiosk's 0600 key files and read-only systemd credentials.
class TestFileKeyVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsWithPrivateModes()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("keys"));
        FileKeyVault vault(dir, QString());
        const auto secret = storage::SecretKey::random();
        QVERIFY(vault.save(StoreId, secret).ok());

        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(vault.filePath(StoreId)), mode_t(0600));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList { QString::fromStdString(StoreId) + ".key" });
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->has_value());
        QVERIFY(**loaded == secret);
        // The file is the hex text, so an administrator can provision it by hand.
        QFile file(vault.filePath(StoreId));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray::fromStdString(encodeSecret(secret) + "\n"));
    }

    void missingEntryIsNoValueNotAnError()
    {
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.filePath(QStringLiteral("never-created")), QString());
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->has_value());
        QVERIFY(vault.remove(StoreId).ok()); // nothing to remove is fine
    }

    void refusesFilesOthersCanRead_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0660") << 0660;
    }
    void refusesFilesOthersCanRead()
    {
        QFETCH(int, mode);
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.path(), QString());
        QVERIFY(vault.save(StoreId, storage::SecretKey::random()).ok());
        QCOMPARE(::chmod(QFile::encodeName(vault.filePath(StoreId)).constData(), mode_t(mode)), 0);
        auto loaded = vault.load(StoreId);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, VaultErrorCode::Insecure);
        QVERIFY(!loaded.error().messageJa().empty());
        QVERIFY(!loaded.error().messageEn().empty());
    }

    void damagedFileIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("not a key\n");
        QTest::newRow("63 hex digits") << QByteArray(63, 'a');
        QTest::newRow("65 hex digits") << QByteArray(65, 'a');
        QTest::newRow("non-hex") << QByteArray(64, 'g');
        QTest::newRow("31 raw bytes") << QByteArray(31, '\x01');
    }
    void damagedFileIsCorrupt()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.path(), QString());
        writeFile(vault.filePath(StoreId), content, 0600);
        auto loaded = vault.load(StoreId);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, VaultErrorCode::Corrupt);
    }

    void acceptsRawBytesAndUpperCaseHex()
    {
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.path(), QString());
        const auto secret = storage::SecretKey::random();
        const QByteArray raw(reinterpret_cast<const char*>(secret.data()), int(storage::SecretKey::Size));
        writeFile(vault.filePath(StoreId), raw, 0600);
        auto fromRaw = vault.load(StoreId);
        QVERIFY(fromRaw.ok() && fromRaw->has_value());
        QVERIFY(**fromRaw == secret);
        writeFile(vault.filePath(StoreId), "  " + raw.toHex().toUpper() + "\r\n", 0600);
        auto fromHex = vault.load(StoreId);
        QVERIFY(fromHex.ok() && fromHex->has_value());
        QVERIFY(**fromHex == secret);
    }

    void failedWriteKeepsTheOldKey()
    {
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.path(), QString());
        const auto first = storage::SecretKey::random();
        QVERIFY(vault.save(StoreId, first).ok());
        // The atomic write goes through "<file>.tmp": a folder there makes it fail midway
        // (root ignores permission bits, so this is how to fail a write as root too).
        QVERIFY(QDir(tmp.path()).mkdir(QString::fromStdString(StoreId) + ".key.tmp"));
        auto saved = vault.save(StoreId, storage::SecretKey::random());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, VaultErrorCode::Io);
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok() && loaded->has_value());
        QVERIFY(**loaded == first);
    }

    void replacingLeavesNoTemporaryFile()
    {
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.path(), QString());
        QVERIFY(vault.save(StoreId, storage::SecretKey::random()).ok());
        const auto second = storage::SecretKey::random();
        QVERIFY(vault.save(StoreId, second).ok());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok() && loaded->has_value() && **loaded == second);
        QVERIFY(vault.remove(StoreId).ok());
        QVERIFY(!QFile::exists(vault.filePath(StoreId)));
    }

    void rejectsStoreIdsThatAreNotIds_data()
    {
        QTest::addColumn<QString>("storeId");
        QTest::newRow("empty") << QString();
        QTest::newRow("parent folder") << QStringLiteral("../../etc/passwd");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot") << QStringLiteral(".hidden");
        QTest::newRow("too long") << QString(65, QLatin1Char('a'));
    }
    void rejectsStoreIdsThatAreNotIds()
    {
        QFETCH(QString, storeId);
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.filePath(QStringLiteral("keys")), QString());
        const std::string id = storeId.toStdString();
        QCOMPARE(vault.save(id, storage::SecretKey::random()).error().code, VaultErrorCode::InvalidArgument);
        QCOMPARE(vault.load(id).error().code, VaultErrorCode::InvalidArgument);
        QCOMPARE(vault.remove(id).error().code, VaultErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("keys"))));
    }

    void systemdCredentialWinsAndIsReadOnly()
    {
        QTemporaryDir tmp;
        const QString credentials = tmp.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        FileKeyVault vault(tmp.filePath(QStringLiteral("keys")), credentials);
        const auto inFile = storage::SecretKey::random();
        QVERIFY(vault.save(StoreId, inFile).ok());

        const auto provisioned = storage::SecretKey::random();
        QCOMPARE(vault.credentialPath(StoreId),
            credentials + "/" + FileKeyVault::CredentialPrefix + QString::fromStdString(StoreId));
        // systemd makes credentials 0400; a group-readable one (0440) is still accepted.
        writeFile(vault.credentialPath(StoreId), QByteArray::fromStdString(encodeSecret(provisioned)), 0440);
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok() && loaded->has_value());
        QVERIFY(**loaded == provisioned);

        auto saved = vault.save(StoreId, storage::SecretKey::random());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, VaultErrorCode::ReadOnly);
        QCOMPARE(vault.remove(StoreId).error().code, VaultErrorCode::ReadOnly);
        QVERIFY(QFile::exists(vault.credentialPath(StoreId)));
        QVERIFY(QFile::exists(vault.filePath(StoreId)));
        // The file under the credential was not replaced either.
        FileKeyVault withoutCredentials(tmp.filePath(QStringLiteral("keys")), QString());
        auto fileKey = withoutCredentials.load(StoreId);
        QVERIFY(fileKey.ok() && fileKey->has_value() && **fileKey == inFile);
    }

    void worldReadableCredentialIsRefused()
    {
        QTemporaryDir tmp;
        FileKeyVault vault(tmp.filePath(QStringLiteral("keys")), tmp.path());
        writeFile(vault.credentialPath(StoreId),
            QByteArray::fromStdString(encodeSecret(storage::SecretKey::random())), 0444);
        auto loaded = vault.load(StoreId);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, VaultErrorCode::Insecure);
    }

    void credentialsDirectoryComesFromTheEnvironment()
    {
        QTemporaryDir tmp;
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(tmp.path()));
        FileKeyVault vault(tmp.filePath(QStringLiteral("keys")));
        qunsetenv("CREDENTIALS_DIRECTORY");
        const auto provisioned = storage::SecretKey::random();
        writeFile(vault.credentialPath(StoreId), QByteArray::fromStdString(encodeSecret(provisioned)), 0400);
        auto loaded = vault.load(StoreId);
        QVERIFY(loaded.ok() && loaded->has_value() && **loaded == provisioned);
    }
};

QTEST_GUILESS_MAIN(TestFileKeyVault)
#include "tst_file_key_vault.moc"
