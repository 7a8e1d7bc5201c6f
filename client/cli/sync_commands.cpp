// yokoten-cli's sync family: enrolment, sign-in, sync and status, and the local writes of
// the four workflows, which queue in the outbox and work offline.

#include "cli_support.h"
#include "json_writer.h"

#include "domain/date.h"
#include "engine/local_attachments.h"
#include "engine/sync_engine.h"
#include "engine/sync_repository.h"
#include "storage/cipher.h"
#include "store/assessment_drafts.h"
#include "store/labels.h"
#include "store/record_repository.h"
#include "store/timestamps.h"
#include "transport/transport.h"

#include "case_fields.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace yk::cli {

using namespace yokoten::v1;
using sync::SyncError;
using sync::SyncErrorCode;

namespace {

// Crash tests (tests/integration/tst_cli_sync_crash.cpp) set YK_TEST_KILL_AT=POINT[:N] to
// have the process killed with SIGKILL the Nth time the engine passes POINT: a real crash at
// an exact place, with nothing flushed or cleaned up.
std::function<void(std::string_view)> killSwitchFromEnvironment()
{
    const char* spec = std::getenv("YK_TEST_KILL_AT");
    if (spec == nullptr || *spec == '\0')
        return {};
    std::string point(spec);
    int nth = 1;
    if (const auto colon = point.find(':'); colon != std::string::npos) {
        nth = std::max(1, std::atoi(point.c_str() + colon + 1));
        point.resize(colon);
    }
    auto hits = std::make_shared<int>(0);
    return [point, nth, hits](std::string_view at) {
        if (at == point && ++*hits == nth)
            ::raise(SIGKILL);
    };
}

int exitCodeFor(const SyncError& error)
{
    switch (error.code) {
    case SyncErrorCode::Unreachable:
    case SyncErrorCode::TimedOut:
    case SyncErrorCode::ConnectionLost:
    case SyncErrorCode::ServerBusy:
    case SyncErrorCode::ServerError:
        return ExitUnreachable;
    case SyncErrorCode::NotEnrolled:
    case SyncErrorCode::NotSignedIn:
    case SyncErrorCode::SessionExpired:
    case SyncErrorCode::InvalidCredentials:
    case SyncErrorCode::EnrolmentRefused:
    case SyncErrorCode::AccountDisabled:
        return ExitSignIn;
    case SyncErrorCode::CertificateUntrusted:
    case SyncErrorCode::CertificateHostMismatch:
    case SyncErrorCode::CertificateTimeInvalid:
    case SyncErrorCode::CertificateChanged:
    case SyncErrorCode::TlsFailure:
        return ExitCertificate;
    case SyncErrorCode::DeviceRevoked:
        return ExitRevoked;
    case SyncErrorCode::ClientTooOld:
    case SyncErrorCode::ServerTooOld:
        return ExitUpdate;
    case SyncErrorCode::InvalidInput:
        return ExitUsage;
    case SyncErrorCode::Storage:
        return ExitStorage;
    default:
        return ExitFailure;
    }
}

void writeError(JsonWriter& json, const SyncError& error)
{
    json.beginObject();
    json.key("code").value(sync::syncErrorName(error.code));
    json.key("serverCode").value(error.serverCode);
    json.key("messageJa").value(error.messageJa);
    json.key("messageEn").value(error.messageEn);
    json.key("detail").value(error.detail);
    json.endObject();
}

int reportSync(const Options& options, const SyncError& error)
{
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("error");
        writeError(json, error);
        json.endObject();
        std::cerr << json.finish();
    } else {
        std::cerr << "エラー: " << error.messageJa << "\n"
                  << "Error: " << error.messageEn << "\n"
                  << "(" << sync::syncErrorName(error.code)
                  << (error.detail.empty() ? "" : ": " + error.detail) << ")\n";
    }
    return exitCodeFor(error);
}

std::optional<std::string> readWholeFile(const std::string& path, std::int64_t limit)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (static_cast<std::int64_t>(bytes.str().size()) > limit)
        return std::nullopt;
    return bytes.str();
}

std::string isoTime(std::int64_t millis)
{
    if (millis <= 0)
        return {};
    return google::protobuf::util::TimeUtil::ToString(
        google::protobuf::util::TimeUtil::MillisecondsToTimestamp(millis));
}

std::string isoTime(const google::protobuf::Timestamp& t)
{
    return t.seconds() == 0 ? std::string() : google::protobuf::util::TimeUtil::ToString(t);
}

