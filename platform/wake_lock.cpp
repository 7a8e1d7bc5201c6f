#include "wake_lock.h"

#include "platform_logging.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace yk::platform {

namespace {

// A desktop that answers at all answers at once; a hung one must not leave the request open.
constexpr int CallTimeoutMs = 3000;

QDBusMessage screenSaverCall(const char* method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(WakeLock::Service),
        QString::fromLatin1(WakeLock::Path), QString::fromLatin1(WakeLock::Interface),
        QString::fromLatin1(method));
}

} // namespace

WakeLock::WakeLock(QObject* parent)
    : WakeLock(QDBusConnection::sessionBus(), parent)
{
}

WakeLock::WakeLock(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
}

WakeLock::~WakeLock()
{
    if (m_cookie)
        sendUnInhibit(*m_cookie);
}

void WakeLock::acquire(const QString& reason)
{
    const bool wasHeld = isHeld();
    m_wanted = true;
    if (m_cookie) {
        if (!wasHeld)
            Q_EMIT heldChanged(true);
        return;
    }
    if (m_pending)
        return;
    if (!m_bus.isConnected()) {
        fail(QStringLiteral("no D-Bus session bus"));
        return;
    }
    QDBusMessage call = screenSaverCall("Inhibit");
    const QString application = QCoreApplication::applicationName().isEmpty()
        ? QStringLiteral("Yokoten")
        : QCoreApplication::applicationName();
    call << application << reason;
    m_pending = true;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        onInhibitReply(finished->reply());
    });
}

void WakeLock::onInhibitReply(const QDBusMessage& reply)
{
    m_pending = false;
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        fail(QStringLiteral("org.freedesktop.ScreenSaver did not inhibit: %1").arg(reply.errorName()));
        return;
    }
    bool ok = false;
    const uint cookie = reply.arguments().constFirst().toUInt(&ok);
    if (!ok) {
        fail(QStringLiteral("org.freedesktop.ScreenSaver answered without a cookie"));
        return;
    }
    if (!m_wanted) { // released while the request was on its way
        sendUnInhibit(cookie);
        return;
    }
    m_cookie = cookie;
    m_unavailableReason.clear();
    qCInfo(lcPlatform) << "wake lock held";
    Q_EMIT heldChanged(true);
}

void WakeLock::release()
{
    const bool wasHeld = isHeld();
    m_wanted = false;
    if (m_cookie) {
        sendUnInhibit(*m_cookie);
        m_cookie.reset();
    }
    if (wasHeld) {
        qCInfo(lcPlatform) << "wake lock released";
        Q_EMIT heldChanged(false);
    }
}

void WakeLock::sendUnInhibit(uint cookie)
{
    QDBusMessage call = screenSaverCall("UnInhibit");
    call << cookie;
    // No reply needed: if the desktop is gone, so is the inhibition.
    m_bus.send(call);
}

void WakeLock::fail(const QString& reason)
{
    m_unavailableReason = reason;
    qCInfo(lcPlatform) << "wake lock unavailable:" << reason;
    Q_EMIT unavailable(reason);
}

} // namespace yk::platform
