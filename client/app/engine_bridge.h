#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <string>

namespace yk::store {
class Store;
}
namespace yk::sync {
struct TransportOptions;
class SyncEngine;
class Transport;
struct SyncActivity;
} // namespace yk::sync

namespace yk::app {

/// What a job on the engine thread may touch: the open store and its sync engine.
struct DeviceContext {
    store::Store* store = nullptr; ///< null until a store is open
    sync::SyncEngine* engine = nullptr;
};

class EngineWorker;

/// The one queued bridge between the GUI thread and the engine thread (STYLE.md 9). The
/// store, the sync engine and the HTTPS transport live on one worker thread; the GUI posts
/// jobs to it and gets the results back as queued calls, so no disk, network or key
/// derivation ever runs on the GUI thread.
class EngineBridge : public QObject {
    Q_OBJECT
public:
    explicit EngineBridge(QObject* parent = nullptr);
    ~EngineBridge() override;

    /// Runs `job` on the engine thread, then `done(result)` on `receiver`'s thread. When the
    /// receiver is gone by then, the result is dropped.
    template <typename Result>
    void run(QObject* receiver, std::function<Result(DeviceContext&)> job, std::function<void(Result)> done)
    {
        post([receiver = QPointer<QObject>(receiver), job = std::move(job), done = std::move(done)](
                 DeviceContext& context) {
            auto result = std::make_shared<Result>(job(context));
            if (receiver)
                QMetaObject::invokeMethod(
                    receiver.data(), [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
        });
    }
    /// A job with no result.
    void post(std::function<void(DeviceContext&)> job);

    /// Hands the engine thread a freshly opened store (and builds its engine); the old one
    /// is closed. Runs on the engine thread, so call it from there (inside a job).
    static void attach(DeviceContext& context, std::unique_ptr<store::Store> store);
    static void detach(DeviceContext& context);
    /// Rebuilds the transport and engine of the open store for another server (enrolment).
    static void retarget(DeviceContext& context, const std::string& serverUrl, const std::string& caPem);

    /// Blocks until every job posted so far has run (tests, shutdown).
    void drain();

Q_SIGNALS:
    /// Records changed in the store (a local write or a sync page): models reload.
    void dataChanged();
    /// This device queued a mutation (the sync status schedules a round soon).
    void localWrite();
    /// The engine reported progress (queued from the engine thread).
    void activity(int phase, qint64 done, qint64 total);

public:
    /// Called from jobs after they changed records; emits dataChanged on the GUI thread.
    void notifyDataChanged();
    /// Called on the GUI thread after a mutation was queued: emits localWrite, then (queued)
    /// dataChanged. Writers need only the bridge; whoever syncs listens.
    void notifyLocalWrite();

private:
    static void rebuild(DeviceContext& context, const sync::TransportOptions& options);

    QThread m_thread;
    EngineWorker* m_worker = nullptr;
};

} // namespace yk::app
