#include "key_vault.h"
#include "secret_service_key_vault.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace yk;
using namespace yk::platform;

namespace {

const std::string StoreId = "0a1b2c3d-0000-4000-8000-0000000000ff";

} // namespace

/// An object at the Secret Service's path that never answers while the test thread is busy:
/// what a hung keyring daemon looks like from the vault.
class SilentSecretService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Service")

public Q_SLOTS:
    void OpenSession() { }
};

/// SecretServiceKeyVault with no Secret Service: Unavailable at once, never a hang. Registered
/// twice: without any session bus (YK_TEST_BUS=none) and on a bus that has no Secret Service
/// and cannot start one (YK_TEST_BUS=empty, session-without-services.conf).
class TestSecretServiceUnavailable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = qEnvironmentVariable("YK_TEST_BUS");
        QVERIFY2(m_bus == QLatin1String("none") || m_bus == QLatin1String("empty"), "set YK_TEST_BUS");
    }

    void probeSaysUnavailable()
    {
        auto probe = SecretServiceKeyVault::probe(2000);
        QVERIFY(!probe.ok());
        QCOMPARE(probe.error().code, VaultErrorCode::Unavailable);
        QVERIFY(!probe.error().detail.empty());
    }

    void everyCallIsUnavailable()
    {
        SecretServiceKeyVault vault(2000);
        auto loaded = vault.load(StoreId);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, VaultErrorCode::Unavailable);
        auto saved = vault.save(StoreId, storage::SecretKey::random());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, VaultErrorCode::Unavailable);
        QCOMPARE(vault.remove(StoreId).error().code, VaultErrorCode::Unavailable);
    }

    void defaultVaultFallsBackToTheFileVault()
    {
        QTemporaryDir tmp;
        DefaultKeyVaultOptions options;
        options.fileVaultDir = tmp.filePath(QStringLiteral("keys"));
        options.secretServiceTimeoutMs = 2000;
        auto vault = makeDefaultKeyVault(options);
        QCOMPARE(vault->name(), QStringLiteral("file"));
        const auto secret = storage::SecretKey::random();
        QVERIFY(vault->save(StoreId, secret).ok());
        auto loaded = vault->load(StoreId);
        QVERIFY(loaded.ok() && loaded->has_value() && **loaded == secret);
    }

    void aSecretServiceThatNeverAnswersTimesOut()
    {
        if (m_bus != QLatin1String("empty"))
            QSKIP("needs a session bus (runs in the YK_TEST_BUS=empty registration)");
        QDBusConnection bus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("silent"));
        QVERIFY(bus.isConnected());
        SilentSecretService silent;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/secrets"), &silent,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties));
        QVERIFY(bus.registerService(QString::fromLatin1(SecretServiceKeyVault::ServiceName)));
        QVERIFY(SecretServiceKeyVault::probe(2000).ok()); // someone owns the name …

        // … but the test thread is blocked inside the vault, so the object never replies.
        SecretServiceKeyVault vault(300);
        auto loaded = vault.load(StoreId);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, VaultErrorCode::Unavailable);
        bus.unregisterService(QString::fromLatin1(SecretServiceKeyVault::ServiceName));
        QDBusConnection::disconnectFromBus(QStringLiteral("silent"));
    }

private:
    QString m_bus;
};

QTEST_GUILESS_MAIN(TestSecretServiceUnavailable)
#include "tst_secret_service_unavailable.moc"
