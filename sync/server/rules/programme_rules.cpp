// Support programmes (伴走支援, モデル事業所): centre staff or a prefecture officer publish one;
// facilities of the prefecture apply inside its window; the centre chooses up to its places;
// for each chosen facility the advisers and the centre keep the plan, the visit logs and the
// figures before and after; closing the support makes a case draft for the facility to finish.
//
// Who sees a participation is placement.cpp's business (the facility, its centre, the
// programme's owner and advisers). Who may change it is decided here, and every step by the
// server's clock.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/date.h"
#include "follow_up_labels.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <tuple>
#include <variant>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr int kMaxPlaces = 1000;
constexpr int kMaxAdvisers = 20;
constexpr int kMaxVisits = 200;
constexpr int kMaxMeasurements = 300;
constexpr int kMaxMinVisits = 50;
constexpr std::size_t kMaxContactChars = 400;
constexpr std::size_t kMaxAttendeesChars = 1000;
constexpr int kMinFiscalYear = 2000;
constexpr int kMaxFiscalYear = 2100;
/// A visit is logged on the day or after it; a date this far ahead is a typing slip.
constexpr int kVisitDateSlackDays = 1;

bool isFacilityOrg(const Organisation& org)
{
    return org.kind() == ORGANISATION_KIND_FACILITY;
}

StoreResult<std::optional<SupportProgramme>> findProgramme(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_PROGRAMME, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<SupportProgramme>();
    return std::optional<SupportProgramme>((*found)->programme());
}

StoreResult<std::optional<ProgrammeParticipation>> findParticipation(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_PARTICIPATION, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ProgrammeParticipation>();
    return std::optional<ProgrammeParticipation>((*found)->participation());
}

StoreResult<std::vector<ProgrammeParticipation>> participationsOf(
    RuleContext& ctx, const std::string& programmeId)
{
    auto records = ctx.tx.listByParent(RECORD_KIND_PARTICIPATION, programmeId);
    if (!records)
        return records.error();
    std::vector<ProgrammeParticipation> result;
    result.reserve(records->size());
    for (auto& record : *records)
        result.push_back(std::move(*record.mutable_participation()));
    return result;
}

/// Those who run a programme: centre staff of its prefecture, and staff of the organisation
/// that published it (a prefecture office runs its model facilities).
bool runs(const Principal& caller, const SupportProgramme& programme)
{
    return authorization::isCentreStaffOf(caller, programme.prefecture_code())
        || (!programme.owner_org_id().empty() && authorization::isMemberOf(caller, programme.owner_org_id()));
}

bool isAdviser(const Principal& caller, const SupportProgramme& programme)
{
    if (caller.userId.empty() || !authorization::isSignedInStaff(caller))
        return false;
    const auto& ids = programme.adviser_user_ids();
    return std::find(ids.begin(), ids.end(), caller.userId) != ids.end();
}

MutationResult programmeNotFound()
{
    return notFound("支援プログラム", "The programme");
}

MutationResult participationNotFound()
{
    return notFound("支援プログラムへの応募", "The application");
}

MutationResult notRunning()
{
    return invalidState("この事業所の支援は行われていません（選定前、選外、または終了）。",
        "This facility's support is not running (not chosen yet, not chosen, or closed).");
}

/// A programme and one of its participations, both found, for a step on a participation.
struct Pair {
    SupportProgramme programme;
    ProgrammeParticipation participation;
};

StoreResult<std::variant<Pair, MutationResult>> findPair(RuleContext& ctx, std::string_view participationId)
{
    auto part = findParticipation(ctx, participationId);
    if (!part)
        return part.error();
    if (!*part)
        return std::variant<Pair, MutationResult>(participationNotFound());
    auto programme = findProgramme(ctx, (*part)->programme_id());
    if (!programme)
        return programme.error();
    if (!*programme)
        return std::variant<Pair, MutationResult>(programmeNotFound());
    return std::variant<Pair, MutationResult>(Pair { std::move(**programme), std::move(**part) });
}

