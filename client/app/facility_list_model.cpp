#include "facility_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/organisation.pb.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

QString foldedFacilityName(const QString& name)
{
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.remove(bracketed);
    folded.remove(spaces);
    return folded;
}

std::vector<FacilityRow> matchFacilities(const QString& typed, const std::vector<FacilityRow>& facilities)
{
    std::vector<FacilityRow> found;
    const QString wanted = foldedFacilityName(typed);
    if (wanted.isEmpty())
        return found;
    for (const auto& f : facilities) {
        const QString name = foldedFacilityName(f.name);
        if (name.isEmpty())
            continue;
        const bool same = name == wanted;
        const bool within
            = std::min(name.size(), wanted.size()) >= 3 && (name.contains(wanted) || wanted.contains(name));
        if (same || within)
            found.push_back(f);
    }
    return found;
}

std::vector<FacilityRow> readFacilities(DeviceContext& context, const std::string& organisationId)
{
    std::vector<FacilityRow> rows;
    if (context.store == nullptr)
        return rows;
    auto organisations = context.store->records().all<Organisation>();
    if (!organisations)
        return rows;
    int prefecture = 0;
    std::map<std::string, QString> names;
    for (const auto& o : *organisations) {
        names[o.id()] = qs(o.name());
        if (o.id() == organisationId && o.kind() == ORGANISATION_KIND_CENTRE)
            prefecture = o.prefecture_code();
    }
    for (const auto& o : *organisations) {
        if (o.kind() != ORGANISATION_KIND_FACILITY || (prefecture != 0 && o.prefecture_code() != prefecture))
            continue;
        rows.push_back({ qs(o.id()), qs(o.name()), names[o.parent_id()] });
    }
    std::sort(
        rows.begin(), rows.end(), [](const FacilityRow& a, const FacilityRow& b) { return a.name < b.name; });
    return rows;
}

FacilityListModel::FacilityListModel(QObject* parent)
    : StoreListModel(parent)
{
}

void FacilityListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchChanged();
    reload();
}

QVariant FacilityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacilityRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case OrganisationIdRole:
        return row.id;
    case MunicipalityRole:
        return row.municipality;
    default:
        return {};
    }
}

QHash<int, QByteArray> FacilityListModel::roleNames() const
{
    return { { OrganisationIdRole, "organisationId" }, { NameRole, "name" },
        { MunicipalityRole, "municipality" } };
}

void FacilityListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string organisation = organisationId();
    const QString typed = foldedFacilityName(m_search);
    fetch<FacilityRow>(m_rows, [=](DeviceContext& context) {
        auto rows = readFacilities(context, organisation);
        if (!typed.isEmpty())
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                           [&](const FacilityRow& r) { return !foldedFacilityName(r.name).contains(typed); }),
                rows.end());
        return rows;
    });
}

} // namespace yk::app
