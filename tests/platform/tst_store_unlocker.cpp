#include "file_key_vault.h"
#include "memory_key_vault.h"
#include "secret_encoding.h"
#include "store_unlocker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace yk;
using namespace yk::platform;
using Outcome = VaultUnlockAttempt::Outcome;

namespace {

const char* const Passcode = "correct horse 1234";

store::StoreOptions fastOptions()
{
    store::StoreOptions options;
    options.kdf = store::KdfSettings::fastForTests();
    return options;
}

std::filesystem::path storeDir(const QTemporaryDir& tmp)
{
    return std::filesystem::path(QFile::encodeName(tmp.filePath(QStringLiteral("store"))).constData());
}

/// Every file of a folder and the SHA-256 of its bytes: "nothing changed" means equal maps.
QMap<QString, QByteArray> snapshot(const std::filesystem::path& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        QString::fromStdString(dir.string()), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

/// StoreUnlocker: keystore first, the passcode always; a lost keyring never locks a user out.
class TestStoreUnlocker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createSealsSoTheVaultOpensTheStore()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        auto created = unlocker.create(storeDir(tmp), Passcode);
        QVERIFY(created.ok());
        QVERIFY(!created->sealWarning);
        const std::string storeId = created->store->storeId();
        QVERIFY(vault.entries.count(storeId) == 1);
        created->store.reset();

        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::Opened);
        QVERIFY(!attempt.needsPasscode());
        QVERIFY(attempt.store);
        QCOMPARE(attempt.store->storeId(), storeId);
    }

    // The acceptance test: the keystore entry is gone (a new desktop session, another
    // keyring backend), the passcode still opens the store, and it is sealed again.
    void passcodeOpensWhenTheVaultEntryIsGone()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        std::string storeId;
        {
            auto created = unlocker.create(storeDir(tmp), Passcode);
            QVERIFY(created.ok());
            storeId = created->store->storeId();
        }
        QVERIFY(vault.remove(storeId).ok());

        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::NoEntry);
        QVERIFY(attempt.needsPasscode());
        QVERIFY(!attempt.store);

        auto opened = unlocker.unlockWithPasscode(storeDir(tmp), Passcode);
        QVERIFY(opened.ok());
        QCOMPARE(opened->store->storeId(), storeId);
        QVERIFY(!opened->sealWarning);
        QVERIFY(vault.entries.count(storeId) == 1);
        opened->store.reset();
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
    }

    void aNewEmptyKeyringAsksForThePasscodeOnce()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault oldSession;
        {
            StoreUnlocker unlocker(oldSession, fastOptions());
            QVERIFY(unlocker.create(storeDir(tmp), Passcode).ok());
        }
        test::MemoryKeyVault newSession;
        StoreUnlocker unlocker(newSession, fastOptions());
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::NoEntry);
        QVERIFY(unlocker.unlockWithPasscode(storeDir(tmp), Passcode).ok());
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
        // The old keyring's secret no longer matches the (replaced) keystore slot.
        StoreUnlocker old(oldSession, fastOptions());
        QCOMPARE(old.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::SecretRejected);
    }

    void wrongPasscodeChangesNothing()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        QVERIFY(unlocker.create(storeDir(tmp), Passcode).ok());
        vault.entries.clear();
        const auto before = snapshot(storeDir(tmp));
        QVERIFY(!before.isEmpty());
        const int savesBefore = vault.saves;

        auto opened = unlocker.unlockWithPasscode(storeDir(tmp), "wrong passcode");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, storage::StoreErrorCode::WrongPasscode);
        QVERIFY(!opened.error().messageJa().empty());
        QVERIFY(!opened.error().messageEn().empty());
        QCOMPARE(snapshot(storeDir(tmp)), before);
        QCOMPARE(vault.saves, savesBefore);
        QVERIFY(vault.entries.empty());
    }

    void failingVaultMeansPasscodeAndAWarning_data()
    {
        QTest::addColumn<VaultErrorCode>("code");
        QTest::newRow("unavailable") << VaultErrorCode::Unavailable;
        QTest::newRow("denied") << VaultErrorCode::Denied;
        QTest::newRow("io") << VaultErrorCode::Io;
    }
    void failingVaultMeansPasscodeAndAWarning()
    {
        QFETCH(VaultErrorCode, code);
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        QVERIFY(unlocker.create(storeDir(tmp), Passcode).ok());
        vault.failWith = code;
        const auto before = snapshot(storeDir(tmp));

        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::VaultFailed);
        QVERIFY(attempt.vaultError);
        QCOMPARE(attempt.vaultError->code, code);
        QCOMPARE(snapshot(storeDir(tmp)), before);

        // The store opens; sealing fails as a warning and leaves the key file as it was.
        auto opened = unlocker.unlockWithPasscode(storeDir(tmp), Passcode);
        QVERIFY(opened.ok());
        QVERIFY(opened->store);
        QVERIFY(opened->sealWarning);
        QCOMPARE(opened->sealWarning->code, code);
        opened->store.reset();
        const auto keyFile = QString::fromStdString((storeDir(tmp) / store::Store::KeyFileName).string());
        QCOMPARE(snapshot(storeDir(tmp)).value(keyFile), before.value(keyFile));

        // The vault comes back: the old entry still opens the store.
        vault.failWith.reset();
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
    }

    void firstRunWithABrokenVaultStillCreatesTheStore()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        vault.failWith = VaultErrorCode::Unavailable;
        StoreUnlocker unlocker(vault, fastOptions());
        auto created = unlocker.create(storeDir(tmp), Passcode);
        QVERIFY(created.ok());
        QVERIFY(created->sealWarning);
        created->store.reset();
        QVERIFY(unlocker.unlockWithPasscode(storeDir(tmp), Passcode).ok());
    }

    void staleSecretIsRejectedAndReplaced()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        std::string storeId;
        {
            auto created = unlocker.create(storeDir(tmp), Passcode);
            QVERIFY(created.ok());
            storeId = created->store->storeId();
        }
        vault.entries[storeId] = storage::SecretKey::random();
        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::SecretRejected);
        QVERIFY(attempt.storeError);
        QVERIFY(unlocker.unlockWithPasscode(storeDir(tmp), Passcode).ok());
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
    }

    void passcodeUnlockKeepsAWorkingSeal()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        std::string storeId;
        {
            auto created = unlocker.create(storeDir(tmp), Passcode);
            QVERIFY(created.ok());
            storeId = created->store->storeId();
        }
        const auto sealed = vault.entries.at(storeId);
        const int saves = vault.saves;
        QVERIFY(unlocker.unlockWithPasscode(storeDir(tmp), Passcode).ok());
        QCOMPARE(vault.saves, saves); // no needless keyring write (or prompt)
        QVERIFY(vault.entries.at(storeId) == sealed);
    }

    void rekeyDropsTheSealAndSealPutsItBack()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        {
            auto created = unlocker.create(storeDir(tmp), Passcode);
            QVERIFY(created.ok());
            QVERIFY(created->store->rekey(Passcode).ok());
        }
        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::SecretRejected);
        auto opened = unlocker.unlockWithPasscode(storeDir(tmp), Passcode);
        QVERIFY(opened.ok());
        QVERIFY(!opened->sealWarning);
        opened->store.reset();
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
    }

    void readOnlyCredentialIsAdopted()
    {
        QTemporaryDir tmp;
        std::string storeId;
        {
            test::MemoryKeyVault none;
            none.failWith = VaultErrorCode::Unavailable;
            StoreUnlocker unlocker(none, fastOptions());
            auto created = unlocker.create(storeDir(tmp), Passcode);
            QVERIFY(created.ok());
            storeId = created->store->storeId();
        }
        // An administrator provisioned a systemd credential for this store.
        const QString credentials = tmp.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        FileKeyVault vault(tmp.filePath(QStringLiteral("keys")), credentials);
        QFile credential(vault.credentialPath(storeId));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(QByteArray::fromStdString(encodeSecret(storage::SecretKey::random())));
        credential.close();
        QVERIFY(credential.setPermissions(QFileDevice::ReadOwner));

        StoreUnlocker unlocker(vault, fastOptions());
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::SecretRejected);
        auto opened = unlocker.unlockWithPasscode(storeDir(tmp), Passcode);
        QVERIFY(opened.ok());
        QVERIFY(!opened->sealWarning);
        opened->store.reset();
        QCOMPARE(unlocker.tryUnlockWithVault(storeDir(tmp)).outcome, Outcome::Opened);
        QVERIFY(!QFile::exists(vault.filePath(storeId)));
    }

    void noStoreIsAStoreFailure()
    {
        QTemporaryDir tmp;
        test::MemoryKeyVault vault;
        StoreUnlocker unlocker(vault, fastOptions());
        auto attempt = unlocker.tryUnlockWithVault(storeDir(tmp));
        QCOMPARE(attempt.outcome, Outcome::StoreFailed);
        QVERIFY(attempt.storeError);
        QCOMPARE(vault.loads, 0);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("store"))));
    }
};

QTEST_GUILESS_MAIN(TestStoreUnlocker)
#include "tst_store_unlocker.moc"