/// Finds a participation and its programme, answers not_found for either, and lets `step`
/// decide on both.
template <typename Step> Outcome onParticipation(RuleContext& ctx, const std::string& id, Step step)
{
    auto pair = findPair(ctx, id);
    if (!pair)
        return pair.error();
    if (auto* refusal = std::get_if<MutationResult>(&*pair))
        return *refusal;
    auto& [programme, participation] = std::get<Pair>(*pair);
    return step(programme, participation);
}

Outcome storeParticipation(RuleContext& ctx, const ProgrammeParticipation& p, bool isNew = false)
{
    Record record = wrap(p);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    std::vector<std::string> files;
    for (const auto& visit : p.visits())
        for (const auto& attachment : visit.attachments())
            files.push_back(attachment.sha256());
    if (auto status = referAttachments(ctx, RECORD_KIND_PARTICIPATION, p.id(), files, isNew); !status)
        return status.error();
    return applied({ std::move(record) });
}

StoreStatus storeProgramme(RuleContext& ctx, SupportProgramme& programme)
{
    Record record = wrap(programme);
    auto version = putPlaced(ctx.tx, record);
    if (!version)
        return version.error();
    programme.set_server_version(*version);
    return {};
}

int countChosen(const std::vector<ProgrammeParticipation>& parts)
{
    return static_cast<int>(std::count_if(parts.begin(), parts.end(), [](const ProgrammeParticipation& p) {
        return p.state() == PARTICIPATION_STATE_CHOSEN || p.state() == PARTICIPATION_STATE_CLOSED;
    }));
}

/// Recounts a programme's applications and choices after one of them changed.
StoreStatus recount(RuleContext& ctx, SupportProgramme& programme)
{
    auto parts = participationsOf(ctx, programme.id());
    if (!parts)
        return parts.error();
    const int chosen = countChosen(*parts);
    if (programme.application_count() == static_cast<int>(parts->size())
        && programme.chosen_count() == chosen)
        return {};
    programme.set_application_count(static_cast<int>(parts->size()));
    programme.set_chosen_count(chosen);
    return storeProgramme(ctx, programme);
}

/// Stores an application or a decision, then the programme's counts, which the answer carries
/// too when the caller may see the programme.
Outcome storeCounted(
    RuleContext& ctx, const ProgrammeParticipation& p, SupportProgramme& programme, bool isNew = false)
{
    auto answer = storeParticipation(ctx, p, isNew);
    if (!answer)
        return answer;
    if (auto status = recount(ctx, programme); !status)
        return status.error();
    if (auto status = addIfVisible(ctx, *answer, wrap(programme)); !status)
        return status.error();
    return answer;
}

StoreStatus addStep(
    RuleContext& ctx, ProgrammeParticipation& p, ImprovementStep step, const std::string& note)
{
    auto name = callerName(ctx);
    if (!name)
        return name.error();
    auto* change = p.add_step_history();
    change->set_step(step);
    change->set_note(note);
    change->set_by_user_id(ctx.caller.userId);
    change->set_by_name(*name);
    *change->mutable_at() = toTimestamp(ctx.now);
    p.set_current_step(step);
    return {};
}

std::optional<MutationResult> programmeProblem(const SupportProgramme& in)
{
    if (!isUuid(in.id()))
        return invalidField("id");
    if (in.kind() == PROGRAMME_KIND_UNSPECIFIED || !ProgrammeKind_IsValid(in.kind()))
        return invalidField("kind");
    if (charCount(in.title()) > kMaxTitleChars)
        return invalidField("title");
    if (isBlank(in.title()))
        return invalidArgument("プログラムの名前を入れてください。", "Please name the programme.");
    if (in.description().size() > kMaxTextBytes)
        return invalidField("description");
    if (in.eligibility_note().size() > kMaxTextBytes)
        return invalidField("eligibility_note");
    if (in.fiscal_year() < kMinFiscalYear || in.fiscal_year() > kMaxFiscalYear)
        return invalidField("fiscal_year");
    const auto applyFrom = domain::Date::parse(in.apply_from());
    const auto applyUntil = domain::Date::parse(in.apply_until());
    if (!applyFrom)
        return invalidField("apply_from");
    if (!applyUntil || *applyUntil < *applyFrom)
        return invalidField("apply_until");
    if (!in.support_from().empty() && !domain::Date::parse(in.support_from()))
        return invalidField("support_from");
    if (!in.support_until().empty()
        && (!domain::Date::parse(in.support_until())
            || (!in.support_from().empty() && in.support_until() < in.support_from())))
        return invalidField("support_until");
    if (in.places() < 1 || in.places() > kMaxPlaces)
        return invalidField("places");
    if (in.min_visits() < 0 || in.min_visits() > kMaxMinVisits)
        return invalidField("min_visits");
    for (int type : in.eligible_service_types())
        if (type == SERVICE_TYPE_UNSPECIFIED || !ServiceType_IsValid(type))
            return invalidField("eligible_service_types");
    if (in.adviser_user_ids_size() > kMaxAdvisers)
        return invalidField("adviser_user_ids");
    for (int i = 0; i < in.adviser_user_ids_size(); ++i) {
        const auto& ids = in.adviser_user_ids();
        if (!isUuid(ids[i]) || std::find(ids.begin(), ids.begin() + i, ids[i]) != ids.begin() + i)
            return invalidField("adviser_user_ids");
    }
    return std::nullopt;
}

