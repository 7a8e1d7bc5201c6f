#pragma once

#include "engine_bridge.h"
#include "session_manager.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <string>

namespace yk::app {

/// Base of the per-page controllers that read and write the store: holds the services QML
/// hands them (`bridge: EngineBridge`, `sessionManager: Session`), the way KDE Itinerary
/// passes its managers to controllers. Until the bridge is set a controller reads nothing
/// and queues nothing (it reports "not ready"); setting it reads again. Subclasses name it
/// `yk::app::StoreController` in full: Qt 6.4's type registrar links a QML type to its base
/// only by the full name, and qmllint then knows the inherited properties.
class StoreController : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    /// Where the store is read and written (the EngineBridge singleton in QML).
    Q_PROPERTY(yk::app::EngineBridge* bridge READ bridge WRITE setBridge NOTIFY bridgeChanged)
    /// Who is signed in (the Session singleton in QML): the author of what is written.
    Q_PROPERTY(yk::app::SessionManager* sessionManager READ sessionManager WRITE setSessionManager NOTIFY
            sessionManagerChanged)
public:
    using QObject::QObject;

    EngineBridge* bridge() const { return m_bridge; }
    void setBridge(EngineBridge* bridge);
    SessionManager* sessionManager() const { return m_sessionManager; }
    void setSessionManager(SessionManager* sessionManager);

Q_SIGNALS:
    void bridgeChanged();
    void sessionManagerChanged();

protected:
    /// A service arrived or changed: read again. Default: nothing.
    virtual void servicesChanged() { }
    /// Records changed in the store (a local write, a sync page). Default: nothing.
    virtual void recordsChanged() { }

    /// The signed-in user's and organisation's ids, empty without a session manager.
    std::string userId() const;
    std::string organisationId() const;

private:
    QPointer<EngineBridge> m_bridge;
    QPointer<SessionManager> m_sessionManager;
};

} // namespace yk::app
