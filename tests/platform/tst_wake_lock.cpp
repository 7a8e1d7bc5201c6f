#include "wake_lock.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace yk::platform;

/// A desktop's org.freedesktop.ScreenSaver: hands out cookies and records what it was asked.
class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QStringList inhibitors; ///< "application|reason"
    QList<uint> inhibited;
    QList<uint> uninhibited;

public Q_SLOTS:
    uint Inhibit(const QString& application, const QString& reason)
    {
        inhibitors.append(application + QLatin1Char('|') + reason);
        const uint cookie = 41 + static_cast<uint>(inhibited.size());
        inhibited.append(cookie);
        return cookie;
    }
    void UnInhibit(uint cookie) { uninhibited.append(cookie); }
};

/// WakeLock against a fake ScreenSaver on a private session bus (dbus-run-session, see
/// CMakeLists.txt), served by a second connection of this process.
class TestWakeLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
    }

    void init()
    {
        m_fake = std::make_unique<FakeScreenSaver>();
        m_desktop = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop")));
        QVERIFY(m_desktop->isConnected());
        QVERIFY(m_desktop->registerObject(
            QString::fromLatin1(WakeLock::Path), m_fake.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(m_desktop->registerService(QString::fromLatin1(WakeLock::Service)));
    }

    void cleanup()
    {
        m_desktop->unregisterService(QString::fromLatin1(WakeLock::Service));
        m_desktop->unregisterObject(QString::fromLatin1(WakeLock::Path));
        m_desktop.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        m_fake.reset();
    }

    void acquireInhibitsAndReleaseUninhibits()
    {
        WakeLock lock;
        QSignalSpy held(&lock, &WakeLock::heldChanged);
        QVERIFY(!lock.isHeld());
        lock.acquire(QStringLiteral("Check-in desk"));
        QTRY_VERIFY(lock.isHeld());
        QCOMPARE(held.size(), 1);
        QCOMPARE(m_fake->inhibited.size(), 1);
        QVERIFY(m_fake->inhibitors.constFirst().endsWith(QStringLiteral("|Check-in desk")));
        QVERIFY(lock.unavailableReason().isEmpty());

        lock.acquire(QStringLiteral("again")); // held already: no second inhibition
        lock.release();
        QVERIFY(!lock.isHeld());
        QCOMPARE(held.size(), 2);
        QTRY_COMPARE(m_fake->uninhibited, m_fake->inhibited);
        QCOMPARE(m_fake->inhibited.size(), 1);
    }

    void releaseBeforeTheAnswerStillUninhibits()
    {
        WakeLock lock;
        QSignalSpy held(&lock, &WakeLock::heldChanged);
        lock.acquire(QStringLiteral("kiosk"));
        lock.release(); // the Inhibit call is still on its way
        QTRY_COMPARE(m_fake->uninhibited.size(), 1);
        QCOMPARE(m_fake->uninhibited, m_fake->inhibited);
        QVERIFY(!lock.isHeld());
        QCOMPARE(held.size(), 0);
    }

    void destroyingAHeldLockUninhibits()
    {
        {
            WakeLock lock;
            lock.acquire(QStringLiteral("kiosk"));
            QTRY_VERIFY(lock.isHeld());
        }
        QTRY_COMPARE(m_fake->uninhibited.size(), 1);
    }

    void noScreenSaverServiceSaysWhy()
    {
        QVERIFY(m_desktop->unregisterService(QString::fromLatin1(WakeLock::Service)));
        WakeLock lock;
        QSignalSpy unavailable(&lock, &WakeLock::unavailable);
        lock.acquire(QStringLiteral("kiosk"));
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(!lock.isHeld());
        QVERIFY(lock.unavailableReason().contains(QStringLiteral("ServiceUnknown")));
        QVERIFY(m_fake->inhibited.isEmpty());
        lock.release(); // harmless
    }

    void noBusIsANoOpThatSaysWhy()
    {
        WakeLock lock(QDBusConnection(QStringLiteral("never-connected")));
        QSignalSpy unavailable(&lock, &WakeLock::unavailable);
        lock.acquire(QStringLiteral("kiosk"));
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!lock.isHeld());
        QVERIFY(!lock.unavailableReason().isEmpty());
    }

private:
    std::unique_ptr<FakeScreenSaver> m_fake;
    std::unique_ptr<QDBusConnection> m_desktop;
};

QTEST_GUILESS_MAIN(TestWakeLock)
#include "tst_wake_lock.moc"
