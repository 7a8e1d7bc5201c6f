#include "engine_fixture.h"

#include "device_session.h"
#include "test_store_location.h"

#include "engine/sync_repository.h"

#include <iostream>

namespace yk::test {

std::unique_ptr<InProcessServer> InProcessServer::start(server::ServiceOptions options)
{
    std::unique_ptr<InProcessServer> s(new InProcessServer);
    auto created = createServerStore(newTestStoreLocation(s->m_dir.path()));
    if (!created) {
        std::cerr << "InProcessServer: " << created.error().detail << '\n';
        return nullptr;
    }
    auto service = server::SyncService::open(std::move(*created), std::move(options));
    if (!service) {
        std::cerr << "InProcessServer: " << service.error().detail << '\n';
        return nullptr;
    }
    s->m_service = std::move(*service);
    auto seed = server::importDemo(s->m_service->store(), server::PasswordCost::forTests());
    if (!seed) {
        std::cerr << "InProcessServer: demo data: " << seed.error().detail << '\n';
        return nullptr;
    }
    s->m_seed = *seed;
    return s;
}

const server::DemoAccount& InProcessServer::account(const std::string& login) const
{
    const auto* found = demoAccount(m_seed, login);
    if (found == nullptr)
        throw std::runtime_error("no demo account " + login);
    return *found;
}

std::string InProcessServer::enrolmentCode(const std::string& login, yokoten::v1::DeviceKind kind)
{
    return makeEnrolmentCode(m_service->store(), account(login).organisationId, kind);
}

std::unique_ptr<FakeDevice> FakeDevice::create(InProcessServer& server, sync::SyncEngineOptions options)
{
    std::unique_ptr<FakeDevice> d(new FakeDevice);
    d->m_server = &server;
    store::StoreOptions storeOptions;
    storeOptions.kdf = store::KdfSettings::fastForTests();
    auto created = store::Store::create(d->m_dir.path() / "store", "fake-device-passcode", storeOptions);
    if (!created)
        return nullptr;
    d->m_store = std::move(*created);
    d->m_transport = std::make_unique<FakeTransport>(server.service());
    d->m_engine = std::make_unique<sync::SyncEngine>(*d->m_store, *d->m_transport, std::move(options));
    return d;
}

FakeDevice::~FakeDevice()
{
    m_engine.reset();
    m_transport.reset();
    m_store.reset();
}

std::string FakeDevice::enrolAndSignIn(const std::string& login, yokoten::v1::DeviceKind kind)
{
    const auto code = m_server->enrolmentCode(login, kind);
    auto enrolled = m_engine->enrol("https://fake.invalid", {}, {}, code, "fake device", "linux");
    if (!enrolled)
        return "enrol: " + enrolled.error().messageEn + " (" + enrolled.error().detail + ")";
    const bool asUser = kind == yokoten::v1::DEVICE_KIND_TABLET;
    auto signedIn = m_engine->signIn(
        asUser ? login : std::string(), asUser ? m_server->account(login).password : std::string());
    if (!signedIn)
        return "sign in: " + signedIn.error().messageEn + " (" + signedIn.error().detail + ")";
    return {};
}

std::int64_t FakeDevice::outboxCount()
{
    auto n = sync::SyncRepository(m_store->database()).outboxCount();
    return n ? *n : -1;
}

} // namespace yk::test
