#include "app_test_fixture.h"

#include "app/app_services.h"

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
    app::AppServices::bridge = nullptr;
    app::AppServices::session = nullptr;
    app::AppServices::sync = nullptr;
    sync.reset();
    session.reset();
    bridge.reset();
}

bool AppFixture::openDemoStore()
{
    session->openDemoStore(QStringLiteral("test-passcode"));
    return QTest::qWaitFor([this] { return session->state() == app::SessionManager::State::Ready; }, 20000);
}

} // namespace yk::test
