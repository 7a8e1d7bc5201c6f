#include "app_test_fixture.h"

#include "app/app_services.h"

#include "engine/sync_engine.h"

#include <QSignalSpy>
#include <QTest>

namespace yk::test {

AppFixture::AppFixture()
{
    bridge = std::make_unique<app::EngineBridge>();
    session = std::make_unique<app::SessionManager>(*bridge, dir.path());
    store::StoreOptions options;
    options.kdf = store::KdfSettings::fastForTests();
    session->setStoreOptions(options);
    sync = std::make_unique<app::SyncStatus>(*bridge);
    app::AppServices::bridge = bridge.get();
    app::AppServices::session = session.get();
    app::AppServices::sync = sync.get();
}

AppFixture::~AppFixture()
{
    bridge->drain();
    app::AppServices::bridge = nullptr;
    app::AppServices::session = nullptr;
    app::AppServices::sync = nullptr;
    sync.reset();
    session.reset();
    bridge.reset();
}

qint64 AppFixture::pending()
{
    qint64 count = -1;
    onEngine([&count](app::DeviceContext& context) {
        if (context.engine != nullptr)
            if (auto overview = context.engine->overview())
                count = overview->pending;
    });
    return count;
}

bool AppFixture::syncRound()
{
    QSignalSpy finished(sync.get(), &app::SyncStatus::finished);
    sync->syncNow();
    return finished.wait(30000);
}

bool AppFixture::openDemoStore()
{
    session->openDemoStore(QStringLiteral("test-passcode"));
    return QTest::qWaitFor([this] { return session->state() == app::SessionManager::State::Ready; }, 20000);
}

} // namespace yk::test