// Writes the participations of a programme again so that their placement follows a changed
// list of advisers (an adviser who left no longer receives them; a new one does).
StoreStatus replaceParticipations(RuleContext& ctx, const std::string& programmeId)
{
    auto parts = participationsOf(ctx, programmeId);
    if (!parts)
        return parts.error();
    for (auto& p : *parts) {
        Record record = wrap(p);
        if (auto version = putPlaced(ctx.tx, record); !version)
            return version.error();
    }
    return {};
}

// ---- the case draft a closed support makes ------------------------------------------------------

std::string formatValue(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string itemName(const Measurement& m)
{
    std::string name(proto::measureItemJa(m.item()));
    if (name.empty())
        return m.label();
    if (!m.label().empty())
        name += "（" + m.label() + "）";
    return name;
}

/// The earliest value before and the latest value after of each item (and label), in the
/// order the items were first measured: the pairs a case reports.
std::vector<MetricPair> beforeAfterPairs(const ProgrammeParticipation& p)
{
    struct Ends {
        const Measurement* before = nullptr;
        const Measurement* after = nullptr;
        int order = 0;
    };
    std::map<std::pair<int, std::string>, Ends> ends;
    int order = 0;
    for (const auto& m : p.measurements()) {
        auto [it, isNew] = ends.try_emplace({ m.item(), m.label() });
        if (isNew)
            it->second.order = order++;
        auto& e = it->second;
        if (m.phase() == MEASURE_PHASE_BEFORE
            && (e.before == nullptr || m.measured_on() < e.before->measured_on()))
            e.before = &m;
        if (m.phase() == MEASURE_PHASE_AFTER
            && (e.after == nullptr || m.measured_on() > e.after->measured_on()))
            e.after = &m;
    }
    std::vector<std::pair<int, MetricPair>> ordered;
    for (const auto& [key, e] : ends) {
        if (e.before == nullptr || e.after == nullptr)
            continue;
        MetricPair pair;
        pair.set_label(utf8Prefix(itemName(*e.before), kMaxShortTextChars));
        pair.set_unit(e.before->unit());
        pair.set_before_value(e.before->value());
        pair.set_after_value(e.after->value());
        pair.set_before_date(e.before->measured_on());
        pair.set_after_date(e.after->measured_on());
        pair.set_source(utf8Prefix(e.before->source() == e.after->source()
                ? e.before->source()
                : e.before->source() + " → " + e.after->source(),
            kMaxShortTextChars));
        pair.set_lower_is_better(proto::measureItemLowerIsBetter(e.before->item()));
        ordered.emplace_back(e.order, std::move(pair));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<MetricPair> result;
    for (auto& [unused, pair] : ordered)
        result.push_back(std::move(pair));
    return result;
}

GoodPracticeCase caseDraftOf(const RuleContext& ctx, const SupportProgramme& programme,
    const ProgrammeParticipation& p, const Organisation& org, const std::string& caseId)
{
    GoodPracticeCase c;
    c.set_id(caseId);
    c.set_owner_org_id(org.id());
    c.set_owner_org_name(org.name());
    c.set_prefecture_code(org.prefecture_code());
    c.set_region(org.region());
    c.set_fiscal_year(programme.fiscal_year());
    c.set_title(utf8Prefix(std::string(proto::programmeKindJa(programme.kind())) + "による業務改善の取組（"
            + std::to_string(programme.fiscal_year()) + "年度・" + programme.title() + "）",
        kMaxTitleChars));
    c.set_category(programme.kind() == PROGRAMME_KIND_MODEL_FACILITY ? CASE_CATEGORY_MODEL_FACILITY
                                                                     : CASE_CATEGORY_WORK_IMPROVEMENT);
    for (int type : org.service_types())
        c.add_service_types(static_cast<ServiceType>(type));
    c.set_facility_capacity(org.capacity());

    auto* s = c.mutable_sections();
    s->set_background(utf8Prefix(p.application().reason(), kMaxTextBytes));
    s->set_purpose(
        utf8Prefix(p.plan_goal().empty() ? p.application().goals() : p.plan_goal(), kMaxTextBytes));
    std::vector<const VisitLog*> visits;
    for (const auto& v : p.visits())
        visits.push_back(&v);
    std::stable_sort(visits.begin(), visits.end(),
        [](const VisitLog* a, const VisitLog* b) { return a->visit_date() < b->visit_date(); });
    std::string activities;
    for (const auto* v : visits) {
        activities += "・" + v->visit_date() + (v->by_phone() ? "（電話）" : "（訪問）");
        if (v->step() != IMPROVEMENT_STEP_UNSPECIFIED)
            activities += "［" + std::string(proto::improvementStepJa(v->step())) + "］";
        activities += " " + v->activities() + "\n";
    }
    s->set_activities(utf8Prefix(activities, kMaxTextBytes));
    const auto pairs = beforeAfterPairs(p);
    std::string effects;
    for (const auto& pair : pairs)
        effects += "・" + pair.label() + ": " + formatValue(pair.before_value()) + pair.unit() + "（"
            + pair.before_date() + "）→ " + formatValue(pair.after_value()) + pair.unit() + "（"
            + pair.after_date() + "）出典: " + pair.source() + "\n";
    s->set_effects(utf8Prefix(effects, kMaxTextBytes));
    if (!visits.empty())
        s->set_next_steps(utf8Prefix(visits.back()->next_actions(), kMaxTextBytes));
    s->set_key_points(
        utf8Prefix("改善サイクルの到達段階: " + std::string(proto::improvementStepJa(p.current_step()))
                + "（訪問・電話 " + std::to_string(p.visits_size()) + "回）",
            kMaxTextBytes));
    for (const auto& pair : pairs)
        if (c.metrics_size() < kMaxListEntries)
            *c.add_metrics() = pair;
    c.set_publication_scope(PUBLICATION_SCOPE_ORGANISATION);
    c.set_state(CASE_STATE_DRAFT);
    c.set_revision(1);
    // The facility finishes and submits it: its applicant is the author.
    c.set_author_user_id(p.applied_by_user_id());
    *c.mutable_created_at() = toTimestamp(ctx.now);
    *c.mutable_updated_at() = c.created_at();
    return c;
}

} // namespace

Outcome publishProgramme(RuleContext& ctx, const PublishProgramme& op)
{
    const auto& caller = ctx.caller;
    if (!authorization::publishesForOwnPrefecture(caller))
        return forbidden();
    SupportProgramme in = op.programme();
    if (auto problem = programmeProblem(in))
        return *problem;
    // Advisers are accounts the store holds.
    in.clear_adviser_names();
    for (const auto& id : in.adviser_user_ids()) {
        auto user = ctx.tx.find(RECORD_KIND_USER, id);
        if (!user)
            return user.error();
        if (!*user)
            return invalidField("adviser_user_ids");
        in.add_adviser_names((*user)->user().display_name());
    }
    if (in.min_visits() == 0)
        in.set_min_visits(3); // the national guide: at least three visits

    auto existing = findProgramme(ctx, in.id());
    if (!existing)
        return existing.error();
    bool advisersChanged = false;
    if (*existing) {
        const auto& stored = **existing;
        if (stored.prefecture_code() != caller.prefectureCode || !runs(caller, stored))
            return forbidden();
        if (in.places() < stored.chosen_count())
            return invalidArgument("すでに選定した事業所の数より少ない定員にはできません。",
                "The places cannot be fewer than the facilities already chosen.");
        advisersChanged = !std::equal(in.adviser_user_ids().begin(), in.adviser_user_ids().end(),
            stored.adviser_user_ids().begin(), stored.adviser_user_ids().end());
        in.set_owner_org_id(stored.owner_org_id());
        in.set_created_by_user_id(stored.created_by_user_id());
        *in.mutable_published_at() = stored.published_at();
        in.set_application_count(stored.application_count());
        in.set_chosen_count(stored.chosen_count());
    } else {
        in.set_owner_org_id(caller.organisationId);
        in.set_created_by_user_id(caller.userId);
        *in.mutable_published_at() = toTimestamp(ctx.now);
        in.set_application_count(0);
        in.set_chosen_count(0);
    }
    in.set_prefecture_code(caller.prefectureCode);
    in.set_server_version(0);
    if (auto status = storeProgramme(ctx, in); !status)
        return status.error();
    if (advisersChanged)
        if (auto status = replaceParticipations(ctx, in.id()); !status)
            return status.error();
    return applied({ wrap(in) });
}

Outcome applyToProgramme(RuleContext& ctx, const ApplyToProgramme& op)
{
    const auto& in = op.participation();
    if (!isUuid(in.id()))
        return invalidField("id");
    if (!isUuid(in.programme_id()))
        return invalidField("programme_id");
    if (!isUuid(in.organisation_id()))
        return invalidField("organisation_id");
    const auto& application = in.application();
    if (application.reason().size() > kMaxTextBytes)
        return invalidField("application.reason");
    if (application.goals().size() > kMaxTextBytes)
        return invalidField("application.goals");
    if (charCount(application.contact()) > kMaxContactChars)
        return invalidField("application.contact");
    if (!authorization::isFacilityWorkerOf(ctx.caller, in.organisation_id()))
        return forbidden();

    auto programme = findProgramme(ctx, in.programme_id());
    if (!programme)
        return programme.error();
    if (!*programme)
        return programmeNotFound();
    auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, in.organisation_id());
    if (!org)
        return org.error();
    if (!*org || !isFacilityOrg((*org)->organisation()))
        return notFound("事業所", "The facility");
    const Organisation& facility = (*org)->organisation();
    if (facility.prefecture_code() != (*programme)->prefecture_code())
        return forbidden();

    auto existing = findParticipation(ctx, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        if (ctx.replayBySender && (*existing)->organisation_id() == in.organisation_id())
            return applied({ wrap(**existing) });
        return alreadyExists();
    }
    if (isBlank(application.reason()) || isBlank(application.goals()))
        return invalidArgument("応募の理由と、変えたいことを入れてください。",
            "Please write why you apply and what you want to change.");
    const auto today = japanDate(ctx.now);
    if (today.toString() < (*programme)->apply_from() || today.toString() > (*programme)->apply_until())
        return rejected("outside_window",
            "応募期間外です（" + (*programme)->apply_from() + "〜" + (*programme)->apply_until() + "）。",
            "Applications are taken from " + (*programme)->apply_from() + " to " + (*programme)->apply_until()
                + " only.");
    const auto& eligible = (*programme)->eligible_service_types();
    if (!eligible.empty()) {
        bool fits = false;
        for (int type : facility.service_types())
            fits = fits || std::find(eligible.begin(), eligible.end(), type) != eligible.end();
        if (!fits)
            return rejected("not_eligible", "この事業所のサービス種別は、このプログラムの対象外です。",
                "This facility's service type is not eligible for this programme.");
    }
    auto others = participationsOf(ctx, in.programme_id());
    if (!others)
        return others.error();
    for (const auto& other : *others)
        if (other.organisation_id() == in.organisation_id())
            return rejected("already_applied", "この事業所はすでに応募しています。",
                "This facility has already applied.");

    ProgrammeParticipation p;
    p.set_id(in.id());
    p.set_programme_id(in.programme_id());
    p.set_organisation_id(in.organisation_id());
    p.set_organisation_name(facility.name());
    p.set_prefecture_code(facility.prefecture_code());
    *p.mutable_application() = application;
    p.set_state(PARTICIPATION_STATE_APPLIED);
    p.set_applied_by_user_id(ctx.caller.userId);
    *p.mutable_applied_at() = toTimestamp(ctx.now);
    SupportProgramme prog = std::move(**programme);
    return storeCounted(ctx, p, prog, true);
}

