// yokoten-cli's programmes (伴走支援, モデル事業所), the advisers' visit logs and the follow-up
// after adoption (定着フォロー). Every change is queued through the one builder of its mutation
// (engine/mutations.h); the server decides who may do what. What is due or stalled is the
// one rule in domain/follow_up_schedule.h, as in the app.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "enum_names.h"
#include "output.h"

#include "domain/date.h"
#include "domain/follow_up_schedule.h"
#include "engine/mutations.h"
#include "follow_up_labels.h"
#include "json_writer.h"
#include "store/record_repository.h"

#include <charconv>
#include <chrono>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::optional<double> parseNumber(const std::string& text)
{
    double value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

domain::Date today()
{
    return domain::japanDate(std::chrono::system_clock::now());
}

int notFound(const Options& options, const std::string& what)
{
    return report(options, storage::makeError(storage::StoreErrorCode::NotFound, what));
}

// ---- programme ---------------------------------------------------------------------------------

int programmeList(const Options& options, DeviceSession& device)
{
    auto programmes = device.store().records().all<SupportProgramme>();
    if (!programmes)
        return report(options, programmes.error());
    JsonWriter json;
    json.beginArray();
    for (const auto& p : *programmes) {
        if (options.json) {
            json.beginObject().key("id").value(p.id()).key("kind").value(codeName<ProgrammeKind>(p.kind()));
            json.key("title").value(p.title()).key("fiscalYear").value(p.fiscal_year());
            json.key("applyFrom").value(p.apply_from()).key("applyUntil").value(p.apply_until());
            json.key("places").value(p.places()).key("applied").value(p.application_count());
            json.key("chosen").value(p.chosen_count()).endObject();
            continue;
        }
        *options.out << "[" << proto::programmeKindJa(p.kind()) << "] " << p.title() << "（"
                     << p.fiscal_year() << "年度）\n    応募 / apply " << p.apply_from() << " 〜 "
                     << p.apply_until() << "  定員 / places " << p.places() << "  応募 / applied "
                     << p.application_count() << "  選定 / chosen " << p.chosen_count()
                     << "\n    id: " << p.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int programmeShow(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<SupportProgramme>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return notFound(options, "no programme " + id);
    auto parts = device.store().records().participationsOfProgramme(id);
    if (!parts)
        return report(options, parts.error());
    const auto& p = **found;
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("id").value(p.id()).key("title").value(p.title());
        json.key("places").value(p.places()).key("participations").beginArray();
        for (const auto& part : *parts) {
            std::string reason;
            json.beginObject().key("id").value(part.id()).key("organisationId").value(part.organisation_id());
            json.key("organisation")
                .value(part.organisation_name())
                .key("state")
                .value(codeName<ParticipationState>(part.state()));
            json.key("step")
                .value(codeName<ImprovementStep>(part.current_step()))
                .key("visits")
                .value(part.visits_size());
            json.key("measurements").value(part.measurements_size()).key("caseId").value(part.case_id());
            json.key("sync")
                .value(device.syncStateName(RECORD_KIND_PARTICIPATION, part.id(), &reason))
                .key("reason")
                .value(reason)
                .endObject();
        }
        json.endArray().endObject();
        *options.out << json.finish();
        return ExitOk;
    }
    auto& out = *options.out;
    out << p.title() << "（" << proto::programmeKindJa(p.kind()) << " / " << proto::programmeKindEn(p.kind())
        << "）\n";
    out << "支援期間 / support: " << p.support_from() << " 〜 " << p.support_until() << "  訪問 / visits ≥ "
        << p.min_visits() << "\n";
    if (!p.description().empty())
        out << p.description() << "\n";
    for (const auto& part : *parts) {
        std::string reason;
        const std::string sync = device.syncStateName(RECORD_KIND_PARTICIPATION, part.id(), &reason);
        out << "\n["
            << (sync == "pending" ? "送信待ち / pending"
                                  : std::string(proto::participationStateJa(part.state())))
            << "] " << part.organisation_name();
        if (part.state() == PARTICIPATION_STATE_CHOSEN || part.state() == PARTICIPATION_STATE_CLOSED)
            out << "  " << proto::improvementStepJa(part.current_step()) << "  訪問 / visits "
                << part.visits_size();
        if (sync == "rejected")
            out << "  却下 / rejected: " << reason;
        out << "\n    id: " << part.id() << "\n";
    }
    return ExitOk;
}

int programmePublish(const Options& options, DeviceSession& device)
{
    const auto kind = parseCode<ProgrammeKind>(options.as);
    const auto from = domain::Date::parse(options.from);
    const auto to = domain::Date::parse(options.to);
    const auto places = parseInt(options.places);
    if (kind == PROGRAMME_KIND_UNSPECIFIED || options.text.empty() || !from || !to || !places)
        return reportUsage(options,
            "programme publish needs --text TITLE --as accompaniment|model-facility --from YYYY-MM-DD "
            "--to YYYY-MM-DD --places N");
    SupportProgramme p;
    p.set_kind(kind);
    p.set_title(options.text);
    p.set_description(options.note);
    // The fiscal year (April–March) the applications open in.
    p.set_fiscal_year(from->month() >= 4 ? from->year() : from->year() - 1);
    p.set_apply_from(from->toString());
    p.set_apply_until(to->toString());
    p.set_places(*places);
    Mutation m = sync::makePublishProgramme(std::move(p));
    const std::string id = m.publish_programme().programme().id();
    return reportQueued(
        options, device.engine->submit(std::move(m)), id, "支援プログラムを公開しました", "programme queued");
}

int programmeStep(const Options& options, DeviceSession& device, const std::string& id)
{
    const auto step = parseCode<ImprovementStep>(options.step);
    if (step == IMPROVEMENT_STEP_UNSPECIFIED)
        return reportUsage(options, "programme step needs --step, one of: " + codeNames<ImprovementStep>());
    return reportQueued(options,
        device.engine->submit(sync::makeSetPlanStep(id, step, options.note, options.goals)), id,
        "計画の段階を記録しました", "plan step queued");
}

int programmeMeasure(const Options& options, DeviceSession& device, const std::string& id)
{
    const auto item = parseCode<MeasureItem>(options.item);
    const auto phase = parseCode<MeasurePhase>(options.phase);
    const auto value = parseNumber(options.value);
    if (item == MEASURE_ITEM_UNSPECIFIED || phase == MEASURE_PHASE_UNSPECIFIED || !value)
        return reportUsage(options,
            "programme measure needs --item (" + codeNames<MeasureItem>()
                + ") --phase before|after --value NUMBER");
    // A figure without its date or source is refused here as the server would refuse it.
    if (options.date.empty() || options.source.empty())
        return reportUsage(options,
            "数値には測定日（--date YYYY-MM）と出典（--source）が必要です / a figure needs --date YYYY-MM "
            "and "
            "--source");
    Measurement m;
    m.set_item(item);
    m.set_phase(phase);
    m.set_value(*value);
    m.set_measured_on(options.date);
    m.set_source(options.source);
    m.set_label(options.text);
    return reportQueued(options, device.engine->submit(sync::makeRecordMeasurement(id, std::move(m))), id,
        "数値を記録しました", "figure queued");
}

// ---- visit -------------------------------------------------------------------------------------

int visitList(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<ProgrammeParticipation>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return notFound(options, "no programme participation " + id);
    JsonWriter json;
    json.beginArray();
    for (const auto& v : (*found)->visits()) {
        if (options.json) {
            json.beginObject().key("id").value(v.id()).key("date").value(v.visit_date());
            json.key("byPhone").value(v.by_phone()).key("step").value(codeName<ImprovementStep>(v.step()));
            json.key("attendees").value(v.attendees()).key("activities").value(v.activities());
            json.key("nextActions").value(v.next_actions()).key("author").value(v.author_name());
            json.key("pending").value(!v.has_written_at()).endObject();
            continue;
        }
        *options.out << v.visit_date() << (v.by_phone() ? "（電話 / phone）" : "（訪問 / visit）") << "  "
                     << proto::improvementStepJa(v.step()) << "  "
                     << (v.has_written_at() ? v.author_name() : std::string("送信待ち / waiting to send"))
                     << "\n  " << v.activities() << "\n";
        if (!v.next_actions().empty())
            *options.out << "  次に / next: " << v.next_actions() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

// ---- follow-up after adoption ------------------------------------------------------------------

struct Standing {
    const AdoptionCheckIn* next = nullptr; ///< the first unanswered check-in
    bool due = false;
    bool overdue = false;
};

Standing standingOf(const Adoption& a, domain::Date day)
{
    Standing s;
    for (const auto& c : a.check_ins()) {
        const auto due = domain::Date::parse(c.due_date());
        const bool answered = c.use() != ADOPTION_USE_UNSPECIFIED;
        if (!due || answered)
            continue;
        if (s.next == nullptr)
            s.next = &c;
        const auto standing = domain::standingOf(*due, answered, day);
        s.overdue = s.overdue || standing == domain::CheckInStanding::Overdue;
        s.due = s.due || standing == domain::CheckInStanding::Due;
    }
    return s;
}

int followUpList(const Options& options, DeviceSession& device)
{
    if (!options.state.empty() && options.state != "due" && options.state != "stalled"
        && options.state != "all")
        return reportUsage(options, "--state is one of: due, stalled, all");
    auto adoptions = device.store().records().all<Adoption>();
    if (!adoptions)
        return report(options, adoptions.error());
    const auto day = today();
    JsonWriter json;
    json.beginArray();
    for (const auto& a : *adoptions) {
        const auto s = standingOf(a, day);
        const bool stalled = a.no_longer_used() || s.overdue;
        if ((options.state == "due" && !s.due) || (options.state == "stalled" && !stalled))
            continue;
        if (options.json) {
            json.beginObject().key("id").value(a.id()).key("organisationId").value(a.organisation_id());
            json.key("organisation").value(a.organisation_name()).key("label").value(a.label());
            json.key("adoptedOn").value(a.adopted_on()).key("noLongerUsed").value(a.no_longer_used());
            json.key("nextMonths").value(s.next ? s.next->months_after() : 0);
            json.key("nextDue").value(s.next ? s.next->due_date() : std::string());
            json.key("due")
                .value(s.due)
                .key("overdue")
                .value(s.overdue)
                .key("stalled")
                .value(stalled)
                .endObject();
            continue;
        }
        *options.out << "["
                     << (stalled        ? "停滞 / stalled"
                                : s.due ? "回答待ち / due"
                                        : "導入済み / adopted")
                     << "] " << a.organisation_name() << "  " << a.label() << "  導入 / adopted "
                     << a.adopted_on();
        if (s.next != nullptr)
            *options.out << "\n    次の確認 / next check-in: " << s.next->months_after() << "か月 / months  "
                         << s.next->due_date();
        if (a.no_longer_used())
            *options.out << "\n    使わなくなった / no longer used";
        *options.out << "\n    id: " << a.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int followUpRecord(const Options& options, DeviceSession& device)
{
    const auto adopted = domain::Date::parse(options.date);
    if (!adopted)
        return reportUsage(options, "follow-up record needs --date YYYY-MM-DD (the day of adoption)");
    if (options.model.empty() && options.text.empty())
        return reportUsage(options, "follow-up record needs --model MODEL_ID or --text WHAT");
    Adoption a;
    a.set_organisation_id(options.org.empty() ? device.organisationId() : options.org);
    a.set_model_id(options.model);
    if (!options.model.empty()) {
        auto model = device.store().records().find<EquipmentModel>(options.model);
        if (!model)
            return report(options, model.error());
        if (!*model)
            return notFound(options, "no equipment model " + options.model);
        a.set_equipment_area((*model)->area());
    }
    a.set_label(options.text);
    a.set_adopted_on(adopted->toString());
    a.set_funding_source(options.funding);
    a.set_purpose(options.purpose);
    Mutation m = sync::makeRecordAdoption(std::move(a));
    const std::string id = m.record_adoption().adoption().id();
    return reportQueued(
        options, device.engine->submit(std::move(m)), id, "導入を記録しました", "adoption queued");
}

int followUpAnswer(const Options& options, DeviceSession& device, const std::string& id)
{
    const auto months = parseInt(options.months);
    const auto use = parseCode<AdoptionUse>(options.use);
    if (!months || !domain::isScheduledMonth(*months) || use == ADOPTION_USE_UNSPECIFIED)
        return reportUsage(
            options, "follow-up answer needs --months 1|3|6|12|24|36 and --use in-use|partly|no-longer-used");
    AdoptionCheckIn answer;
    answer.set_months_after(*months);
    answer.set_use(use);
    if (!options.staff.empty()) {
        const auto staff = parseInt(options.staff);
        if (!staff || *staff < 0)
            return reportUsage(options, "--staff needs a whole number");
        answer.set_staff_using(*staff);
    }
    answer.set_obstacles(options.text);
    return reportQueued(options,
        device.engine->submit(sync::makeAnswerAdoptionCheckIn(id, std::move(answer))), id,
        "定着状況を回答しました", "check-in answer queued");
}

} // namespace

int runProgramme(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    const std::string id = options.words.size() > 2 ? options.words[2] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return programmeList(options, *device);
    if (sub == "publish")
        return programmePublish(options, *device);
    if (id.empty())
        return reportUsage(options, "programme " + sub + " needs an id");
    if (sub == "show")
        return programmeShow(options, *device, id);
    if (sub == "apply") {
        if (options.text.empty() || options.goals.empty())
            return reportUsage(options, "programme apply needs --text REASON and --goals WHAT_TO_CHANGE");
        ProgrammeApplication application;
        application.set_reason(options.text);
        application.set_goals(options.goals);
        application.set_contact(options.contact);
        Mutation m = sync::makeApplyToProgramme(
            id, options.org.empty() ? device->organisationId() : options.org, application);
        const std::string newId = m.apply_to_programme().participation().id();
        return reportQueued(
            options, device->engine->submit(std::move(m)), newId, "応募しました", "application queued");
    }
    if (sub == "decide") {
        if (options.as != "chosen" && options.as != "not-chosen")
            return reportUsage(options, "programme decide needs --as chosen|not-chosen");
        return reportQueued(options,
            device->engine->submit(sync::makeDecideApplication(id, options.as == "chosen")), id,
            "選定結果を記録しました", "decision queued");
    }
    if (sub == "step")
        return programmeStep(options, *device, id);
    if (sub == "measure")
        return programmeMeasure(options, *device, id);
    if (sub == "close") {
        Mutation m = sync::makeCloseParticipation(id, options.note);
        return reportQueued(options, device->engine->submit(std::move(m)), id,
            "支援を終了しました（事例の下書きが事業所に届きます）",
            "close queued (the facility gets a case draft)");
    }
    return reportUsage(options, "programme needs list, show, publish, apply, decide, step, measure or close");
}

int runVisit(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    if (options.words.size() != 3)
        return reportUsage(options, "visit needs log or list and one PARTICIPATION_ID");
    const std::string id = options.words[2];
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return visitList(options, *device, id);
    if (sub != "log")
        return reportUsage(options, "visit needs log or list");
    if (!domain::Date::parse(options.date) || options.text.empty())
        return reportUsage(options, "visit log needs --date YYYY-MM-DD and --text WHAT_WAS_DONE");
    VisitLog visit;
    visit.set_visit_date(options.date);
    visit.set_by_phone(options.as == "phone");
    visit.set_attendees(options.attendees);
    visit.set_activities(options.text);
    visit.set_next_actions(options.next);
    if (!options.step.empty()) {
        visit.set_step(parseCode<ImprovementStep>(options.step));
        if (visit.step() == IMPROVEMENT_STEP_UNSPECIFIED)
            return reportUsage(options, "unknown --step " + options.step);
    }
    Mutation m = sync::makeLogVisit(id, std::move(visit));
    return reportQueued(options, device->engine->submit(std::move(m)), id, "訪問記録を送信待ちにしました",
        "visit log queued");
}

int runFollowUp(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    const std::string id = options.words.size() > 2 ? options.words[2] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return followUpList(options, *device);
    if (sub == "record")
        return followUpRecord(options, *device);
    if (id.empty())
        return reportUsage(options, "follow-up " + sub + " needs an ADOPTION_ID");
    if (sub == "answer")
        return followUpAnswer(options, *device, id);
    if (sub == "consult") {
        auto found = device->store().records().find<Adoption>(id);
        if (!found)
            return report(options, found.error());
        if (!*found)
            return notFound(options, "no adoption " + id);
        if (options.text.empty())
            return reportUsage(options, "follow-up consult needs --text QUESTION");
        Mutation m = sync::makeFollowUpConsultation(**found, options.text);
        const std::string newId = m.open_consultation().consultation().id();
        return reportQueued(options, device->engine->submit(std::move(m)), newId, "相談を受け付けました",
            "consultation queued");
    }
    return reportUsage(options, "follow-up needs list, record, answer or consult");
}

} // namespace yk::cli
