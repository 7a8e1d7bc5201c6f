#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

namespace yk::platform {

/// Keeps the screen on while it is held (check-in desk, kiosk). On Linux it asks the desktop
/// through org.freedesktop.ScreenSaver Inhibit/UnInhibit (GNOME, KDE, Xfce …) without blocking
/// the GUI thread; where no such service answers (a kiosk compositor such as cage, no session
/// bus) it does nothing and says why in unavailableReason(): the kiosk's systemd unit turns
/// blanking off there instead. The desktop drops the inhibition if the app dies.
class WakeLock : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool held READ isHeld NOTIFY heldChanged)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY unavailable)

public:
    static constexpr const char* Service = "org.freedesktop.ScreenSaver";
    static constexpr const char* Path = "/org/freedesktop/ScreenSaver";
    static constexpr const char* Interface = "org.freedesktop.ScreenSaver";

    /// On the session bus.
    explicit WakeLock(QObject* parent = nullptr);
    explicit WakeLock(const QDBusConnection& bus, QObject* parent = nullptr);
    ~WakeLock() override;

    /// Asks for the screen to stay on; `reason` is shown by some desktops ("Check-in desk").
    /// Holding it again is a no-op. heldChanged(true) follows when the desktop agrees.
    void acquire(const QString& reason);
    /// Lets the screen blank again (also cancels an acquire still on its way).
    void release();
    bool isHeld() const { return m_cookie.has_value() && m_wanted; }
    /// Why the lock does nothing here; empty while it works or has not been tried.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void heldChanged(bool held);
    /// The platform cannot keep the screen on; `reason` is for logs and the diagnostics page.
    void unavailable(const QString& reason);

private:
    void onInhibitReply(const QDBusMessage& reply);
    void sendUnInhibit(uint cookie);
    void fail(const QString& reason);

    QDBusConnection m_bus;
    std::optional<uint> m_cookie;
    bool m_wanted = false;
    bool m_pending = false;
    QString m_unavailableReason;
};

} // namespace yk::platform
