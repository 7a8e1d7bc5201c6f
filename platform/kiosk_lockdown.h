#pragma once

#include <QObject>
#include <QPointer>
#include <QWindow>

class QKeyEvent;

namespace yk::platform {

/// The app's part of a kiosk's lock-down: its window full screen, frameless and on top, closing
/// refused, and the keys that leave an app (Alt+F4, Alt+Tab, Ctrl+Q, Ctrl+W, Esc, F11, the
/// Super/Meta key, Android's Back) swallowed before any item sees them. Only the attendant PIN
/// (AttendantPin) should lead to release(). What an app cannot stop — VT switching, a
/// compositor's own shortcuts, power keys — is the kiosk session's job (cage under systemd,
/// see docs/security.md).
class KioskLockdown : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    explicit KioskLockdown(QObject* parent = nullptr);
    ~KioskLockdown() override;

    /// Locks `window` down and filters the whole application's input. Needs a QGuiApplication.
    void apply(QWindow* window);
    /// Gives the window back its flags and state and stops filtering.
    void release();
    bool isActive() const { return !m_window.isNull(); }

    /// True for the key combinations the lock-down swallows.
    static bool isEscapeKey(const QKeyEvent& event);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void activeChanged(bool active);
    /// Someone tried to leave (a swallowed key or a close): the UI may hint "ask the attendant".
    void escapeBlocked();

private:
    QPointer<QWindow> m_window;
    Qt::WindowFlags m_savedFlags;
    Qt::WindowStates m_savedStates;
};

} // namespace yk::platform
