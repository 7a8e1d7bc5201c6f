// yokoten-cli's desk: consultations (open, reply, refer, follow-up, close, list, show) and the
// centre's visitor inbox (list, convert). Every change is queued through the one builder of
// its mutation (engine/mutations.h); the server decides who may do what.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "enum_names.h"
#include "output.h"

#include "domain/date.h"
#include "engine/mutations.h"
#include "json_writer.h"
#include "store/labels.h"
#include "store/record_repository.h"

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::string outcomeName(VisitorEntryOutcome o)
{
    return o == VISITOR_ENTRY_OUTCOME_UNSPECIFIED ? "open" : codeName(o);
}

std::string organisationName(DeviceSession& device, const std::string& id)
{
    auto org = device.store().records().find<Organisation>(id);
    return org && *org ? (*org)->name() : std::string();
}

void writeSummary(JsonWriter& json, DeviceSession& device, const Consultation& c)
{
    std::string reason;
    const std::string sync = device.syncStateName(RECORD_KIND_CONSULTATION, c.id(), &reason);
    json.beginObject().key("id").value(c.id());
    json.key("organisationId")
        .value(c.organisation_id())
        .key("organisation")
        .value(organisationName(device, c.organisation_id()));
    json.key("topic")
        .value(codeName<ConsultationTopic>(c.topic()))
        .key("channel")
        .value(codeName<ConsultationChannel>(c.channel()));
    json.key("state")
        .value(codeName<ConsultationState>(c.state()))
        .key("openedAt")
        .value(isoTime(c.opened_at()));
    json.key("followUp").value(c.follow_up_date()).key("messages").value(c.messages_size());
    json.key("sync").value(sync).key("reason").value(reason).endObject();
}

