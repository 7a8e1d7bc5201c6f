#include "case_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "taxonomy.h"

#include "store/case_repository.h"
#include "store/store.h"

namespace yk::app {

CaseListModel::CaseListModel(QObject* parent)
    : StoreListModel(parent)
{
    // Typing fast should search once per pause, not once per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &CaseListModel::reload);
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case CaseIdRole:
        return row.id;
    case CategoryRole:
        return row.category;
    case CategoryNameRole:
        return Taxonomy::categoryName(row.category);
    case OrganisationRole:
        return row.organisation;
    case PrefectureNameRole:
        return Taxonomy::prefectureName(row.prefecture);
    case FiscalYearRole:
        return row.fiscalYear;
    case StateRole:
        return row.state;
    case StateTextRole:
        return caseStateText(row.state);
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {
        { CaseIdRole, "caseId" },
        { TitleRole, "title" },
        { CategoryRole, "category" },
        { CategoryNameRole, "categoryName" },
        { OrganisationRole, "organisation" },
        { PrefectureNameRole, "prefectureName" },
        { FiscalYearRole, "fiscalYear" },
        { StateRole, "caseState" },
        { StateTextRole, "stateText" },
    };
}

void CaseListModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    scheduleReload();
}

void CaseListModel::setFilter(int& field, int value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    scheduleReload();
}

void CaseListModel::setCategory(int value)
{
    setFilter(m_category, value);
}
void CaseListModel::setPrefecture(int value)
{
    setFilter(m_prefecture, value);
}
void CaseListModel::setEquipmentArea(int value)
{
    setFilter(m_equipmentArea, value);
}
void CaseListModel::setServiceType(int value)
{
    setFilter(m_serviceType, value);
}
void CaseListModel::setCaseState(int value)
{
    setFilter(m_caseState, value);
}
void CaseListModel::setLimit(int value)
{
    setFilter(m_limit, qBound(1, value, 1000));
}

void CaseListModel::scheduleReload()
{
    m_debounce.start();
}

void CaseListModel::reload()
{
    m_debounce.stop();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    store::CaseFilter filter;
    filter.category = m_category;
    filter.prefectureCode = m_prefecture;
    filter.equipmentArea = m_equipmentArea;
    filter.serviceType = m_serviceType;
    filter.state = m_caseState;
    const std::string query = m_query.trimmed().toStdString();
    const int limit = m_limit;
    fetch<Row>(
        m_rows,
        [=](DeviceContext& context) {
            std::vector<Row> rows;
            if (context.store == nullptr)
                return rows;
            auto found = query.empty() ? context.store->cases().browse(filter, limit)
                                       : context.store->cases().search(query, filter, limit);
            if (!found)
                return rows;
            rows.reserve(found->size());
            for (const auto& c : *found)
                rows.push_back({ qs(c.id), qs(c.title), c.category, qs(c.organisationName), c.prefectureCode,
                    c.fiscalYear, c.state });
            return rows;
        },
        [this] {
            m_loading = false;
            Q_EMIT loadingChanged();
        });
}

} // namespace yk::app
