#include "device_session.h"

#include "output.h"
#include "passcode_prompt.h"

#include "engine/sync_repository.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace yk::cli {

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

} // namespace

Result<std::string, UsageError> passcodeFrom(const std::string& envName, const char* prompt)
{
    if (!envName.empty()) {
        const char* value = std::getenv(envName.c_str());
        if (!value)
            return UsageError { "environment variable " + envName + " is not set" };
        return std::string(value);
    }
    auto typed = readPasscodeFromTerminal(prompt);
    if (!typed)
        return UsageError { "no terminal to ask for the passcode: use --passcode-env VAR" };
    return *typed;
}

Result<OpenedStore, int> openStore(const Options& options, const char* prompt, StoreUse use)
{
    auto passcode = passcodeFrom(options.passcodeEnv, prompt);
    if (!passcode)
        return reportUsage(options, passcode.error().message);
    auto opened = store::Store::open(options.store, *passcode);
    if (!opened && opened.error().code == storage::StoreErrorCode::DiskFull && use == StoreUse::ReadOnly) {
        // A full device can still show what it holds: open it without writing anything.
        store::StoreOptions readOnly;
        readOnly.readOnly = true;
        if (auto retried = store::Store::open(options.store, *passcode, readOnly)) {
            *options.err
                << "注意: "
                   "端末の空き容量がありません。表示はできますが、変更や同期はできません。不要なファイル"
                   "を削除してください。\n"
                   "Note: this device is full. You can look, but not change or sync. Free some space.\n";
            opened = std::move(retried);
        }
    }
    if (!opened)
        return report(options, opened.error());
    return OpenedStore { std::move(*opened), std::move(*passcode) };
}

int withStore(const Options& options, const std::function<int(store::Store&)>& body, StoreUse use)
{
    auto opened = openStore(options, "パスコード / passcode: ", use);
    if (!opened)
        return opened.error();
    return body(*opened->store);
}

sync::SyncEngineOptions engineOptionsFor(const Options& options)
{
    sync::SyncEngineOptions engineOptions;
    engineOptions.checkpoint = killSwitchFromEnvironment();
    engineOptions.pushBatch = options.pushBatch;
    engineOptions.pullPageSize = options.pageSize;
    return engineOptions;
}

std::unique_ptr<sync::Transport> transportFor(store::Store& store)
{
    auto transportOptions = sync::SyncEngine::transportOptionsOf(store);
    return sync::makeHttpsTransport(transportOptions ? *transportOptions : sync::TransportOptions {});
}

Result<DeviceSession, int> openDeviceSession(
    const Options& options, std::function<void(const sync::SyncActivity&)> progress, StoreUse use)
{
    auto opened = openStore(options, "パスコード / passcode: ", use);
    if (!opened)
        return opened.error();
    DeviceSession device { std::move(*opened), nullptr, nullptr };
    device.transport = transportFor(device.store());
    auto engineOptions = engineOptionsFor(options);
    engineOptions.onProgress = std::move(progress);
    device.engine = std::make_unique<sync::SyncEngine>(device.store(), *device.transport, engineOptions);
    return device;
}

std::string DeviceSession::userId() const
{
    auto session = engine->session();
    return session ? session->tokens().user().id() : std::string();
}

std::string DeviceSession::organisationId() const
{
    if (auto session = engine->session(); session && !session->tokens().organisation().id().empty())
        return session->tokens().organisation().id();
    auto account = engine->account();
    return account ? account->organisation_id() : std::string();
}

std::string DeviceSession::syncStateName(
    yokoten::v1::RecordKind kind, const std::string& id, std::string* reason)
{
    auto state = engine->stateOf(kind, id);
    if (!state)
        return "unknown";
    switch (*state) {
    case sync::RecordSyncState::Pending:
        return "pending";
    case sync::RecordSyncState::Rejected:
        if (reason != nullptr)
            if (auto outcome = sync::SyncRepository(store().database()).latestOutcome(kind, id);
                outcome && *outcome)
                *reason = (*outcome)->messageJa + " / " + (*outcome)->messageEn;
        return "rejected";
    case sync::RecordSyncState::Synced:
        return "synced";
    }
    return "unknown";
}

int finishWith(const Options& options, DeviceSession& device, const sync::SyncError& error)
{
    if (device.engine->revoked()) {
        // The server said "revoked": close the store, delete it, say so.
        device.engine.reset();
        device.transport.reset();
        device.opened.store.reset();
        std::string why;
        if (!store::wipeStore(options.store, &why))
            *options.err << "端末のデータを削除できませんでした / could not delete the local data: " << why
                         << "\n";
    }
    return reportSync(options, error);
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

} // namespace yk::cli
