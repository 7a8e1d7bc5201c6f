// yokoten-cli's seminars and tickets: sessions with seats, sign-ups and cancellations (queued
// for the server, which decides seat or waitlist), and the registrations with their state.
#include "commands.h"
#include "engine/mutations.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "storage/cipher.h"
#include "store/record_repository.h"

#include <map>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

std::string registrationStatusName(RegistrationStatus status)
{
    switch (status) {
    case REGISTRATION_STATUS_PENDING:
        return "pending";
    case REGISTRATION_STATUS_CONFIRMED:
        return "confirmed";
    case REGISTRATION_STATUS_WAITLISTED:
        return "waitlisted";
    case REGISTRATION_STATUS_CANCELLED:
        return "cancelled";
    case REGISTRATION_STATUS_REJECTED:
        return "rejected";
    default:
        return "unknown";
    }
}

const char* registrationStatusJa(const std::string& name)
{
    static const std::map<std::string, const char*> kJa { { "pending", "送信待ち" }, { "confirmed", "確定" },
        { "waitlisted", "キャンセル待ち" }, { "cancelled", "取消" }, { "rejected", "受付不可" } };
    const auto it = kJa.find(name);
    return it == kJa.end() ? "不明" : it->second;
}

} // namespace

int runSeminars(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    if (sub == "list") {
        auto seminars = device->store().records().all<Seminar>();
        auto sessions = device->store().records().all<SeminarSession>();
        if (!seminars || !sessions)
            return report(options, !seminars ? seminars.error() : sessions.error());
        std::map<std::string, const Seminar*> byId;
        for (const auto& s : *seminars)
            byId[s.id()] = &s;
        JsonWriter json;
        json.beginArray();
        for (const auto& session : *sessions) {
            const auto it = byId.find(session.seminar_id());
            const std::string title = it == byId.end() ? std::string() : it->second->title();
            if (options.json) {
                json.beginObject()
                    .key("sessionId")
                    .value(session.id())
                    .key("seminarId")
                    .value(session.seminar_id());
                json.key("title").value(title).key("startsAt").value(isoTime(session.starts_at()));
                json.key("venue").value(session.venue_name());
                json.key("capacity").value(session.capacity());
                json.key("confirmed").value(session.confirmed_count());
                json.key("waitlisted").value(session.waitlist_count());
                json.key("cancelled").value(session.cancelled()).endObject();
            } else {
                *options.out << isoTime(session.starts_at()) << "  " << title << "\n    "
                             << session.venue_name() << "  定員 " << session.capacity() << "（確定 "
                             << session.confirmed_count() << "、待ち " << session.waitlist_count()
                             << "） session: " << session.id() << "\n";
            }
        }
        json.endArray();
        if (options.json)
            *options.out << json.finish();
        return ExitOk;
    }
    if (sub == "signup") {
        if (options.words.size() != 3)
            return reportUsage(options, "seminars signup needs exactly one SESSION_ID");
        auto session = device->store().records().find<SeminarSession>(options.words[2]);
        if (!session)
            return report(options, session.error());
        if (!*session)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no seminar session " + options.words[2]));
        sync::SignUpDetails details;
        details.sessionId = options.words[2];
        details.userId = device->userId();
        details.organisationId = device->organisationId();
        details.attendeeName = options.name;
        if (auto s = device->engine->session(); s && options.name.empty())
            details.attendeeName = s->tokens().user().display_name();
        details.attendeeEmail = options.email;
        auto m = sync::makeSignUp(details);
        const std::string id = m.sign_up().registration().id();
        return reportQueued(
            options, device->engine->submit(std::move(m)), id, "参加を申し込みました", "sign-up queued");
    }
    if (sub == "cancel") {
        if (options.words.size() != 3)
            return reportUsage(options, "seminars cancel needs exactly one REG_ID");
        Mutation m;
        m.mutable_cancel_registration()->set_registration_id(options.words[2]);
        return reportQueued(options, device->engine->submit(std::move(m)), options.words[2],
            "申込を取り消しました", "cancellation queued");
    }
    return reportUsage(options, "seminars needs list, signup or cancel");
}

int runTickets(const Options& options)
{
    if (options.words.size() != 2 || options.words[1] != "list")
        return reportUsage(options, "tickets needs list");
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    auto registrations = device->store().records().all<Registration>();
    if (!registrations)
        return report(options, registrations.error());
    JsonWriter json;
    json.beginArray();
    for (const auto& r : *registrations) {
        std::string reason;
        const std::string syncState = device->syncStateName(RECORD_KIND_REGISTRATION, r.id(), &reason);
        const std::string status = registrationStatusName(r.status());
        std::string title;
        if (auto session = device->store().records().find<SeminarSession>(r.session_id());
            session && *session)
            if (auto seminar = device->store().records().find<Seminar>((*session)->seminar_id());
                seminar && *seminar)
                title = (*seminar)->title();
        if (options.json) {
            json.beginObject().key("id").value(r.id()).key("sessionId").value(r.session_id());
            json.key("seminar")
                .value(title)
                .key("attendee")
                .value(r.attendee_name())
                .key("status")
                .value(status);
            json.key("waitlistPosition").value(r.waitlist_position());
            json.key("ticket").value(r.ticket().short_code());
            json.key("sync").value(syncState).key("reason").value(reason).endObject();
        } else {
            *options.out << "[" << registrationStatusJa(status) << " / " << status << "] " << title;
            if (!r.attendee_name().empty())
                *options.out << " — " << r.attendee_name();
            if (r.status() == REGISTRATION_STATUS_WAITLISTED)
                *options.out << "（" << r.waitlist_position() << "番目 / #" << r.waitlist_position() << "）";
            if (!r.ticket().short_code().empty())
                *options.out << "  受付票 / ticket: " << r.ticket().short_code();
            if (syncState == "rejected")
                *options.out << "  却下 / rejected: " << reason;
            *options.out << "\n    id: " << r.id() << "\n";
        }
    }
    json.endArray();
    if (options.json)
        *options.out << json.finish();
    return ExitOk;
}

} // namespace yk::cli
