#include "app_test_fixture.h"

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
}

AppFixture::~AppFixture()
{
    bridge->drain();
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
