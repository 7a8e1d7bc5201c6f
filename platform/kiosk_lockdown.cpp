#include "kiosk_lockdown.h"

#include "platform_logging.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QTimer>

namespace yk::platform {

KioskLockdown::KioskLockdown(QObject* parent)
    : QObject(parent)
{
}

KioskLockdown::~KioskLockdown()
{
    release();
}

void KioskLockdown::apply(QWindow* window)
{
    if (window == nullptr || window == m_window)
        return;
    release();
    m_window = window;
    m_savedFlags = window->flags();
    m_savedStates = window->windowStates();
    window->setFlags(m_savedFlags | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    window->showFullScreen();
    // On the application, not the window: shortcut overrides go to the focused item first.
    QCoreApplication::instance()->installEventFilter(this);
    qCInfo(lcPlatform) << "kiosk lock-down applied";
    Q_EMIT activeChanged(true);
}

void KioskLockdown::release()
{
    if (!m_window)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    QWindow* window = m_window;
    m_window.clear();
    window->setFlags(m_savedFlags);
    window->setWindowStates(m_savedStates);
    window->show();
    qCInfo(lcPlatform) << "kiosk lock-down released";
    Q_EMIT activeChanged(false);
}

bool KioskLockdown::isEscapeKey(const QKeyEvent& event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11: // leave full screen in many shells
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta: // opens the desktop's launcher
    case Qt::Key_Back: // Android's back button ends the activity
    case Qt::Key_Close:
        return true;
    case Qt::Key_F4:
        return mods.testFlag(Qt::AltModifier) || mods.testFlag(Qt::ControlModifier);
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return mods.testFlag(Qt::AltModifier) || mods.testFlag(Qt::MetaModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return mods.testFlag(Qt::ControlModifier);
    default:
        break;
    }
    // Ctrl+Alt+F1…F12 switch virtual terminals where the system lets an app see them at all.
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12 && mods.testFlag(Qt::ControlModifier)
        && mods.testFlag(Qt::AltModifier))
        return true;
    return false;
}

bool KioskLockdown::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_window)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (isEscapeKey(*static_cast<QKeyEvent*>(event))) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                Q_EMIT escapeBlocked();
            return true;
        }
        return false;
    case QEvent::Close:
        if (watched == m_window) {
            event->ignore();
            Q_EMIT escapeBlocked();
            return true;
        }
        return false;
    case QEvent::WindowStateChange:
        if (watched == m_window && !m_window->windowStates().testFlag(Qt::WindowFullScreen)) {
            // Minimised or restored by the window manager: back to full screen, after the
            // state change has been processed.
            QTimer::singleShot(0, m_window, [window = m_window] {
                if (window)
                    window->showFullScreen();
            });
        }
        return false;
    default:
        return false;
    }
}

} // namespace yk::platform
