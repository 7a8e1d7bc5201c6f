#include "key_vault.h"
#include "secret_service_key_vault.h"
#include "store_unlocker.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace yk;
using namespace yk::platform;

namespace {

const std::string StoreA = "0a1b2c3d-0000-4000-8000-00000000000a";
const std::string StoreB = "0a1b2c3d-0000-4000-8000-00000000000b";

} // namespace

/// SecretServiceKeyVault against a real GNOME Keyring on a private session bus
/// (run_with_keyring.sh under dbus-run-session; see CMakeLists.txt).
class TestSecretServiceKeyVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("YK_TEST_NO_KEYRING")) {
            qWarning("*** gnome-keyring-daemon is not installed: the Secret Service vault is NOT TESTED ***");
            QSKIP("gnome-keyring-daemon missing (apt-get install gnome-keyring)");
        }
        // gnome-keyring-daemon returns before it has claimed its bus name.
        QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                     QString::fromLatin1(SecretServiceKeyVault::ServiceName)),
            10000);
        QVERIFY(SecretServiceKeyVault::probe(5000).ok());
    }

    void savesLoadsAndRemoves()
    {
        SecretServiceKeyVault vault;
        auto nothing = vault.load(StoreA);
        QVERIFY2(nothing.ok(), nothing.ok() ? "" : nothing.error().detail.c_str());
        QVERIFY(!nothing->has_value());

        const auto secret = storage::SecretKey::random();
        auto saved = vault.save(StoreA, secret);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().detail.c_str());
        auto loaded = vault.load(StoreA);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->has_value());
        QVERIFY(**loaded == secret);

        QVERIFY(vault.remove(StoreA).ok());
        auto gone = vault.load(StoreA);
        QVERIFY(gone.ok());
        QVERIFY(!gone->has_value());
        QVERIFY(vault.remove(StoreA).ok()); // removing twice is fine
    }

    void entriesAreKeptPerStoreAndReplaced()
    {
        SecretServiceKeyVault vault;
        const auto a = storage::SecretKey::random();
        const auto b = storage::SecretKey::random();
        QVERIFY(vault.save(StoreA, storage::SecretKey::random()).ok());
        QVERIFY(vault.save(StoreA, a).ok()); // replaces, does not add a second item
        QVERIFY(vault.save(StoreB, b).ok());
        auto loadedA = vault.load(StoreA);
        auto loadedB = vault.load(StoreB);
        QVERIFY(loadedA.ok() && loadedA->has_value() && **loadedA == a);
        QVERIFY(loadedB.ok() && loadedB->has_value() && **loadedB == b);
        QVERIFY(vault.remove(StoreA).ok());
        auto stillB = vault.load(StoreB);
        QVERIFY(stillB.ok() && stillB->has_value() && **stillB == b);
        QVERIFY(vault.remove(StoreB).ok());
    }

    void defaultVaultIsTheSecretService()
    {
        QTemporaryDir tmp;
        DefaultKeyVaultOptions options;
        options.fileVaultDir = tmp.filePath(QStringLiteral("keys"));
        auto vault = makeDefaultKeyVault(options);
        QCOMPARE(vault->name(), QStringLiteral("secret-service"));
    }

    void storeSealedInTheKeyringOpensWithoutPasscode()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir
            = QFile::encodeName(tmp.filePath(QStringLiteral("store"))).constData();
        store::StoreOptions options;
        options.kdf = store::KdfSettings::fastForTests();
        SecretServiceKeyVault vault;
        StoreUnlocker unlocker(vault, options);
        std::string storeId;
        {
            auto created = unlocker.create(dir, "passcode-1234");
            QVERIFY(created.ok());
            QVERIFY2(!created->sealWarning, created->sealWarning ? created->sealWarning->detail.c_str() : "");
            storeId = created->store->storeId();
        }
        auto attempt = unlocker.tryUnlockWithVault(dir);
        QCOMPARE(attempt.outcome, VaultUnlockAttempt::Outcome::Opened);
        attempt.store.reset();

        // The keyring forgets it (a new keyring, another backend): the passcode still opens.
        QVERIFY(vault.remove(storeId).ok());
        QCOMPARE(unlocker.tryUnlockWithVault(dir).outcome, VaultUnlockAttempt::Outcome::NoEntry);
        QVERIFY(unlocker.unlockWithPasscode(dir, "passcode-1234").ok());
        QCOMPARE(unlocker.tryUnlockWithVault(dir).outcome, VaultUnlockAttempt::Outcome::Opened);
        QVERIFY(vault.remove(storeId).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceKeyVault)
#include "tst_secret_service_key_vault.moc"
