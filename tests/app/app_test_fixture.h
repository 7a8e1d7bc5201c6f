#pragma once

#include "app/engine_bridge.h"
#include "app/session_manager.h"
#include "app/sync_status.h"

#include <QTemporaryDir>

#include <memory>

namespace yk::test {

/// The app's services as main() builds them, on a temporary folder with cheap key
/// derivation. Controllers and models under test get them through wire(), as QML assigns
/// them in the app.
class AppFixture {
public:
    AppFixture();
    ~AppFixture();

    /// Opens a store with the built-in demo data (no server); true when it is ready.
    bool openDemoStore();
    /// Mutations waiting in the outbox (-1 when no store is open).
    qint64 pending();
    /// One sync round through the app's SyncStatus; false when it did not finish in time.
    bool syncRound();
    /// Hands `object` (a StoreController or StoreListModel) the bridge and session manager.
    template <typename Object> void wire(Object& object)
    {
        object.setBridge(bridge.get());
        object.setSessionManager(session.get());
    }
    /// Runs `job` on the engine thread and waits for it.
    template <typename Job> void onEngine(Job job)
    {
        bridge->post([&job](app::DeviceContext& context) { job(context); });
        bridge->drain();
    }

    QTemporaryDir dir;
    std::unique_ptr<app::EngineBridge> bridge;
    std::unique_ptr<app::SessionManager> session;
    std::unique_ptr<app::SyncStatus> sync;
};

} // namespace yk::test
