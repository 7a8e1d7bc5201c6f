#include "variant_list_model.h"

namespace yk::app {

QVariant VariantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<QByteArray> keys = roleKeys();
    const int at = role == Qt::DisplayRole ? 0 : role - (Qt::UserRole + 1);
    if (at < 0 || at >= keys.size())
        return {};
    return m_rows[static_cast<std::size_t>(index.row())].value(QString::fromLatin1(keys.at(at)));
}

QHash<int, QByteArray> VariantListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    const QList<QByteArray> keys = roleKeys();
    for (int i = 0; i < keys.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, keys.at(i));
    return names;
}

} // namespace yk::app
