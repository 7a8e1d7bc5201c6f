#pragma once

#include "fake_transport.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "engine/sync_engine.h"
#include "service/sync_service.h"
#include "store/store.h"

#include <memory>
#include <string>

namespace yk::test {

/// The real SyncService over an embedded server store in a temporary folder, with the demo
/// data: the server the engine's unit tests talk to through a FakeTransport, in-process.
class InProcessServer {
public:
    static std::unique_ptr<InProcessServer> start(server::ServiceOptions options = {});

    server::SyncService& service() { return *m_service; }
    const server::DemoAccount& account(const std::string& login) const;
    /// A one-time enrolment code for a device of `login`'s organisation.
    std::string enrolmentCode(const std::string& login, yokoten::v1::DeviceKind kind);

private:
    InProcessServer() = default;
    TempDir m_dir;
    std::shared_ptr<server::SyncService> m_service;
    server::DemoSeed m_seed;
};

/// A device for the engine's unit tests: an encrypted store in a temporary folder, a
/// FakeTransport into an InProcessServer, and the engine over both.
class FakeDevice {
public:
    static std::unique_ptr<FakeDevice> create(InProcessServer& server, sync::SyncEngineOptions options = {});
    ~FakeDevice();

    /// Enrols and signs in as `login` (tablets) or as the device (other kinds); empty on
    /// success, else what failed.
    std::string enrolAndSignIn(
        const std::string& login, yokoten::v1::DeviceKind kind = yokoten::v1::DEVICE_KIND_TABLET);

    sync::SyncEngine& engine() { return *m_engine; }
    store::Store& store() { return *m_store; }
    FakeTransport& transport() { return *m_transport; }
    std::int64_t outboxCount();

private:
    FakeDevice() = default;
    InProcessServer* m_server = nullptr;
    TempDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace yk::test
