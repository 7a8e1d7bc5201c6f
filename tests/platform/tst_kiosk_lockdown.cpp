#include "attendant_pin.h"
#include "kiosk_lockdown.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <sys/stat.h>

using namespace yk::platform;
using Outcome = PinCheck::Outcome;

/// A window that records which keys and closes reach it.
class RecordingWindow : public QWindow {
public:
    QList<int> pressed;
    int closes = 0;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        // QTest presses modifier keys separately; they are not what is being tested.
        const int key = event->key();
        if (key != Qt::Key_Alt && key != Qt::Key_Control && key != Qt::Key_Shift)
            pressed.append(key);
    }
    void closeEvent(QCloseEvent* event) override
    {
        ++closes;
        QWindow::closeEvent(event);
    }
};

/// KioskLockdown on an offscreen window, and the attendant PIN with a hand-set clock.
class TestKioskLockdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapeKeysAreSwallowed_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Alt+Tab") << int(Qt::Key_Tab) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
        QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier);
        QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
        QTest::newRow("Super") << int(Qt::Key_Super_L) << int(Qt::NoModifier);
        QTest::newRow("Back") << int(Qt::Key_Back) << int(Qt::NoModifier);
        QTest::newRow("Ctrl+Alt+F2") << int(Qt::Key_F2) << int(Qt::ControlModifier | Qt::AltModifier);
    }
    void escapeKeysAreSwallowed()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        RecordingWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        KioskLockdown lockdown;
        QSignalSpy blocked(&lockdown, &KioskLockdown::escapeBlocked);
        lockdown.apply(&window);
        QVERIFY(lockdown.isActive());

        QTest::keyClick(&window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(window.pressed.isEmpty());
        QCOMPARE(blocked.size(), 1);
        // Ordinary typing (a visitor's name) still reaches the app.
        QTest::keyClick(&window, Qt::Key_A);
        QTest::keyClick(&window, Qt::Key_F4); // F4 alone is no escape
        QCOMPARE(window.pressed, (QList<int> { Qt::Key_A, Qt::Key_F4 }));

        lockdown.release();
        QTest::keyClick(&window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(window.pressed, (QList<int> { Qt::Key_A, Qt::Key_F4, key }));
    }

    void windowIsFullScreenOnTopAndRefusesToClose()
    {
        RecordingWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        KioskLockdown lockdown;
        lockdown.apply(&window);
        QVERIFY(window.flags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(window.flags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(window.windowStates().testFlag(Qt::WindowFullScreen));

        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(window.closes, 0);

        window.showMinimized(); // a window manager minimising it: it comes back
        QTRY_VERIFY(window.windowStates().testFlag(Qt::WindowFullScreen));

        lockdown.release();
        QVERIFY(!window.flags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(window.close());
    }

    void pinAcceptsTheRightPinOnly()
    {
        QTemporaryDir tmp;
        AttendantPin pin(
            tmp.filePath(QStringLiteral("kiosk/pin")), [] { return qint64(1000); }, fastOptions());
        QCOMPARE(pin.verify(QStringLiteral("1234")).outcome, Outcome::NotSet);
        QVERIFY(!pin.isSet());
        QVERIFY(!pin.setPin(QStringLiteral("12a4")).ok());
        QVERIFY(!pin.setPin(QStringLiteral("123")).ok());
        QVERIFY(pin.setPin(QStringLiteral("482916")).ok());
        QVERIFY(pin.isSet());
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(tmp.filePath(QStringLiteral("kiosk/pin"))).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile file(tmp.filePath(QStringLiteral("kiosk/pin")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("482916")); // only the hash is stored

        QCOMPARE(pin.verify(QStringLiteral("482916")).outcome, Outcome::Accepted);
        const PinCheck wrong = pin.verify(QStringLiteral("482917"));
        QCOMPARE(wrong.outcome, Outcome::Rejected);
        QCOMPARE(wrong.triesLeft, 4);
    }

    void fiveWrongPinsLockOutForAGrowingTime()
    {
        QTemporaryDir tmp;
        qint64 now = 1'700'000'000'000;
        const QString path = tmp.filePath(QStringLiteral("pin"));
        AttendantPin pin(
            path, [&now] { return now; }, fastOptions());
        QVERIFY(pin.setPin(QStringLiteral("2468")).ok());
        for (int i = 1; i <= 4; ++i) {
            const PinCheck check = pin.verify(QStringLiteral("0000"));
            QCOMPARE(check.outcome, Outcome::Rejected);
            QCOMPARE(check.triesLeft, 5 - i);
        }
        PinCheck fifth = pin.verify(QStringLiteral("0000"));
        QCOMPARE(fifth.outcome, Outcome::LockedOut);
        QCOMPARE(fifth.lockedUntilMs, now + 30'000);

        // While locked, even the right PIN is not checked.
        now += 29'999;
        QCOMPARE(pin.verify(QStringLiteral("2468")).outcome, Outcome::LockedOut);
        // A restart does not reset the lock-out: a new object reads the same file.
        AttendantPin restarted(
            path, [&now] { return now; }, fastOptions());
        QCOMPARE(restarted.verify(QStringLiteral("2468")).outcome, Outcome::LockedOut);

        now += 1;
        const PinCheck sixth = pin.verify(QStringLiteral("1111"));
        QCOMPARE(sixth.outcome, Outcome::LockedOut);
        QCOMPARE(sixth.lockedUntilMs, now + 60'000); // doubled
        now += 60'000;
        QCOMPARE(pin.verify(QStringLiteral("1111")).lockedUntilMs, now + 120'000);
        now += 120'000;
        QCOMPARE(pin.verify(QStringLiteral("2468")).outcome, Outcome::Accepted);
        // A correct PIN starts the count again.
        QCOMPARE(pin.verify(QStringLiteral("0000")).triesLeft, 4);
    }

    void lockOutIsCapped()
    {
        QTemporaryDir tmp;
        qint64 now = 0;
        AttendantPin pin(
            tmp.filePath(QStringLiteral("pin")), [&now] { return now; }, fastOptions());
        QVERIFY(pin.setPin(QStringLiteral("2468")).ok());
        qint64 lastLockout = 0;
        for (int i = 0; i < 20; ++i) {
            const PinCheck check = pin.verify(QStringLiteral("0000"));
            if (check.outcome == Outcome::LockedOut) {
                lastLockout = check.lockedUntilMs - now;
                now = check.lockedUntilMs;
            }
        }
        QCOMPARE(lastLockout, qint64(15 * 60 * 1000));
    }

    void damagedPinFileKeepsTheKioskLocked()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("pin"));
        AttendantPin pin(
            path, [] { return qint64(0); }, fastOptions());
        QVERIFY(pin.setPin(QStringLiteral("2468")).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("yokoten-attendant-pin-v1\n999999999\nzz\n");
        file.close();
        QCOMPARE(pin.verify(QStringLiteral("2468")).outcome, Outcome::Unreadable);
        QVERIFY(!pin.isSet());
    }

private:
    static AttendantPin::Options fastOptions()
    {
        AttendantPin::Options options;
        options.iterations = 1000; // tests only; devices use 200,000
        return options;
    }
};

QTEST_MAIN(TestKioskLockdown)
#include "tst_kiosk_lockdown.moc"
