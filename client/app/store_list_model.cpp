#include "store_list_model.h"

namespace yk::app {

StoreListModel::StoreListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    // After construction, so the subclass (and the properties QML sets) are in place.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_started = true;
            reload();
        },
        Qt::QueuedConnection);
}

void StoreListModel::setBridge(EngineBridge* bridge)
{
    if (bridge == m_bridge)
        return;
    if (m_bridge != nullptr)
        disconnect(m_bridge, nullptr, this, nullptr);
    m_bridge = bridge;
    if (m_bridge != nullptr)
        connect(m_bridge, &EngineBridge::dataChanged, this, &StoreListModel::reload);
    Q_EMIT bridgeChanged();
    reloadWhenStarted();
}

void StoreListModel::setSessionManager(SessionManager* sessionManager)
{
    if (sessionManager == m_sessionManager)
        return;
    if (m_sessionManager != nullptr)
        disconnect(m_sessionManager, nullptr, this, nullptr);
    m_sessionManager = sessionManager;
    // Another user or organisation sees other rows.
    if (m_sessionManager != nullptr)
        connect(m_sessionManager, &SessionManager::accountChanged, this, &StoreListModel::reload);
    Q_EMIT sessionManagerChanged();
    reloadWhenStarted();
}

void StoreListModel::reloadWhenStarted()
{
    if (m_started)
        reload();
}

std::string StoreListModel::userId() const
{
    return userIdOf(m_sessionManager);
}

std::string StoreListModel::organisationId() const
{
    return organisationIdOf(m_sessionManager);
}

QVariantMap StoreListModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= count())
        return values;
    const QModelIndex at = index(row);
    const auto roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        values.insert(QString::fromUtf8(it.value()), data(at, it.key()));
    return values;
}

void SessionScopedModel::setSessionId(const QString& id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    Q_EMIT sessionIdChanged();
    reload();
}

std::string SessionScopedModel::sessionToRead() const
{
    if (bridge() == nullptr)
        return {};
    return m_sessionId.toStdString();
}

} // namespace yk::app
