#include "support_menu_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "support_menu_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "store/support_menu_progress.h"

#include <QCoreApplication>

namespace yk::app {

using namespace yokoten::v1;

std::vector<QVariantMap> readSupportMenu(
    DeviceContext& context, const std::string& organisationId, MenuFilter filter, const QDate& today)
{
    std::vector<QVariantMap> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    if ((filter.serviceType < 0 || filter.staffCount < 0) && !organisationId.empty()) {
        auto own = records.find<Organisation>(organisationId);
        const Organisation* org = own && *own ? &**own : nullptr;
        if (filter.serviceType < 0)
            filter.serviceType = org != nullptr && org->service_types_size() > 0 ? org->service_types(0) : 0;
        if (filter.staffCount < 0)
            filter.staffCount = org != nullptr ? org->staff_count() : 0;
    }
    filter.serviceType = std::max(filter.serviceType, 0);
    filter.staffCount = std::max(filter.staffCount, 0);
    auto entries = records.all<SupportMenuEntry>();
    if (!entries)
        return rows;
    for (const auto& e : *entries) {
        if (!store::menuEntrySuits(e, static_cast<ServiceType>(filter.serviceType), filter.staffCount))
            continue;
        QVariantMap row = menuEntryHeadline(e, today);
        const auto* tier = store::tierFor(e, filter.staffCount);
        row[QStringLiteral("tierText")] = tier != nullptr ? tierText(*tier) : QString();
        int met = 0;
        int linked = 0;
        if (auto progress = store::requirementProgress(records, e, organisationId))
            for (const auto& p : *progress) {
                linked += p.met != store::RequirementMet::NotLinked;
                met += store::isMet(p.met);
            }
        row[QStringLiteral("metText")] = organisationId.empty() || linked == 0
            ? QString()
            : QCoreApplication::translate("SupportMenu", "Requirements met: %1 of %2").arg(met).arg(linked);
        row[QStringLiteral("syncText")]
            = syncStateText(context, RECORD_KIND_SUPPORT_MENU_ENTRY, e.id(), nullptr);
        row[QStringLiteral("filterType")] = filter.serviceType;
        row[QStringLiteral("filterStaff")] = filter.staffCount;
        rows.push_back(std::move(row));
    }
    return rows;
}

void SupportMenuListModel::setServiceType(int type)
{
    if (type == m_filter.serviceType)
        return;
    m_filter.serviceType = type;
    Q_EMIT filterChanged();
    reload();
}

void SupportMenuListModel::setStaffCount(int count)
{
    if (count == m_filter.staffCount)
        return;
    m_filter.staffCount = count;
    Q_EMIT filterChanged();
    reload();
}

QList<QByteArray> SupportMenuListModel::roleKeys() const
{
    return { "entryId", "name", "provider", "kindText", "summary", "windowText", "open", "withdrawn",
        "tierText", "metText", "syncText" };
}

void SupportMenuListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const SessionManager* session = sessionManager();
    // Centre staff and officers read the menu as it stands for everyone.
    const bool facility = session != nullptr && !session->centreStaff() && !session->prefectureOfficer();
    const std::string organisation = facility ? organisationId() : std::string();
    MenuFilter filter = m_filter;
    if (!facility) {
        filter.serviceType = std::max(filter.serviceType, 0);
        filter.staffCount = std::max(filter.staffCount, 0);
    }
    const QDate today = todayInJapan();
    fetchRows([=](DeviceContext& context) { return readSupportMenu(context, organisation, filter, today); },
        [this, filter]() {
            int type = std::max(filter.serviceType, 0);
            int staff = std::max(filter.staffCount, 0);
            if (!rows().empty()) {
                type = rows().front().value(QStringLiteral("filterType")).toInt();
                staff = rows().front().value(QStringLiteral("filterStaff")).toInt();
            }
            if (type == m_appliedType && staff == m_appliedStaff)
                return;
            m_appliedType = type;
            m_appliedStaff = staff;
            Q_EMIT appliedChanged();
        });
}

} // namespace yk::app
