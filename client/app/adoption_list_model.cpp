#include "adoption_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QCoreApplication>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString standingKey(domain::CheckInStanding s)
{
    switch (s) {
    case domain::CheckInStanding::Later:
        return QStringLiteral("later");
    case domain::CheckInStanding::Due:
        return QStringLiteral("due");
    case domain::CheckInStanding::Overdue:
        return QStringLiteral("overdue");
    case domain::CheckInStanding::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

} // namespace

std::vector<QVariantMap> readAdoptions(
    DeviceContext& context, AdoptionScope scope, const std::string& organisationId, const QDate& today)
{
    std::vector<QVariantMap> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    auto list = scope != AdoptionScope::Stalled && !organisationId.empty()
        ? records.adoptionsOf(organisationId)
        : records.all<Adoption>();
    if (!list)
        return rows;
    const domain::Date day = toDomainDate(today);
    struct Sorted {
        int overdue;
        std::string due;
        QVariantMap row;
    };
    std::vector<Sorted> out;
    for (const auto& a : *list) {
        const AdoptionStanding s = adoptionStanding(a, day);
        if (scope == AdoptionScope::Due && !s.answerNow())
            continue;
        if (scope == AdoptionScope::Stalled && !s.stalled)
            continue;
        QVariantMap row;
        row[QStringLiteral("adoptionId")] = qs(a.id());
        QString label = qs(a.label());
        if (label.isEmpty() && !a.model_id().empty())
            if (auto model = records.find<EquipmentModel>(a.model_id()); model && *model)
                label = qs((*model)->name());
        row[QStringLiteral("label")] = label;
        QString facility = qs(a.organisation_name());
        if (facility.isEmpty())
            if (auto org = records.find<Organisation>(a.organisation_id()); org && *org)
                facility = qs((*org)->name());
        row[QStringLiteral("facility")] = facility;
        row[QStringLiteral("organisationId")] = qs(a.organisation_id());
        row[QStringLiteral("adoptedText")]
            = QCoreApplication::translate("FollowUp", "Adopted %1").arg(formatWireDate(a.adopted_on()));
        row[QStringLiteral("nextMonthsAfter")] = s.nextMonthsAfter.value_or(0);
        row[QStringLiteral("nextText")] = s.nextMonthsAfter
            ? QCoreApplication::translate("FollowUp", "Check-in %1 · %2")
                  .arg(monthsAfterText(*s.nextMonthsAfter), formatWireDate(s.nextDue.toStdString()))
            : QCoreApplication::translate("FollowUp", "Every check-in answered");
        row[QStringLiteral("standing")]
            = s.nextMonthsAfter ? standingKey(s.next) : QStringLiteral("answered");
        row[QStringLiteral("standingText")] = s.nextMonthsAfter ? standingText(s.next) : QString();
        row[QStringLiteral("stalled")] = s.stalled;
        row[QStringLiteral("answerNow")] = s.answerNow();
        row[QStringLiteral("stalledText")] = s.noLongerUsed
            ? QCoreApplication::translate("FollowUp", "No longer used")
            : s.overdueCount > 0
            ? QCoreApplication::translate("FollowUp", "Check-ins overdue: %1").arg(s.overdueCount)
            : QString();
        row[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_ADOPTION, a.id(), nullptr);
        out.push_back({ s.noLongerUsed ? 1000 : s.overdueCount, s.nextDue.toStdString(), std::move(row) });
    }
    if (scope == AdoptionScope::Stalled)
        std::stable_sort(
            out.begin(), out.end(), [](const Sorted& a, const Sorted& b) { return a.overdue > b.overdue; });
    else if (scope == AdoptionScope::Due)
        std::stable_sort(
            out.begin(), out.end(), [](const Sorted& a, const Sorted& b) { return a.due < b.due; });
    for (auto& o : out)
        rows.push_back(std::move(o.row));
    return rows;
}

void AdoptionListModel::setScope(const QString& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reload();
}

void AdoptionListModel::setOrganisationId(const QString& id)
{
    if (id == m_organisationId)
        return;
    m_organisationId = id;
    Q_EMIT organisationIdChanged();
    reload();
}

void AdoptionListModel::setToday(const QString& day)
{
    if (day == m_today)
        return;
    m_today = day;
    Q_EMIT todayChanged();
    reload();
}

QList<QByteArray> AdoptionListModel::roleKeys() const
{
    return { "label", "adoptionId", "facility", "organisationId", "adoptedText", "nextMonthsAfter",
        "nextText", "standing", "standingText", "stalled", "answerNow", "stalledText", "syncText" };
}

void AdoptionListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const AdoptionScope scope = m_scope == QLatin1String("stalled") ? AdoptionScope::Stalled
        : m_scope == QLatin1String("due")                           ? AdoptionScope::Due
                                                                    : AdoptionScope::Facility;
    const SessionManager* session = sessionManager();
    const std::string organisation = !m_organisationId.isEmpty() ? m_organisationId.toStdString()
        : session != nullptr && !session->centreStaff()          ? organisationId()
                                                                 : std::string();
    const QDate day = m_today.isEmpty() ? todayInJapan() : QDate::fromString(m_today, Qt::ISODate);
    fetchRows([=](DeviceContext& context) { return readAdoptions(context, scope, organisation, day); });
}

} // namespace yk::app
