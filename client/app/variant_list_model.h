#pragma once

#include "store_list_model.h"

#include <QVariantMap>

#include <vector>

namespace yk::app {

/// A StoreListModel whose rows are read on the engine thread as { role: value } maps, for
/// lists that only show what a read function put together (programmes, applicants,
/// adoptions). The roles are the subclass's `roleKeys()`, from Qt::UserRole + 1.
class VariantListModel : public StoreListModel {
    Q_OBJECT
public:
    using StoreListModel::StoreListModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }
    const std::vector<QVariantMap>& rows() const { return m_rows; }

protected:
    virtual QList<QByteArray> roleKeys() const = 0;
    /// Reads the rows with `read` on the engine thread (StoreListModel::fetch).
    void fetchRows(
        std::function<std::vector<QVariantMap>(DeviceContext&)> read, std::function<void()> after = {})
    {
        fetch<QVariantMap>(m_rows, std::move(read), std::move(after));
    }

private:
    std::vector<QVariantMap> m_rows;
};

} // namespace yk::app
