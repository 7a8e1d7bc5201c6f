#include "engine_context.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace yk::sync {

namespace {

std::int64_t systemNowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

SyncEngineOptions withDefaults(SyncEngineOptions options)
{
    if (!options.nowMillis)
        options.nowMillis = systemNowMillis;
    if (!options.sleep)
        options.sleep = [](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); };
    options.pushBatch = std::max(1, options.pushBatch);
    options.pullPageSize = std::max(1, options.pullPageSize);
    options.maxRequestBytes = std::max<std::int64_t>(1024, options.maxRequestBytes);
    options.pushBatchBytes = std::clamp<std::int64_t>(options.pushBatchBytes, 1, options.maxRequestBytes);
    options.attachmentChunkBytes = std::max<std::int64_t>(1, options.attachmentChunkBytes);
    return options;
}

} // namespace

EngineContext::EngineContext(LocalStore& localStore, SyncEngineOptions engineOptions)
    : store(localStore)
    , tables(localStore.database())
    , state(tables)
    , options(withDefaults(std::move(engineOptions)))
{
}

void EngineContext::checkpoint(std::string_view point) const
{
    if (options.checkpoint)
        options.checkpoint(point);
}

void EngineContext::setActivity(SyncActivity::Phase phase, std::int64_t done, std::int64_t total)
{
    SyncActivity copy;
    {
        std::lock_guard lock(m_activityMutex);
        m_activity = SyncActivity { phase, done, total };
        copy = m_activity;
    }
    if (options.onProgress)
        options.onProgress(copy);
}

SyncActivity EngineContext::activity() const
{
    std::lock_guard lock(m_activityMutex);
    return m_activity;
}

} // namespace yk::sync