google::protobuf::Timestamp nowTimestamp()
{
    return google::protobuf::util::TimeUtil::GetCurrentTime();
}

/// A store opened with its sync engine. The transport connects on first use only, so the
/// offline commands never touch the network.
struct Device {
    OpenedStore opened;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<sync::SyncEngine> engine;

    store::Store& store() { return *opened.store; }
};

Result<Device, int> openDevice(
    const Options& options, std::function<void(const sync::SyncActivity&)> progress = {})
{
    auto opened = openStore(options, "パスコード / passcode: ");
    if (!opened)
        return opened.error();
    Device device { std::move(*opened), nullptr, nullptr };
    auto transportOptions = sync::SyncEngine::transportOptionsOf(device.store());
    device.transport
        = sync::makeHttpsTransport(transportOptions ? *transportOptions : sync::TransportOptions {});
    sync::SyncEngineOptions engineOptions;
    engineOptions.onProgress = std::move(progress);
    engineOptions.checkpoint = killSwitchFromEnvironment();
    engineOptions.pushBatch = options.pushBatch;
    engineOptions.pullPageSize = options.pageSize;
    device.engine = std::make_unique<sync::SyncEngine>(device.store(), *device.transport, engineOptions);
    return device;
}

/// After the server said "revoked": close the store, delete it, say so.
int wipeRevoked(const Options& options, Device& device, const SyncError& error)
{
    device.engine.reset();
    device.transport.reset();
    device.opened.store.reset();
    std::string why;
    if (!store::wipeStore(options.store, &why))
        std::cerr << "端末のデータを削除できませんでした / could not delete the local data: " << why << "\n";
    return reportSync(options, error);
}

int finishWith(const Options& options, Device& device, const SyncError& error)
{
    if (device.engine->revoked())
        return wipeRevoked(options, device, error);
    return reportSync(options, error);
}

std::string sessionUserId(Device& device)
{
    auto session = device.engine->session();
    return session ? session->tokens().user().id() : std::string();
}

std::string organisationId(Device& device)
{
    if (auto session = device.engine->session(); session && !session->tokens().organisation().id().empty())
        return session->tokens().organisation().id();
    auto account = device.engine->account();
    return account ? account->organisation_id() : std::string();
}

int queued(const Options& options, const sync::SyncResult<std::int64_t>& seq, const std::string& id,
    const char* whatJa, const char* whatEn)
{
    if (!seq)
        return reportSync(options, seq.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("id").value(id).key("seq").value(static_cast<long long>(*seq));
        json.key("state").value("pending").endObject();
        std::cout << json.finish();
    } else {
        std::cout << whatJa << "（送信待ち） / " << whatEn << " (waiting to send)\n  id: " << id << "\n";
    }
    return ExitOk;
}

std::string syncStateName(
    Device& device, RecordKind kind, const std::string& id, std::string* reason = nullptr)
{
    auto state = device.engine->stateOf(kind, id);
    if (!state)
        return "unknown";
    switch (*state) {
    case sync::RecordSyncState::Pending:
        return "pending";
    case sync::RecordSyncState::Rejected:
        if (reason != nullptr)
            if (auto outcome = sync::SyncRepository(device.store().database()).latestOutcome(kind, id);
                outcome && *outcome)
                *reason = (*outcome)->messageJa + " / " + (*outcome)->messageEn;
        return "rejected";
    case sync::RecordSyncState::Synced:
        return "synced";
    }
    return "unknown";
}

// ---- enroll, login, sync, status ----------------------------------------------------------

int cmdEnroll(const Options& options)
{
    if (options.server.empty() || options.code.empty())
        return reportUsage("enroll needs --server URL and --code CODE");
    std::string caPem;
    if (!options.caFile.empty()) {
        auto pem = readWholeFile(options.caFile, 1024 * 1024);
        if (!pem || pem->find("-----BEGIN CERTIFICATE-----") == std::string::npos)
            return reportUsage("--ca " + options.caFile + " is not a readable PEM certificate file");
        caPem = *pem;
    }
    auto opened = openStore(options, "パスコード / passcode: ");
    if (!opened)
        return opened.error();
    sync::TransportOptions transportOptions;
    transportOptions.serverUrl = options.server;
    transportOptions.caPem = caPem;
    transportOptions.pinnedSpkiSha256 = options.pin;
    auto transport = sync::makeHttpsTransport(transportOptions);
    sync::SyncEngine engine(*opened->store, *transport);
    const std::string name = options.name.empty() ? "yokoten-cli" : options.name;
    auto enrolled = engine.enrol(options.server, caPem, options.pin, options.code, name, "linux");
    if (!enrolled)
        return reportSync(options, enrolled.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("deviceId").value(enrolled->device_id());
        json.key("kind").value(DeviceKind_Name(enrolled->kind()));
        json.key("organisationId").value(enrolled->organisation_id()).endObject();
        std::cout << json.finish();
    } else {
        std::cout << "端末を登録しました / device enrolled: " << enrolled->device_id() << " ("
                  << DeviceKind_Name(enrolled->kind()) << ")\n";
    }
    return ExitOk;
}

