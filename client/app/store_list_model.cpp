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

} // namespace yk::app