// Write transactions run one at a time (server_store.h), so counting the chosen inside this
// one is exact: two centre staff choosing for the last place at once get one yes, one refusal.
Outcome decideApplication(RuleContext& ctx, const DecideApplication& op)
{
    return onParticipation(
        ctx, op.participation_id(), [&](SupportProgramme& programme, ProgrammeParticipation& p) -> Outcome {
            if (!runs(ctx.caller, programme))
                return forbidden();
            if (p.state() == PARTICIPATION_STATE_CLOSED)
                return invalidState("支援が終了した事業所の選定は変えられません。",
                    "The choice cannot change after the support closed.");
            const auto wanted = op.chosen() ? PARTICIPATION_STATE_CHOSEN : PARTICIPATION_STATE_NOT_CHOSEN;
            if (p.state() == wanted)
                return applied({ wrap(p) });
            auto parts = participationsOf(ctx, programme.id());
            if (!parts)
                return parts.error();
            if (op.chosen() && countChosen(*parts) >= programme.places())
                return rejected("no_places_left",
                    "定員（" + std::to_string(programme.places())
                        + "事業所）に達しています。選定を取り消してから選んでください。",
                    "All " + std::to_string(programme.places())
                        + " places are taken. Undo another choice before choosing this facility.");
            p.set_state(wanted);
            p.set_decided_by_user_id(ctx.caller.userId);
            *p.mutable_decided_at() = toTimestamp(ctx.now);
            if (op.chosen() && p.current_step() == IMPROVEMENT_STEP_UNSPECIFIED)
                if (auto status = addStep(ctx, p, IMPROVEMENT_STEP_PREPARE, {}); !status)
                    return status.error();
            return storeCounted(ctx, p, programme);
        });
}