int cmdLogin(const Options& options)
{
    auto device = openDevice(options);
    if (!device)
        return device.error();
    std::string password;
    if (!options.user.empty()) {
        auto typed = passcodeFrom(options.passwordEnv, "パスワード / password: ");
        if (!typed)
            return reportUsage(typed.error().message);
        password = *typed;
    }
    auto tokens = device->engine->signIn(options.user, password);
    if (!tokens)
        return finishWith(options, *device, tokens.error());
    if (options.json) {
        JsonWriter json;
        json.beginObject().key("login").value(tokens->user().login());
        json.key("userId").value(tokens->user().id());
        json.key("organisation").value(tokens->organisation().name());
        json.key("deviceKind").value(DeviceKind_Name(tokens->device_kind())).endObject();
        std::cout << json.finish();
    } else if (options.user.empty()) {
        std::cout << "端末としてログインしました / signed in as the device\n";
    } else {
        std::cout << "ログインしました / signed in: " << tokens->user().display_name() << "（"
                  << tokens->organisation().name() << "）\n";
    }
    return ExitOk;
}

int cmdSync(const Options& options)
{
    const bool tty = !options.json;
    auto device = openDevice(options, [tty](const sync::SyncActivity& a) {
        if (!tty || a.phase == sync::SyncActivity::Phase::Idle || a.done == 0)
            return;
        static const std::map<sync::SyncActivity::Phase, const char*> kLabel {
            { sync::SyncActivity::Phase::Sending, "送信中 / sending" },
            { sync::SyncActivity::Phase::Receiving, "受信中 / receiving" },
            { sync::SyncActivity::Phase::Uploading, "ファイル送信中 / uploading" },
            { sync::SyncActivity::Phase::Downloading, "ファイル受信中 / downloading" },
            { sync::SyncActivity::Phase::SigningIn, "ログイン中 / signing in" },
        };
        std::cerr << "  " << kLabel.at(a.phase) << " " << a.done;
        if (a.total > 0)
            std::cerr << " / " << a.total;
        std::cerr << "\n";
    });
    if (!device)
        return device.error();
    const auto started = std::chrono::steady_clock::now();
    auto report = device->engine->syncWithRetries(1 + options.retries);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!report)
        return finishWith(options, *device, report.error());
    auto pending = sync::SyncRepository(device->store().database()).outboxCount();
    const long long stillPending = pending ? *pending : -1;
    if (options.json) {
        JsonWriter json;
        json.beginObject();
        json.key("sent").value(static_cast<long long>(report->sent));
        json.key("applied").value(static_cast<long long>(report->applied));
        json.key("rejected").value(static_cast<long long>(report->rejected));
        json.key("duplicates").value(static_cast<long long>(report->duplicates));
        json.key("conflicts").value(static_cast<long long>(report->conflicts));
        json.key("received").value(static_cast<long long>(report->received));
        json.key("removed").value(static_cast<long long>(report->removed));
        json.key("reset").value(report->reset);
        json.key("purged").value(static_cast<long long>(report->purged));
        json.key("uploadedBytes").value(static_cast<long long>(report->uploadedBytes));
        json.key("downloadedBytes").value(static_cast<long long>(report->downloadedBytes));
        json.key("pending").value(stillPending);
        json.key("seconds").value(seconds);
        json.key("rejections").beginArray();
        for (const auto& r : report->rejections)
            json.value(r);
        json.endArray().endObject();
        std::cout << json.finish();
    } else {
        std::cout << "同期しました / synced: 送信 sent " << report->sent << "（反映 applied "
                  << report->applied << "、却下 rejected " << report->rejected << "）、受信 received "
                  << report->received << "、未送信 pending " << stillPending << "\n";
        if (report->conflicts > 0)
            std::cout << "  他の人と同じ項目を編集しました / fields also changed by someone else: "
                      << report->conflicts << "（cases show で確認 / see cases show）\n";
        for (const auto& r : report->rejections)
            std::cout << "  却下 / rejected: " << r << "\n";
    }
    return report->rejected > 0 ? ExitRejected : ExitOk;
}

