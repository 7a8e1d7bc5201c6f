#pragma once

#include "device_state.h"
#include "local_store.h"
#include "sync_repository.h"
#include "sync_types.h"

#include <atomic>
#include <mutex>
#include <string_view>

namespace yk::sync {

/// What the parts of the engine share: the device store with the engine's tables and typed
/// state, the options (clock, progress, crash checkpoints) and cancellation. One per
/// SyncEngine, used on its thread; activity() and `cancelled` may be read from others.
class EngineContext {
public:
    EngineContext(LocalStore& store, SyncEngineOptions options);
    EngineContext(const EngineContext&) = delete;
    EngineContext& operator=(const EngineContext&) = delete;

    LocalStore& store;
    SyncRepository tables;
    DeviceState state;
    SyncEngineOptions options;
    std::atomic<bool> cancelled { false };

    std::int64_t now() const { return options.nowMillis(); }
    /// Crash tests: a named point of a sync (docs/architecture.md lists them).
    void checkpoint(std::string_view point) const;

    void setActivity(SyncActivity::Phase phase, std::int64_t done, std::int64_t total);
    SyncActivity activity() const;

private:
    mutable std::mutex m_activityMutex;
    SyncActivity m_activity;
};

} // namespace yk::sync
