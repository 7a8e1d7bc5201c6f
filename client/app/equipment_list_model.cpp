#include "equipment_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "taxonomy.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"

namespace yk::app {

using namespace yokoten::v1;

EquipmentListModel::EquipmentListModel(QObject* parent)
    : StoreListModel(parent)
{
}

QVariant EquipmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case ModelIdRole:
        return row.id;
    case MakerRole:
        return row.maker;
    case AreaRole:
        return row.area;
    case AreaNameRole:
        return Taxonomy::equipmentAreaName(row.area);
    case SubcategoryRole:
        return row.subcategory;
    case MaxLoanDaysRole:
        return row.maxLoanDays;
    default:
        return {};
    }
}

QHash<int, QByteArray> EquipmentListModel::roleNames() const
{
    return {
        { ModelIdRole, "modelId" },
        { NameRole, "name" },
        { MakerRole, "maker" },
        { AreaRole, "area" },
        { AreaNameRole, "areaName" },
        { SubcategoryRole, "subcategory" },
        { MaxLoanDaysRole, "maxLoanDays" },
    };
}

void EquipmentListModel::setArea(int value)
{
    if (value == m_area)
        return;
    m_area = value;
    Q_EMIT areaChanged();
    reload();
}

void EquipmentListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const int area = m_area;
    fetch<Row>(m_rows, [area](DeviceContext& context) {
        std::vector<Row> rows;
        if (context.store == nullptr)
            return rows;
        // The catalogue (a centre's models, tens): small enough to read whole, by area and name.
        auto models = context.store->records().all<EquipmentModel>();
        if (!models)
            return rows;
        for (const auto& m : *models)
            if (area == 0 || m.area() == area)
                rows.push_back({ qs(m.id()), qs(m.name()), qs(m.maker()), m.area(), qs(m.subcategory()),
                    m.max_loan_days() });
        return rows;
    });
}

} // namespace yk::app