Outcome setPlanStep(RuleContext& ctx, const SetPlanStep& op)
{
    return onParticipation(
        ctx, op.participation_id(), [&](SupportProgramme& programme, ProgrammeParticipation& p) -> Outcome {
            if (!runs(ctx.caller, programme) && !isAdviser(ctx.caller, programme)
                && !authorization::isFacilityWorkerOf(ctx.caller, p.organisation_id()))
                return forbidden();
            if (op.step() == IMPROVEMENT_STEP_UNSPECIFIED || !ImprovementStep_IsValid(op.step()))
                return invalidField("step");
            if (op.note().size() > kMaxTextBytes)
                return invalidField("note");
            if (op.plan_goal().size() > kMaxTextBytes)
                return invalidField("plan_goal");
            if (p.state() != PARTICIPATION_STATE_CHOSEN)
                return notRunning();
            if (p.current_step() == op.step() && (op.plan_goal().empty() || op.plan_goal() == p.plan_goal())
                && op.note().empty())
                return applied({ wrap(p) });
            if (!op.plan_goal().empty())
                p.set_plan_goal(op.plan_goal());
            if (auto status = addStep(ctx, p, op.step(), op.note()); !status)
                return status.error();
            return storeParticipation(ctx, p);
        });
}

Outcome logVisit(RuleContext& ctx, const LogVisit& op)
{
    return onParticipation(
        ctx, op.participation_id(), [&](SupportProgramme& programme, ProgrammeParticipation& p) -> Outcome {
            // The programme's advisers and the centre write visit logs; the facility reads them.
            if (!isAdviser(ctx.caller, programme) && !runs(ctx.caller, programme))
                return forbidden();
            const auto& in = op.visit();
            if (!isUuid(in.id()))
                return invalidField("visit.id");
            const auto date = domain::Date::parse(in.visit_date());
            if (!date || *date > japanDate(ctx.now).addDays(kVisitDateSlackDays))
                return invalidField("visit.visit_date");
            if (charCount(in.attendees()) > kMaxAttendeesChars)
                return invalidField("visit.attendees");
            if (in.activities().size() > kMaxTextBytes)
                return invalidField("visit.activities");
            if (in.next_actions().size() > kMaxTextBytes)
                return invalidField("visit.next_actions");
            if (!ImprovementStep_IsValid(in.step()))
                return invalidField("visit.step");
            if (badAttachments(in.attachments()))
                return invalidField("visit.attachments");
            for (const auto& stored : p.visits()) {
                if (stored.id() == in.id()) {
                    if (stored.author_user_id() == ctx.caller.userId)
                        return applied({ wrap(p) });
                    return alreadyExists();
                }
            }
            if (isBlank(in.activities()))
                return invalidArgument("行ったことを入れてください。", "Please write what was done.");
            if (p.state() != PARTICIPATION_STATE_CHOSEN)
                return notRunning();
            if (p.visits_size() >= kMaxVisits)
                return invalidState(
                    "訪問記録の数が上限に達しました。", "This support holds the most visit logs it can.");
            auto name = callerName(ctx);
            if (!name)
                return name.error();
            auto* visit = p.add_visits();
            *visit = in;
            visit->set_author_user_id(ctx.caller.userId);
            visit->set_author_name(*name);
            *visit->mutable_written_at() = toTimestamp(ctx.now);
            return storeParticipation(ctx, p);
        });
}

