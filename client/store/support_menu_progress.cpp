#include "support_menu_progress.h"

#include <algorithm>

namespace yk::store {

using namespace yokoten::v1;

namespace {

bool holdsSeat(const Registration& r)
{
    return r.status() == REGISTRATION_STATUS_CONFIRMED || r.status() == REGISTRATION_STATUS_WAITLISTED
        || r.status() == REGISTRATION_STATUS_PENDING;
}

StoreStatus bySeminar(RecordRepository& records, const MenuRequirement& requirement,
    std::string_view organisationId, RequirementProgress& progress)
{
    for (const auto& seminarId : requirement.seminar_ids()) {
        auto sessions = records.sessionsOfSeminar(seminarId);
        if (!sessions)
            return sessions.error();
        for (const auto& session : *sessions) {
            auto registrations = records.registrationsOfSession(session.id());
            if (!registrations)
                return registrations.error();
            auto checkIns = records.checkInsOfSession(session.id());
            if (!checkIns)
                return checkIns.error();
            for (const auto& r : *registrations) {
                if (r.organisation_id() != organisationId || !holdsSeat(r))
                    continue;
                const bool attended = std::any_of(checkIns->begin(), checkIns->end(), [&r](const CheckIn& c) {
                    return c.registration_id() == r.id() && c.result() == CHECK_IN_RESULT_ACCEPTED;
                });
                const auto met = attended ? RequirementMet::Attended : RequirementMet::Registered;
                if (progress.met == RequirementMet::No || progress.met == RequirementMet::NotLinked
                    || met == RequirementMet::Attended) {
                    progress.met = met;
                    progress.recordId = r.id();
                }
                if (attended)
                    return {};
            }
        }
    }
    return {};
}

} // namespace

StoreResult<std::vector<RequirementProgress>> requirementProgress(
    RecordRepository& records, const SupportMenuEntry& entry, std::string_view organisationId)
{
    std::vector<RequirementProgress> result;
    std::vector<ProgrammeParticipation> participations;
    std::vector<Consultation> consultations;
    if (!organisationId.empty()) {
        auto parts = records.participationsOf(organisationId);
        if (!parts)
            return parts.error();
        participations = std::move(*parts);
        auto consulted = records.consultationsOf(organisationId);
        if (!consulted)
            return consulted.error();
        consultations = std::move(*consulted);
    }
    for (const auto& requirement : entry.requirements()) {
        RequirementProgress progress;
        progress.requirementId = requirement.id();
        const bool linked = requirement.seminar_ids_size() > 0 || requirement.programme_ids_size() > 0
            || requirement.consultation();
        progress.met = linked ? RequirementMet::No : RequirementMet::NotLinked;
        if (!organisationId.empty() && linked) {
            if (auto status = bySeminar(records, requirement, organisationId, progress); !status)
                return status.error();
            for (const auto& p : participations) {
                const auto& ids = requirement.programme_ids();
                if (std::find(ids.begin(), ids.end(), p.programme_id()) == ids.end())
                    continue;
                const bool chosen
                    = p.state() == PARTICIPATION_STATE_CHOSEN || p.state() == PARTICIPATION_STATE_CLOSED;
                if (!isMet(progress.met) || (chosen && progress.met == RequirementMet::Applied)) {
                    progress.met = chosen ? RequirementMet::Chosen : RequirementMet::Applied;
                    progress.recordId = p.id();
                }
            }
            if (!isMet(progress.met) && requirement.consultation() && !consultations.empty()) {
                progress.met = RequirementMet::Consulted;
                progress.recordId = consultations.front().id();
            }
        }
        result.push_back(std::move(progress));
    }
    return result;
}

bool isMet(RequirementMet met)
{
    return met != RequirementMet::No && met != RequirementMet::NotLinked;
}

std::string_view requirementMetName(RequirementMet met)
{
    switch (met) {
    case RequirementMet::NotLinked:
        return "not_linked";
    case RequirementMet::No:
        return "not_met";
    case RequirementMet::Registered:
        return "registered";
    case RequirementMet::Attended:
        return "attended";
    case RequirementMet::Applied:
        return "applied";
    case RequirementMet::Chosen:
        return "chosen";
    case RequirementMet::Consulted:
        return "consulted";
    }
    return "not_met";
}

bool menuEntrySuits(const SupportMenuEntry& entry, ServiceType serviceType, int staffCount)
{
    if (serviceType != SERVICE_TYPE_UNSPECIFIED && entry.eligible_service_types_size() > 0) {
        const auto& types = entry.eligible_service_types();
        if (std::find(types.begin(), types.end(), serviceType) == types.end())
            return false;
    }
    if (staffCount > 0) {
        if (entry.min_staff() > 0 && staffCount < entry.min_staff())
            return false;
        if (entry.max_staff() > 0 && staffCount > entry.max_staff())
            return false;
    }
    return true;
}

const SupportTier* tierFor(const SupportMenuEntry& entry, int staffCount)
{
    if (staffCount <= 0)
        return nullptr;
    for (const auto& tier : entry.tiers())
        if ((tier.min_staff() > 0 || tier.max_staff() > 0)
            && (tier.min_staff() == 0 || staffCount >= tier.min_staff())
            && (tier.max_staff() == 0 || staffCount <= tier.max_staff()))
            return &tier;
    return nullptr;
}

} // namespace yk::store
