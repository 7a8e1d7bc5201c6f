// yokoten-cli's device and server commands: enrol with a one-time code, sign in, sync, and
// show the sync status.
#include "commands.h"

#include "command_line.h"
#include "device_session.h"
#include "output.h"

#include "engine/sync_repository.h"

#include <chrono>
#include <map>

namespace yk::cli {

using namespace yokoten::v1;

namespace {

constexpr std::int64_t kMaxCaFileBytes = std::int64_t { 1024 } * 1024;

} // namespace

int runEnroll(const Options& options)
{
    if (options.server.empty() || options.code.empty())
        return reportUsage(options, "enroll needs --server URL and --code CODE");
    std::string caPem;
    if (!options.caFile.empty()) {
        auto pem = readWholeFile(options.caFile, kMaxCaFileBytes);
        if (!pem || pem->find("-----BEGIN CERTIFICATE-----") == std::string::npos)
            return reportUsage(options, "--ca " + options.caFile + " is not a readable PEM certificate file");
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
        *options.out << json.finish();
    } else {
        *options.out << "端末を登録しました / device enrolled: " << enrolled->device_id() << " ("
                     << DeviceKind_Name(enrolled->kind()) << ")\n";
    }
    return ExitOk;
}

int runLogin(const Options& options)
{
    auto device = openDeviceSession(options);
    if (!device)
        return device.error();
    std::string password;
    if (!options.user.empty()) {
        auto typed = passcodeFrom(options.passwordEnv, "パスワード / password: ");
        if (!typed)
            return reportUsage(options, typed.error().message);
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
        *options.out << json.finish();
    } else if (options.user.empty()) {
        *options.out << "端末としてログインしました / signed in as the device\n";
    } else {
        *options.out << "ログインしました / signed in: " << tokens->user().display_name() << "（"
                     << tokens->organisation().name() << "）\n";
    }
    return ExitOk;
}

int runSync(const Options& options)
{
    const bool tty = !options.json;
    auto device = openDeviceSession(options, [tty, err = options.err](const sync::SyncActivity& a) {
        if (!tty || a.phase == sync::SyncActivity::Phase::Idle || a.done == 0)
            return;
        static const std::map<sync::SyncActivity::Phase, const char*> kLabel {
            { sync::SyncActivity::Phase::Sending, "送信中 / sending" },
            { sync::SyncActivity::Phase::Receiving, "受信中 / receiving" },
            { sync::SyncActivity::Phase::Uploading, "ファイル送信中 / uploading" },
            { sync::SyncActivity::Phase::Downloading, "ファイル受信中 / downloading" },
            { sync::SyncActivity::Phase::SigningIn, "ログイン中 / signing in" },
        };
        *err << "  " << kLabel.at(a.phase) << " " << a.done;
        if (a.total > 0)
            *err << " / " << a.total;
        *err << "\n";
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
        *options.out << json.finish();
    } else {
        *options.out << "同期しました / synced: 送信 sent " << report->sent << "（反映 applied "
                     << report->applied << "、却下 rejected " << report->rejected << "）、受信 received "
                     << report->received << "、未送信 pending " << stillPending << "\n";
        if (report->conflicts > 0)
            *options.out << "  他の人と同じ項目を編集しました / fields also changed by someone else: "
                         << report->conflicts << "（cases show で確認 / see cases show）\n";
        for (const auto& r : report->rejections)
            *options.out << "  却下 / rejected: " << r << "\n";
    }
    return report->rejected > 0 ? ExitRejected : ExitOk;
}

int runStatus(const Options& options)
{
    auto device = openDeviceSession(options, {}, StoreUse::ReadOnly);
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
        *options.out << json.finish();
        return ExitOk;
    }
    if (!o->enrolled) {
        *options.out << "未登録 / not enrolled: yokoten-cli enroll --server URL --code CODE\n";
        return ExitOk;
    }
    *options.out << "サーバー / server: " << o->serverUrl << "\n"
                 << "端末 / device: " << o->deviceId << " (" << DeviceKind_Name(o->deviceKind) << ")\n"
                 << "ログイン / signed in: " << (o->signedIn ? (o->login.empty() ? "device" : o->login) : "—")
                 << "\n"
                 << "接続 / connection: " << (o->online ? "オンライン / online" : "オフライン / offline")
                 << "\n"
                 << "未送信 / pending: " << o->pending << "（ファイル / files: " << o->pendingUploads
                 << " 送信 up, " << o->pendingDownloads << " 受信 down）\n"
                 << "最終同期 / last sync: "
                 << (o->lastSuccessMs > 0 ? isoTime(o->lastSuccessMs) : "まだ / never") << "\n"
                 << "同期範囲 / scope: " << o->scope
                 << "  cursor: " << (o->cursor.empty() ? "(start)" : o->cursor) << "\n";
    if (o->deviceKind == DEVICE_KIND_KIOSK)
        *options.out << "来場者の入力 / visitor entries: 送信済み sent " << o->visitorEntriesSent
                     << "、受付不可 refused " << o->visitorEntriesRefused
                     << "（端末には残りません / not kept on this device）\n";
    if (o->lastError)
        *options.out << "直近のエラー / last error: " << o->lastError->messageJa << " / "
                     << o->lastError->messageEn << "\n";
    if (pending)
        for (const auto& e : *pending)
            *options.out << "  #" << e.seq << " " << e.name << " " << e.targetId << "\n";
    return ExitOk;
}

} // namespace yk::cli