int cmdStatus(const Options& options)
{
    auto device = openDevice(options);
    if (!device)
        return device.error();
    auto o = device->engine->overview();
    if (!o)
        return reportSync(options, o.error());
    auto pending = sync::SyncRepository(device->store().database()).outbox(50);
    if (options.json) {
        JsonWriter json;
        json.beginObject();
        json.key("enrolled").value(o->enrolled);
        json.key("server").value(o->serverUrl);
        json.key("deviceId").value(o->deviceId);
        json.key("deviceKind").value(DeviceKind_Name(o->deviceKind));
        json.key("organisationId").value(o->organisationId);
        json.key("signedIn").value(o->signedIn);
        json.key("login").value(o->login);
        json.key("online").value(o->online);
        json.key("pending").value(static_cast<long long>(o->pending));
        json.key("pendingUploads").value(static_cast<long long>(o->pendingUploads));
        json.key("pendingDownloads").value(static_cast<long long>(o->pendingDownloads));
        json.key("lastSync").value(isoTime(o->lastSuccessMs));
        json.key("lastAttempt").value(isoTime(o->lastAttemptMs));
        json.key("clockSkewSeconds").value(static_cast<long long>(o->clockSkewMs / 1000));
        json.key("lastAppliedSeq").value(static_cast<long long>(o->lastAppliedSeq));
        json.key("visitorEntriesSent").value(static_cast<long long>(o->visitorEntriesSent));
        json.key("visitorEntriesRefused").value(static_cast<long long>(o->visitorEntriesRefused));
        json.key("scopes").beginArray().beginObject();
        json.key("scope").value(o->scope).key("cursor").value(o->cursor);
        json.endObject().endArray();
        json.key("lastError");
        if (o->lastError) {
            json.beginObject();
            json.key("code").value(o->lastError->detail);
            json.key("messageJa").value(o->lastError->messageJa);
            json.key("messageEn").value(o->lastError->messageEn);
            json.endObject();
        } else {
            json.value(std::string_view("")); // no error
        }
        json.key("outbox").beginArray();
        if (pending)
            for (const auto& e : *pending) {
                json.beginObject().key("seq").value(static_cast<long long>(e.seq));
                json.key("name").value(e.name).key("targetId").value(e.targetId);
                json.key("createdAt").value(isoTime(e.createdAtMillis)).endObject();
            }
        json.endArray().endObject();
        std::cout << json.finish();
        return ExitOk;
    }
    if (!o->enrolled) {
        std::cout << "未登録 / not enrolled: yokoten-cli enroll --server URL --code CODE\n";
        return ExitOk;
    }
    std::cout << "サーバー / server: " << o->serverUrl << "\n"
              << "端末 / device: " << o->deviceId << " (" << DeviceKind_Name(o->deviceKind) << ")\n"
              << "ログイン / signed in: " << (o->signedIn ? (o->login.empty() ? "device" : o->login) : "—")
              << "\n"
              << "接続 / connection: " << (o->online ? "オンライン / online" : "オフライン / offline") << "\n"
              << "未送信 / pending: " << o->pending << "（ファイル / files: " << o->pendingUploads
              << " 送信 up, " << o->pendingDownloads << " 受信 down）\n"
              << "最終同期 / last sync: "
              << (o->lastSuccessMs > 0 ? isoTime(o->lastSuccessMs) : "まだ / never") << "\n"
              << "同期範囲 / scope: " << o->scope
              << "  cursor: " << (o->cursor.empty() ? "(start)" : o->cursor) << "\n";
    if (o->deviceKind == DEVICE_KIND_KIOSK)
        std::cout << "来場者の入力 / visitor entries: 送信済み sent " << o->visitorEntriesSent
                  << "、受付不可 refused " << o->visitorEntriesRefused
                  << "（端末には残りません / not kept on this device）\n";
    if (o->lastError)
        std::cout << "直近のエラー / last error: " << o->lastError->messageJa << " / "
                  << o->lastError->messageEn << "\n";
    if (pending)
        for (const auto& e : *pending)
            std::cout << "  #" << e.seq << " " << e.name << " " << e.targetId << "\n";
    return ExitOk;
}

