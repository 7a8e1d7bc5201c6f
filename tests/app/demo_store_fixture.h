#pragma once

// A real encrypted store with the built-in demo data, opened on the engine thread the way
// the app opens it (cheap key derivation), for the tests of models and controllers.

#include "app/app_services.h"
#include "app/engine_bridge.h"
#include "app/session_manager.h"

#include "engine/sync_engine.h"
#include "store/key_file.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace yk::app::test {

class DemoStore {
public:
    bool open()
    {
        bridge = std::make_unique<EngineBridge>();
        AppServices::bridge = bridge.get();
        session = std::make_unique<SessionManager>(*bridge, dir.path());
        AppServices::session = session.get();
        session->setStoreOptions({ store::KdfSettings::fastForTests() });
        session->openDemoStore(QStringLiteral("pw"));
        return QTest::qWaitFor([this] { return session->state() == SessionManager::State::Ready; }, 20000);
    }
    ~DemoStore()
    {
        if (bridge)
            bridge->drain();
        AppServices::session = nullptr;
        AppServices::bridge = nullptr;
        session.reset();
        bridge.reset();
    }

    /// Mutations waiting in the outbox.
    qint64 pending()
    {
        qint64 count = -1;
        bridge->post([&count](DeviceContext& context) {
            if (context.engine != nullptr)
                if (auto overview = context.engine->overview())
                    count = overview->pending;
        });
        bridge->drain();
        return count;
    }

    /// Runs `job` on the engine thread and waits for it.
    template <typename Job> void onEngine(Job job)
    {
        bridge->post([&job](DeviceContext& context) { job(context); });
        bridge->drain();
    }

    QTemporaryDir dir;
    std::unique_ptr<EngineBridge> bridge;
    std::unique_ptr<SessionManager> session;
};

} // namespace yk::app::test
