#include "store_controller.h"

namespace yk::app {

void StoreController::setBridge(EngineBridge* bridge)
{
    if (bridge == m_bridge)
        return;
    if (m_bridge != nullptr)
        disconnect(m_bridge, nullptr, this, nullptr);
    m_bridge = bridge;
    if (m_bridge != nullptr)
        connect(m_bridge, &EngineBridge::dataChanged, this, [this] { recordsChanged(); });
    Q_EMIT bridgeChanged();
    servicesChanged();
}

void StoreController::setSessionManager(SessionManager* sessionManager)
{
    if (sessionManager == m_sessionManager)
        return;
    m_sessionManager = sessionManager;
    Q_EMIT sessionManagerChanged();
    servicesChanged();
}

std::string StoreController::userId() const
{
    return userIdOf(m_sessionManager);
}

std::string StoreController::organisationId() const
{
    return organisationIdOf(m_sessionManager);
}

} // namespace yk::app