Outcome recordMeasurement(RuleContext& ctx, const RecordMeasurement& op)
{
    return onParticipation(
        ctx, op.participation_id(), [&](SupportProgramme& programme, ProgrammeParticipation& p) -> Outcome {
            if (!runs(ctx.caller, programme) && !isAdviser(ctx.caller, programme)
                && !authorization::isFacilityWorkerOf(ctx.caller, p.organisation_id()))
                return forbidden();
            if (auto problem = measurementProblem(op.measurement(), true, "measurement"))
                return *problem;
            for (const auto& stored : p.measurements()) {
                if (stored.id() == op.measurement().id()) {
                    if (stored.recorded_by_user_id() == ctx.caller.userId)
                        return applied({ wrap(p) });
                    return alreadyExists();
                }
            }
            if (p.state() != PARTICIPATION_STATE_CHOSEN)
                return notRunning();
            if (p.measurements_size() >= kMaxMeasurements)
                return invalidState(
                    "測定値の数が上限に達しました。", "This support holds the most figures it can.");
            *p.add_measurements() = acceptedMeasurement(ctx, op.measurement());
            return storeParticipation(ctx, p);
        });
}

Outcome closeParticipation(RuleContext& ctx, const CloseParticipation& op)
{
    return onParticipation(
        ctx, op.participation_id(), [&](SupportProgramme& programme, ProgrammeParticipation& p) -> Outcome {
            if (!runs(ctx.caller, programme))
                return forbidden();
            if (!isUuid(op.case_id()))
                return invalidField("case_id");
            if (op.note().size() > kMaxTextBytes)
                return invalidField("note");
            if (p.state() == PARTICIPATION_STATE_CLOSED) {
                // Closing twice is one close.
                if (p.case_id() == op.case_id())
                    return applied({ wrap(p) });
                return invalidState(
                    "この事業所の支援はすでに終了しています。", "This facility's support is already closed.");
            }
            if (p.state() != PARTICIPATION_STATE_CHOSEN)
                return notRunning();
            auto existingCase = ctx.tx.find(RECORD_KIND_CASE, op.case_id());
            if (!existingCase)
                return existingCase.error();
            if (*existingCase)
                return alreadyExists();
            auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, p.organisation_id());
            if (!org)
                return org.error();
            if (!*org)
                return notFound("事業所", "The facility");

            auto draft = storeCase(ctx, caseDraftOf(ctx, programme, p, (*org)->organisation(), op.case_id()));
            if (!draft)
                return draft.error();
            p.set_state(PARTICIPATION_STATE_CLOSED);
            p.set_case_id(op.case_id());
            p.set_closing_note(op.note());
            *p.mutable_closed_at() = toTimestamp(ctx.now);
            auto answer = storeParticipation(ctx, p);
            if (!answer)
                return answer;
            if (auto status = addIfVisible(ctx, *answer, *draft); !status)
                return status.error();
            return answer;
        });
}

} // namespace yk::server::rules
