#include "programme_list_model.h"

#include "engine_bridge.h"
#include "follow_up_text.h"
#include "participation_list_model.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

namespace {

bool inWindow(const SupportProgramme& p, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    return !p.apply_from().empty() && !p.apply_until().empty() && day >= qs(p.apply_from())
        && day <= qs(p.apply_until());
}

} // namespace

std::vector<QVariantMap> readProgrammes(
    DeviceContext& context, const std::string& organisationId, const std::string& userId, const QDate& today)
{
    std::vector<QVariantMap> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    auto programmes = records.all<SupportProgramme>();
    if (!programmes)
        return rows;
    std::map<std::string, ProgrammeParticipation> mine;
    if (!organisationId.empty())
        if (auto own = records.participationsOf(organisationId))
            for (const auto& p : *own)
                mine[p.programme_id()] = p;
    for (const auto& p : *programmes) {
        QVariantMap row;
        row[QStringLiteral("programmeId")] = qs(p.id());
        row[QStringLiteral("title")] = qs(p.title());
        row[QStringLiteral("kindText")] = programmeKindText(p.kind());
        row[QStringLiteral("fiscalYearText")]
            = QCoreApplication::translate("FollowUp", "FY%1").arg(p.fiscal_year());
        row[QStringLiteral("windowText")]
            = QCoreApplication::translate("FollowUp", "Applications %1 to %2")
                  .arg(formatWireDate(p.apply_from()), formatWireDate(p.apply_until()));
        row[QStringLiteral("supportText")]
            = QCoreApplication::translate("FollowUp", "Support %1 to %2")
                  .arg(formatWireDate(p.support_from()), formatWireDate(p.support_until()));
        row[QStringLiteral("places")] = p.places();
        row[QStringLiteral("eligibility")] = qs(p.eligibility_note());
        row[QStringLiteral("description")] = qs(p.description());
        row[QStringLiteral("open")] = inWindow(p, today);
        // Centre staff hold every participation of the prefecture; a facility only its own, so
        // the server's counts are the floor.
        std::vector<ProgrammeParticipation> held;
        if (auto list = records.participationsOfProgramme(p.id()))
            held = *list;
        const ApplicantCounts counts = countApplicants(held, p.places());
        row[QStringLiteral("applied")] = std::max(counts.applied, p.application_count());
        row[QStringLiteral("chosen")] = std::max(counts.chosen, p.chosen_count());
        std::map<int, int> steps;
        for (const auto& h : held)
            if (h.state() == PARTICIPATION_STATE_CHOSEN)
                ++steps[h.current_step() == IMPROVEMENT_STEP_UNSPECIFIED ? IMPROVEMENT_STEP_PREPARE
                                                                         : h.current_step()];
        QStringList stepParts;
        for (const auto& [step, n] : steps)
            stepParts << QStringLiteral("%1 %2").arg(improvementStepText(step)).arg(n);
        row[QStringLiteral("stepsText")] = stepParts.join(QStringLiteral(" · "));
        const auto own = mine.find(p.id());
        row[QStringLiteral("myParticipationId")] = own == mine.end() ? QString() : qs(own->second.id());
        row[QStringLiteral("myStateText")]
            = own == mine.end() ? QString() : participationStateText(own->second.state());
        row[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_PROGRAMME, p.id(), nullptr);
        // An adviser follows the chosen facilities of the programmes they advise.
        row[QStringLiteral("advises")] = !userId.empty()
            && std::find(p.adviser_user_ids().begin(), p.adviser_user_ids().end(), userId)
                != p.adviser_user_ids().end();
        rows.push_back(std::move(row));
    }
    return rows;
}

QList<QByteArray> ProgrammeListModel::roleKeys() const
{
    return { "title", "programmeId", "kindText", "fiscalYearText", "windowText", "supportText", "places",
        "eligibility", "description", "open", "applied", "chosen", "stepsText", "myParticipationId",
        "myStateText", "syncText", "advises" };
}

void ProgrammeListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const SessionManager* session = sessionManager();
    const std::string organisation
        = session != nullptr && !session->centreStaff() ? organisationId() : std::string();
    const QDate today = todayInJapan();
    const std::string user = userId();
    fetchRows([=](DeviceContext& context) { return readProgrammes(context, organisation, user, today); });
}

} // namespace yk::app