int consultList(const Options& options, DeviceSession& device)
{
    auto all = device.store().records().consultationsNewestFirst();
    if (!all)
        return report(options, all.error());
    const auto wanted = options.state.empty() ? CONSULTATION_STATE_UNSPECIFIED
                                              : parseCode<ConsultationState>(options.state);
    if (!options.state.empty() && wanted == CONSULTATION_STATE_UNSPECIFIED)
        return reportUsage(options, "--state is one of: " + codeNames<ConsultationState>());
    JsonWriter json;
    json.beginArray();
    int shown = 0;
    for (const auto& c : *all) {
        if (wanted != CONSULTATION_STATE_UNSPECIFIED && c.state() != wanted)
            continue;
        if (++shown > options.limit)
            break;
        if (options.json) {
            writeSummary(json, device, c);
            continue;
        }
        std::string reason;
        const std::string sync = device.syncStateName(RECORD_KIND_CONSULTATION, c.id(), &reason);
        *options.out << "["
                     << (sync == "pending" ? "送信待ち / pending"
                                           : std::string(store::consultationStateJa(c.state())))
                     << "] " << organisationName(device, c.organisation_id()) << "  "
                     << store::consultationTopicJa(c.topic()) << "（"
                     << store::consultationChannelJa(c.channel()) << "）  " << isoTime(c.opened_at());
        if (!c.follow_up_date().empty())
            *options.out << "  フォロー / follow-up " << c.follow_up_date();
        if (sync == "rejected")
            *options.out << "  却下 / rejected: " << reason;
        *options.out << "\n    id: " << c.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int consultShow(const Options& options, DeviceSession& device, const std::string& id)
{
    auto found = device.store().records().find<Consultation>(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(
            options, storage::makeError(storage::StoreErrorCode::NotFound, "no consultation " + id));
    const Consultation& c = **found;
    if (options.json) {
        *options.out << toJson(c) << "\n";
        return ExitOk;
    }
    auto& out = *options.out;
    out << organisationName(device, c.organisation_id()) << " — " << store::consultationTopicJa(c.topic())
        << " / " << store::consultationTopicEn(c.topic()) << "\n";
    out << "状態 / state: " << store::consultationStateJa(c.state()) << " / "
        << codeName<ConsultationState>(c.state())
        << "   経路 / channel: " << store::consultationChannelJa(c.channel()) << "\n";
    out << "受付 / opened: " << isoTime(c.opened_at()) << "\n";
    if (!c.follow_up_date().empty())
        out << "フォロー予定 / follow-up: " << c.follow_up_date() << "\n";
    out << "\n" << c.question() << "\n";
    if (!c.contact_preference().empty())
        out << "連絡方法 / contact: " << c.contact_preference() << "\n";
    for (const auto& m : c.messages()) {
        out << "\n— " << (m.from_centre() ? "センター / centre" : "事業所 / facility") << " "
            << m.author_name() << "  "
            << (m.has_written_at() ? isoTime(m.written_at()) : std::string("送信待ち / waiting to send"))
            << "\n"
            << m.text() << "\n";
    }
    for (const auto& r : c.referrals())
        out << "\nつなぎ先 / referred to: " << r.partner() << (r.note().empty() ? "" : "（" + r.note() + "）")
            << "  " << isoTime(r.referred_at()) << "\n";
    return ExitOk;
}

int inboxList(const Options& options, DeviceSession& device)
{
    auto entries = device.store().records().visitorEntriesNewestFirst(options.session);
    if (!entries)
        return report(options, entries.error());
    JsonWriter json;
    json.beginArray();
    int shown = 0;
    for (const auto& e : *entries) {
        if (++shown > options.limit)
            break;
        if (options.json) {
            json.beginObject().key("id").value(e.id()).key("kind").value(
                codeName<VisitorEntryKind>(e.kind()));
            json.key("sessionId").value(e.session_id()).key("enteredAt").value(isoTime(e.entered_at()));
            json.key("visitorOrganisation")
                .value(e.visitor_organisation())
                .key("modelId")
                .value(e.model_id());
            json.key("from").value(e.from_date()).key("to").value(e.to_date());
            json.key("outcome").value(outcomeName(e.outcome())).key("matchedOrgId").value(e.matched_org_id());
            json.key("outcomeRecordId").value(e.outcome_record_id()).endObject();
            continue;
        }
        *options.out << "["
                     << (e.outcome() == VISITOR_ENTRY_OUTCOME_UNSPECIFIED ? "未対応 / open"
                                                                          : outcomeName(e.outcome()))
                     << "] " << codeName<VisitorEntryKind>(e.kind()) << "  " << e.visitor_organisation()
                     << "  " << isoTime(e.entered_at());
        if (e.kind() == VISITOR_ENTRY_KIND_LOAN_REQUEST)
            *options.out << "  " << e.from_date() << " 〜 " << e.to_date();
        *options.out << "\n    id: " << e.id() << "\n";
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

int inboxConvert(const Options& options, DeviceSession& device, const std::string& entryId)
{
    auto found = device.store().records().find<VisitorEntry>(entryId);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(
            options, storage::makeError(storage::StoreErrorCode::NotFound, "no visitor entry " + entryId));
    const VisitorEntry& entry = **found;
    Mutation m;
    std::string made;
    if (options.as == "loan") {
        if (options.org.empty())
            return reportUsage(options, "inbox convert --as loan needs --org FACILITY_ID");
        m = sync::makeLoanFromVisitorEntry(entry, options.org, options.purpose);
        made = m.handle_visitor_entry().loan().id();
    } else if (options.as == "consultation") {
        if (options.org.empty())
            return reportUsage(options, "inbox convert --as consultation needs --org FACILITY_ID");
        const auto topic = options.topic.empty() ? CONSULTATION_TOPIC_TECHNOLOGY
                                                 : parseCode<ConsultationTopic>(options.topic);
        if (topic == CONSULTATION_TOPIC_UNSPECIFIED)
            return reportUsage(options, "unknown --topic " + options.topic);
        m = sync::makeConsultationFromVisitorEntry(entry, options.org, topic, options.text);
        made = m.handle_visitor_entry().consultation().id();
    } else if (options.as == "noted") {
        m = sync::makeNoteVisitorEntry(entryId, options.org);
        made = entryId;
    } else {
        return reportUsage(options, "inbox convert needs --as loan|consultation|noted");
    }
    return reportQueued(
        options, device.engine->submit(std::move(m)), made, "受付を処理しました", "entry handled (queued)");
}

} // namespace

int runConsult(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    const std::string id = options.words.size() > 2 ? options.words[2] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return consultList(options, *device);
    if (sub == "show") {
        if (id.empty())
            return reportUsage(options, "consult show needs a CONSULTATION_ID");
        return consultShow(options, *device, id);
    }
    if (sub == "open") {
        const auto topic = parseCode<ConsultationTopic>(options.topic);
        if (topic == CONSULTATION_TOPIC_UNSPECIFIED)
            return reportUsage(
                options, "consult open needs --topic, one of: " + codeNames<ConsultationTopic>());
        if (options.text.empty())
            return reportUsage(options, "consult open needs --text QUESTION");
        Consultation c;
        c.set_topic(topic);
        c.set_question(options.text);
        c.set_contact_preference(options.contact);
        // Centre staff record one on a facility's behalf (--org, --channel); a facility's own
        // is for itself through the app.
        c.set_organisation_id(options.org.empty() ? device->organisationId() : options.org);
        c.set_channel(options.channel.empty() ? CONSULTATION_CHANNEL_APP
                                              : parseCode<ConsultationChannel>(options.channel));
        if (c.channel() == CONSULTATION_CHANNEL_UNSPECIFIED)
            return reportUsage(options, "--channel is one of: app, phone, visit, exhibition, email");
        Mutation m = sync::makeOpenConsultation(std::move(c));
        const std::string newId = m.open_consultation().consultation().id();
        return reportQueued(options, device->engine->submit(std::move(m)), newId, "相談を受け付けました",
            "consultation queued");
    }
    if (id.empty())
        return reportUsage(options, "consult " + sub + " needs a CONSULTATION_ID");
    if (sub == "reply") {
        if (options.text.empty())
            return reportUsage(options, "consult reply needs --text TEXT");
        return reportQueued(options, device->engine->submit(sync::makeReplyConsultation(id, options.text)),
            id, "返信を送信待ちにしました", "reply queued");
    }
    if (sub == "refer") {
        if (options.partner.empty())
            return reportUsage(options, "consult refer needs --partner NAME");
        return reportQueued(options,
            device->engine->submit(sync::makeReferConsultation(id, options.partner, options.note)), id,
            "つなぎ先を記録しました", "referral queued");
    }
    if (sub == "follow-up") {
        const std::string date = options.date == "none" ? std::string() : options.date;
        if (!date.empty() && !domain::Date::parse(date))
            return reportUsage(options, "consult follow-up needs --date YYYY-MM-DD (or none)");
        return reportQueued(options, device->engine->submit(sync::makeSetConsultationFollowUp(id, date)), id,
            "フォロー予定を記録しました", "follow-up queued");
    }
    if (sub == "close")
        return reportQueued(options, device->engine->submit(sync::makeCloseConsultation(id, options.note)),
            id, "相談を完了にしました", "close queued");
    return reportUsage(options, "consult needs open, reply, refer, follow-up, close, list or show");
}

int runInbox(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list")
        return inboxList(options, *device);
    if (sub == "convert") {
        if (options.words.size() != 3)
            return reportUsage(options, "inbox convert needs exactly one ENTRY_ID");
        return inboxConvert(options, *device, options.words[2]);
    }
    return reportUsage(options, "inbox needs list or convert");
}

} // namespace yk::cli
