#include "store_list_model.h"

namespace yk::app {

StoreListModel::StoreListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    if (AppServices::bridge != nullptr)
        connect(AppServices::bridge, &EngineBridge::dataChanged, this, &StoreListModel::reload);
    // After construction, so the subclass (and the properties QML sets) are in place.
    QMetaObject::invokeMethod(this, &StoreListModel::reload, Qt::QueuedConnection);
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
    if (AppServices::bridge == nullptr)
        return {};
    return m_sessionId.toStdString();
}

} // namespace yk::app