// ---- seminars and tickets -----------------------------------------------------------------

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

int cmdSeminars(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDevice(options);
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
                std::cout << isoTime(session.starts_at()) << "  " << title << "\n    " << session.venue_name()
                          << "  定員 " << session.capacity() << "（確定 " << session.confirmed_count()
                          << "、待ち " << session.waitlist_count() << "） session: " << session.id() << "\n";
            }
        }
        json.endArray();
        if (options.json)
            std::cout << json.finish();
        return ExitOk;
    }
    if (sub == "signup") {
        if (options.words.size() != 3)
            return reportUsage("seminars signup needs exactly one SESSION_ID");
        auto session = device->store().records().find<SeminarSession>(options.words[2]);
        if (!session)
            return report(options, session.error());
        if (!*session)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no seminar session " + options.words[2]));
        Mutation m;
        auto* r = m.mutable_sign_up()->mutable_registration();
        r->set_id(storage::newUuid());
        r->set_session_id(options.words[2]);
        r->set_user_id(sessionUserId(*device));
        r->set_organisation_id(organisationId(*device));
        if (auto s = device->engine->session(); s)
            r->set_attendee_name(options.name.empty() ? s->tokens().user().display_name() : options.name);
        else
            r->set_attendee_name(options.name);
        r->set_attendee_email(options.email);
        *r->mutable_requested_at() = nowTimestamp();
        const std::string id = r->id();
        return queued(
            options, device->engine->submit(std::move(m)), id, "参加を申し込みました", "sign-up queued");
    }
    if (sub == "cancel") {
        if (options.words.size() != 3)
            return reportUsage("seminars cancel needs exactly one REG_ID");
        Mutation m;
        m.mutable_cancel_registration()->set_registration_id(options.words[2]);
        return queued(options, device->engine->submit(std::move(m)), options.words[2], "申込を取り消しました",
            "cancellation queued");
    }
    return reportUsage("seminars needs list, signup or cancel");
}

int cmdTickets(const Options& options)
{
    if (options.words.size() != 2 || options.words[1] != "list")
        return reportUsage("tickets needs list");
    auto device = openDevice(options);
    if (!device)
        return device.error();
    auto registrations = device->store().records().all<Registration>();
    if (!registrations)
        return report(options, registrations.error());
    JsonWriter json;
    json.beginArray();
    for (const auto& r : *registrations) {
        std::string reason;
        const std::string syncState = syncStateName(*device, RECORD_KIND_REGISTRATION, r.id(), &reason);
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
            std::cout << "[" << registrationStatusJa(status) << " / " << status << "] " << title;
            if (!r.attendee_name().empty())
                std::cout << " — " << r.attendee_name();
            if (r.status() == REGISTRATION_STATUS_WAITLISTED)
                std::cout << "（" << r.waitlist_position() << "番目 / #" << r.waitlist_position() << "）";
            if (!r.ticket().short_code().empty())
                std::cout << "  受付票 / ticket: " << r.ticket().short_code();
            if (syncState == "rejected")
                std::cout << "  却下 / rejected: " << reason;
            std::cout << "\n    id: " << r.id() << "\n";
        }
    }
    json.endArray();
    if (options.json)
        std::cout << json.finish();
    return ExitOk;
}

// ---- loans --------------------------------------------------------------------------------

