#pragma once

#include "options.h"

#include "domain/result.h"
#include "engine/sync_engine.h"
#include "store/store.h"
#include "transport/transport.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace yk::cli {

/// The secret from --…-env VAR, else typed at the terminal (echo off). An unset variable is
/// an error, never an empty passcode.
Result<std::string, UsageError> passcodeFrom(const std::string& envName, const char* prompt);

/// A store opened with the passcode that opened it (passcode change and rekey need it again).
struct OpenedStore {
    std::unique_ptr<store::Store> store;
    std::string passcode;
};

/// How a command uses the store: commands that only show may still run on a full device.
enum class StoreUse { Write, ReadOnly };

/// Asks for the passcode and opens the store; on failure it has reported why and the error
/// is the exit code. With StoreUse::ReadOnly a full device opens the store read-only (with a
/// notice on stderr) instead of failing.
Result<OpenedStore, int> openStore(
    const Options& options, const char* prompt, StoreUse use = StoreUse::Write);
/// Opens the store and runs `body` on it; the exit code of either.
int withStore(
    const Options& options, const std::function<int(store::Store&)>& body, StoreUse use = StoreUse::Write);

/// The engine options of this invocation: batch sizes, and the test kill switch
/// (YK_TEST_KILL_AT) the crash tests use.
sync::SyncEngineOptions engineOptionsFor(const Options& options);
/// The HTTPS transport to the server the store is enrolled with (none yet: an empty one).
/// It connects on first use only, so offline commands never touch the network.
std::unique_ptr<sync::Transport> transportFor(store::Store& store);

/// A store opened with its sync engine: what the sync-family commands work on.
struct DeviceSession {
    OpenedStore opened;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<sync::SyncEngine> engine;

    store::Store& store() { return *opened.store; }
    /// The signed-in user, empty when signed in as the device or not at all.
    std::string userId() const;
    /// The organisation of the session, else of the enrolled device.
    std::string organisationId() const;
    /// "pending", "rejected" (with the server's reason), "synced" or "unknown".
    std::string syncStateName(
        yokoten::v1::RecordKind kind, const std::string& id, std::string* reason = nullptr);
};

/// Opens the store and builds its engine; on failure it has reported why and the error is
/// the exit code.
Result<DeviceSession, int> openDeviceSession(const Options& options,
    std::function<void(const sync::SyncActivity&)> progress = {}, StoreUse use = StoreUse::Write);

/// Reports a failed sync step; after "revoked" it first closes and deletes the local store.
int finishWith(const Options& options, DeviceSession& device, const sync::SyncError& error);

/// The whole file, or nothing when it cannot be read or is over `limit` bytes.
std::optional<std::string> readWholeFile(const std::string& path, std::int64_t limit);

} // namespace yk::cli
