#include "engine_bridge.h"

#include "engine/sync_engine.h"
#include "store/store.h"
#include "transport/transport.h"

#include <QLoggingCategory>
#include <QSemaphore>

Q_LOGGING_CATEGORY(lcBridge, "yokoten.sync")

namespace yk::app {

/// Lives on the engine thread and owns everything there.
class EngineWorker : public QObject {
public:
    explicit EngineWorker(EngineBridge* bridge)
        : m_bridge(bridge)
    {
    }
    ~EngineWorker() override { EngineBridge::detach(context); }

    DeviceContext context;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::Transport> transport;
    std::unique_ptr<sync::SyncEngine> engine;
    EngineBridge* m_bridge;
};

namespace {
// Only the worker knows its own members; attach/detach reach it through the context.
thread_local EngineWorker* t_worker = nullptr;
} // namespace

EngineBridge::EngineBridge(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("yokoten-engine"));
    m_worker = new EngineWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    post([this](DeviceContext&) { t_worker = m_worker; });
}

EngineBridge::~EngineBridge()
{
    post([](DeviceContext& context) { detach(context); });
    m_thread.quit();
    m_thread.wait();
    // The thread has ended, so nothing runs on the worker any more; deleteLater would never
    // run when no application event loop is left (tests build the bridge before the app).
    delete m_worker;
}

void EngineBridge::post(std::function<void(DeviceContext&)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(worker->context); }, Qt::QueuedConnection);
}

void EngineBridge::attach(DeviceContext& context, std::unique_ptr<store::Store> store)
{
    detach(context);
    EngineWorker* w = t_worker;
    if (w == nullptr || !store)
        return;
    w->store = std::move(store);
    context.store = w->store.get();
    auto options = sync::SyncEngine::transportOptionsOf(*w->store);
    rebuild(context, options ? *options : sync::TransportOptions {});
}

void EngineBridge::retarget(DeviceContext& context, const std::string& serverUrl, const std::string& caPem)
{
    sync::TransportOptions options;
    options.serverUrl = serverUrl;
    options.caPem = caPem;
    rebuild(context, options);
}

void EngineBridge::rebuild(DeviceContext& context, const sync::TransportOptions& options)
{
    EngineWorker* w = t_worker;
    if (w == nullptr || !w->store)
        return;
    w->engine.reset();
    w->transport = sync::makeHttpsTransport(options);
    sync::SyncEngineOptions engineOptions;
    EngineBridge* bridge = w->m_bridge;
    engineOptions.onProgress = [bridge](const sync::SyncActivity& a) {
        QMetaObject::invokeMethod(
            bridge,
            [bridge, phase = static_cast<int>(a.phase), done = a.done, total = a.total] {
                Q_EMIT bridge->activity(phase, done, total);
            },
            Qt::QueuedConnection);
    };
    w->engine = std::make_unique<sync::SyncEngine>(*w->store, *w->transport, std::move(engineOptions));
    context.engine = w->engine.get();
}

void EngineBridge::detach(DeviceContext& context)
{
    EngineWorker* w = t_worker;
    context = {};
    if (w == nullptr)
        return;
    w->engine.reset();
    w->transport.reset();
    w->store.reset();
}

void EngineBridge::drain()
{
    QSemaphore done;
    post([&done](DeviceContext&) { done.release(); });
    done.acquire();
}

void EngineBridge::notifyDataChanged()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT dataChanged(); }, Qt::QueuedConnection);
}

void EngineBridge::notifyLocalWrite()
{
    Q_EMIT localWrite();
    notifyDataChanged();
}

} // namespace yk::app
