#include "participation_list_model.h"

#include "engine_bridge.h"
#include "follow_up_text.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/organisation.pb.h"

#include <QCoreApplication>

namespace yk::app {

using namespace yokoten::v1;

ApplicantCounts countApplicants(const std::vector<ProgrammeParticipation>& list, int places)
{
    ApplicantCounts c;
    for (const auto& p : list) {
        ++c.applied;
        switch (p.state()) {
        case PARTICIPATION_STATE_APPLIED:
            ++c.waiting;
            break;
        case PARTICIPATION_STATE_CHOSEN:
        case PARTICIPATION_STATE_CLOSED:
            ++c.chosen;
            break;
        case PARTICIPATION_STATE_NOT_CHOSEN:
            ++c.notChosen;
            break;
        default:
            break;
        }
    }
    c.placesLeft = std::max(0, places - c.chosen);
    return c;
}

std::vector<QVariantMap> readParticipations(
    DeviceContext& context, const std::string& programmeId, const std::string& organisationId)
{
    std::vector<QVariantMap> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    auto list = !programmeId.empty() ? records.participationsOfProgramme(programmeId)
        : !organisationId.empty()    ? records.participationsOf(organisationId)
                                     : records.all<ProgrammeParticipation>();
    if (!list)
        return rows;
    int places = 0;
    if (!programmeId.empty())
        if (auto p = records.find<SupportProgramme>(programmeId); p && *p)
            places = (*p)->places();
    for (const auto& p : *list) {
        QVariantMap row;
        row[QStringLiteral("participationId")] = qs(p.id());
        row[QStringLiteral("programmeId")] = qs(p.programme_id());
        QString programme;
        if (auto found = records.find<SupportProgramme>(p.programme_id()); found && *found)
            programme = qs((*found)->title());
        row[QStringLiteral("programme")] = programme;
        QString facility = qs(p.organisation_name());
        if (facility.isEmpty())
            if (auto org = records.find<Organisation>(p.organisation_id()); org && *org)
                facility = qs((*org)->name());
        row[QStringLiteral("facility")] = facility;
        row[QStringLiteral("organisationId")] = qs(p.organisation_id());
        row[QStringLiteral("state")] = static_cast<int>(p.state());
        row[QStringLiteral("stateText")] = participationStateText(p.state());
        bool pending = false;
        row[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_PARTICIPATION, p.id(), &pending);
        row[QStringLiteral("pending")] = pending;
        row[QStringLiteral("reason")] = qs(p.application().reason());
        row[QStringLiteral("goals")] = qs(p.application().goals());
        row[QStringLiteral("contact")] = qs(p.application().contact());
        const QDateTime applied = toDateTime(p.applied_at());
        row[QStringLiteral("appliedText")] = applied.isValid() ? formatDateTime(applied) : QString();
        row[QStringLiteral("stepText")] = p.state() == PARTICIPATION_STATE_CHOSEN && p.current_step() != 0
            ? improvementStepText(p.current_step())
            : QString();
        row[QStringLiteral("places")] = places;
        rows.push_back(std::move(row));
    }
    return rows;
}

void ParticipationListModel::setProgrammeId(const QString& id)
{
    if (id == m_programmeId)
        return;
    m_programmeId = id;
    Q_EMIT programmeIdChanged();
    reload();
}

QList<QByteArray> ParticipationListModel::roleKeys() const
{
    return { "facility", "participationId", "programmeId", "programme", "organisationId", "state",
        "stateText", "syncText", "pending", "reason", "goals", "contact", "appliedText", "stepText" };
}

void ParticipationListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const SessionManager* session = sessionManager();
    const std::string programme = m_programmeId.toStdString();
    const std::string organisation = programme.empty() && session != nullptr && !session->centreStaff()
        ? organisationId()
        : std::string();
    fetchRows([=](DeviceContext& context) { return readParticipations(context, programme, organisation); },
        [this] {
            std::vector<ProgrammeParticipation> states;
            m_places = 0;
            for (const auto& row : rows()) {
                ProgrammeParticipation p;
                p.set_state(static_cast<ParticipationState>(row.value(QStringLiteral("state")).toInt()));
                states.push_back(p);
                m_places = row.value(QStringLiteral("places")).toInt();
            }
            m_counts = countApplicants(states, m_places);
            Q_EMIT countsChanged();
        });
}

} // namespace yk::app