std::string loanStateName(LoanState state)
{
    std::string name = LoanState_Name(state);
    constexpr std::string_view prefix = "LOAN_STATE_";
    if (name.starts_with(prefix))
        name = name.substr(prefix.size());
    for (auto& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

int cmdLoans(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDevice(options);
    if (!device)
        return device.error();
    if (sub == "request") {
        if (options.words.size() != 3)
            return reportUsage("loans request needs exactly one MODEL_ID");
        const auto from = domain::Date::parse(options.from);
        const auto to = domain::Date::parse(options.to);
        if (!from || !to)
            return reportUsage("loans request needs --from and --to as YYYY-MM-DD");
        if (to->dayNumber() < from->dayNumber())
            return reportUsage("--to is before --from / 終了日が開始日より前です");
        auto model = device->store().records().find<EquipmentModel>(options.words[2]);
        if (!model)
            return report(options, model.error());
        if (!*model)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no equipment model " + options.words[2]));
        Mutation m;
        auto* l = m.mutable_request_loan()->mutable_loan();
        l->set_id(storage::newUuid());
        l->set_model_id(options.words[2]);
        l->set_requester_org_id(organisationId(*device));
        l->set_requester_user_id(sessionUserId(*device));
        l->set_from_date(from->toString());
        l->set_to_date(to->toString());
        l->set_purpose(options.purpose);
        *l->mutable_requested_at() = nowTimestamp();
        const std::string id = l->id();
        return queued(
            options, device->engine->submit(std::move(m)), id, "貸出を申し込みました", "loan request queued");
    }
    if (sub == "list") {
        auto loans = device->store().records().all<LoanRequest>();
        if (!loans)
            return report(options, loans.error());
        JsonWriter json;
        json.beginArray();
        for (const auto& l : *loans) {
            std::string reason;
            const std::string syncState = syncStateName(*device, RECORD_KIND_LOAN_REQUEST, l.id(), &reason);
            std::string model;
            if (auto found = device->store().records().find<EquipmentModel>(l.model_id()); found && *found)
                model = (*found)->name();
            if (options.json) {
                json.beginObject()
                    .key("id")
                    .value(l.id())
                    .key("modelId")
                    .value(l.model_id())
                    .key("model")
                    .value(model);
                json.key("from").value(l.from_date()).key("to").value(l.to_date());
                json.key("state").value(loanStateName(l.state())).key("unitId").value(l.unit_id());
                json.key("proposedFrom")
                    .value(l.proposed_from_date())
                    .key("proposedTo")
                    .value(l.proposed_to_date());
                json.key("sync").value(syncState).key("reason").value(reason).endObject();
            } else {
                std::cout << "[" << (syncState == "pending" ? "送信待ち / pending" : loanStateName(l.state()))
                          << "] " << model << "  " << l.from_date() << " 〜 " << l.to_date();
                if (l.state() == LOAN_STATE_WAITLISTED && !l.proposed_from_date().empty())
                    std::cout << "（空き / free: " << l.proposed_from_date() << " 〜 " << l.proposed_to_date()
                              << "）";
                if (syncState == "rejected")
                    std::cout << "  却下 / rejected: " << reason;
                std::cout << "\n    id: " << l.id() << "\n";
            }
        }
        json.endArray();
        if (options.json)
            std::cout << json.finish();
        return ExitOk;
    }
    return reportUsage("loans needs request or list");
}

// ---- self-assessments ---------------------------------------------------------------------

const AssessmentItem* findItem(const AssessmentTemplate& t, const std::string& itemId)
{
    for (const auto& area : t.areas())
        for (const auto& item : area.items())
            if (item.id() == itemId)
                return &item;
    return nullptr;
}

int cmdAssess(const Options& options)
{
    const std::string sub = options.words.size() > 1 ? options.words[1] : "";
    auto device = openDevice(options);
    if (!device)
        return device.error();
    store::Store& s = device->store();
    if (sub == "start") {
        if (options.words.size() != 3)
            return reportUsage("assess start needs exactly one TEMPLATE_ID");
        auto t = s.records().find<AssessmentTemplate>(options.words[2]);
        if (!t)
            return report(options, t.error());
        if (!*t)
            return report(options,
                storage::makeError(storage::StoreErrorCode::NotFound, "no template " + options.words[2]));
        AssessmentResponse draft;
        draft.set_id(storage::newUuid());
        draft.set_template_id((*t)->id());
        draft.set_template_version((*t)->version());
        draft.set_organisation_id(organisationId(*device));
        draft.set_user_id(sessionUserId(*device));
        draft.set_state(RESPONSE_STATE_DRAFT);
        *draft.mutable_started_at() = nowTimestamp();
        if (auto status = store::saveAssessmentDraft(s.database(), draft,
                google::protobuf::util::TimeUtil::TimestampToMilliseconds(nowTimestamp()));
            !status)
            return report(options, status.error());
        if (options.json) {
            JsonWriter json;
            json.beginObject().key("id").value(draft.id()).key("state").value("draft").endObject();
            std::cout << json.finish();
        } else {
            std::cout << "自己評価の下書きを作成しました（この端末のみ） / draft started (on this device "
                         "only)\n  id: "
                      << draft.id() << "\n";
        }
        return ExitOk;
    }
    if (sub == "answer" || sub == "submit") {
        if ((sub == "answer" && options.words.size() != 5) || (sub == "submit" && options.words.size() != 3))
            return reportUsage(sub == "answer" ? "assess answer needs RESPONSE_ID ITEM_ID VALUE"
                                               : "assess submit needs exactly one RESPONSE_ID");
        auto draft = store::findAssessmentDraft(s.database(), options.words[2]);
        if (!draft)
            return report(options, draft.error());
        if (!*draft)
            return report(options,
                storage::makeError(
                    storage::StoreErrorCode::NotFound, "no draft self-assessment " + options.words[2]));
        if (sub == "submit") {
            Mutation m;
            auto* r = m.mutable_submit_assessment()->mutable_response();
            *r = **draft;
            r->set_state(RESPONSE_STATE_SUBMITTED);
            *r->mutable_submitted_at() = nowTimestamp();
            auto seq = device->engine->submit(std::move(m));
            if (seq) {
                // The submission is in the outbox; the draft may go. A crash in between leaves
                // a draft whose second submission the server treats as the same (same id).
                (void)store::removeAssessmentDraft(s.database(), options.words[2]);
            }
            return queued(
                options, seq, options.words[2], "自己評価を提出しました", "self-assessment submitted");
        }
        auto t = s.records().find<AssessmentTemplate>((*draft)->template_id());
        if (!t || !*t)
            return report(options,
                storage::makeError(storage::StoreErrorCode::NotFound, "the draft's template is gone"));
        const auto* item = findItem(**t, options.words[3]);
        if (item == nullptr)
            return reportUsage("no item " + options.words[3] + " in this template");
        AssessmentAnswer answer;
        answer.set_item_id(item->id());
        const std::string& value = options.words[4];
        switch (item->kind()) {
        case ASSESSMENT_ITEM_KIND_LEVEL: {
            const auto level = parseInt(value);
            bool known = false;
            for (const auto& l : item->scale())
                known = known || (level && l.value() == *level);
            if (!known)
                return reportUsage("item " + item->id() + " takes a level on its scale");
            answer.set_level(*level);
            break;
        }
        case ASSESSMENT_ITEM_KIND_YES_NO:
            if (value != "yes" && value != "no" && value != "はい" && value != "いいえ")
                return reportUsage("item " + item->id() + " takes yes or no");
            answer.set_yes(value == "yes" || value == "はい");
            break;
        case ASSESSMENT_ITEM_KIND_NUMBER: {
            char* end = nullptr;
            const double number = std::strtod(value.c_str(), &end);
            if (value.empty() || *end != '\0')
                return reportUsage("item " + item->id() + " takes a number");
            answer.set_number(number);
            break;
        }
        default:
            answer.set_text(value);
            break;
        }
        AssessmentResponse updated = **draft;
        bool replaced = false;
        for (auto& a : *updated.mutable_answers())
            if (a.item_id() == answer.item_id()) {
                a = answer;
                replaced = true;
            }
        if (!replaced)
            *updated.add_answers() = answer;
        if (auto status = store::saveAssessmentDraft(s.database(), updated,
                google::protobuf::util::TimeUtil::TimestampToMilliseconds(nowTimestamp()));
            !status)
            return report(options, status.error());
        if (!options.json)
            std::cout << "回答を保存しました / answer saved (" << updated.answers_size() << " answered)\n";
        else {
            JsonWriter json;
            json.beginObject()
                .key("id")
                .value(updated.id())
                .key("answered")
                .value(updated.answers_size())
                .endObject();
            std::cout << json.finish();
        }
        return ExitOk;
    }
    return reportUsage("assess needs start, answer or submit");
}

} // namespace

int runCaseWrite(const Options& options, store::Store& s)
{
    const std::string sub = options.words[1];
    auto transportOptions = sync::SyncEngine::transportOptionsOf(s);
    auto transport
        = sync::makeHttpsTransport(transportOptions ? *transportOptions : sync::TransportOptions {});
    sync::SyncEngineOptions engineOptions;
    engineOptions.checkpoint = killSwitchFromEnvironment();
    sync::SyncEngine engine(s, *transport, engineOptions);
    auto session = engine.session();
    auto account = engine.account();
    const std::string orgId = session && !session->tokens().organisation().id().empty()
        ? session->tokens().organisation().id()
        : (account ? account->organisation_id() : std::string());
    if (sub == "add") {
        if (options.file.empty())
            return reportUsage("cases add needs --file case.json");
        auto text = readWholeFile(options.file, 4 * 1024 * 1024);
        if (!text)
            return report(options,
                storage::makeError(storage::StoreErrorCode::NotFound, "cannot read " + options.file));
        GoodPracticeCase c;
        if (auto parsed = google::protobuf::util::JsonStringToMessage(*text, &c); !parsed.ok())
            return reportUsage(options.file + " is not a case in JSON: " + std::string(parsed.message()));
        if (c.id().empty())
            c.set_id(storage::newUuid());
        if (c.owner_org_id().empty())
            c.set_owner_org_id(orgId);
        if (session)
            c.set_author_user_id(session->tokens().user().id());
        *c.mutable_created_at() = nowTimestamp();
        *c.mutable_updated_at() = c.created_at();
        Mutation m;
        *m.mutable_create_case()->mutable_good_practice_case() = c;
        return queued(options, engine.submit(std::move(m)), c.id(), "事例を作成しました", "case created");
    }
    if (options.words.size() < 3)
        return reportUsage("cases " + sub + " needs an ID");
    const std::string& id = options.words[2];
    auto found = s.cases().find(id);
    if (!found)
        return report(options, found.error());
    if (!*found)
        return report(
            options, storage::makeError(storage::StoreErrorCode::NotFound, "no case with id " + id));
    if (sub == "submit") {
        Mutation m;
        m.mutable_submit_case()->set_case_id(id);
        return queued(
            options, engine.submit(std::move(m)), id, "事例を提出しました", "case submitted for review");
    }
    Mutation m;
    auto* edit = m.mutable_edit_case();
    edit->set_case_id(id);
    // A case made on this device has revision 0 until the server stores it as revision 1;
    // its create is sent first, so the edit starts from 1.
    edit->set_base_revision(std::max<std::int64_t>((*found)->revision(), 1));
    if (sub == "edit") {
        if (options.sets.empty())
            return reportUsage("cases edit needs --set FIELD=VALUE");
        for (const auto& set : options.sets) {
            const auto eq = set.find('=');
            if (eq == std::string::npos)
                return reportUsage("--set needs FIELD=VALUE, got " + set);
            const std::string field = set.substr(0, eq);
            const std::string value = set.substr(eq + 1);
            if (!proto::isEditableCaseField(field))
                return reportUsage("not an editable case field: " + field);
            if (field == "technologies") {
                std::stringstream parts(value);
                std::string part;
                while (std::getline(parts, part, ','))
                    if (!part.empty())
                        edit->mutable_values()->add_technologies(part);
            } else if (field == "title" || field == "region" || field.starts_with("sections.")
                || field == "fiscal_year" || field == "facility_capacity" || field == "category"
                || field == "publication_scope") {
                proto::decodeCaseField(*edit->mutable_values(), field, value);
            } else {
                return reportUsage("cases edit --set cannot set " + field + " from text; use the app");
            }
            edit->add_fields(field);
        }
        return queued(options, engine.submit(std::move(m)), id, "事例を編集しました", "case edit queued");
    }
    if (sub == "attach") {
        if (options.words.size() != 4)
            return reportUsage("cases attach needs ID FILE");
        const std::string& path = options.words[3];
        if (sync::attachmentMimeTypeOf(path).empty())
            return reportUsage("attach a .jpg, .png or .pdf file");
        auto bytes = readWholeFile(path, sync::MaxAttachmentBytes);
        if (!bytes || bytes->empty())
            return reportUsage(path + " cannot be read, is empty or is over 50 MiB");
        auto ref = sync::addLocalAttachment(s, engine, *bytes, path, options.caption);
        if (!ref)
            return reportSync(options, ref.error());
        *edit->mutable_values()->mutable_attachments() = (*found)->attachments();
        *edit->mutable_values()->add_attachments() = *ref;
        edit->add_fields("attachments");
        return queued(
            options, engine.submit(std::move(m)), id, "ファイルを追加しました", "attachment queued");
    }
    return reportUsage("unknown cases command " + sub);
}

std::optional<int> runSyncCommand(const Options& options)
{
    const std::string& command = options.words[0];
    if (command == "enroll" || command == "enrol")
        return cmdEnroll(options);
    if (command == "login")
        return cmdLogin(options);
    if (command == "sync")
        return cmdSync(options);
    if (command == "status")
        return cmdStatus(options);
    if (command == "seminars")
        return cmdSeminars(options);
    if (command == "tickets")
        return cmdTickets(options);
    if (command == "loans")
        return cmdLoans(options);
    if (command == "assess")
        return cmdAssess(options);
    return std::nullopt;
}

} // namespace yk::cli
