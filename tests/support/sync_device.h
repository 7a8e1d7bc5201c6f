#pragma once

#include "test_server.h"

#include "auth/demo_seed.h"

#include "engine/sync_engine.h"
#include "store/store.h"
#include "transport/transport.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace yk::test {

/// Knobs of a test device.
struct SyncDeviceOptions {
    sync::SyncEngineOptions engine;
    std::chrono::milliseconds connectTimeout { std::chrono::seconds(5) };
    std::chrono::milliseconds requestTimeout { std::chrono::seconds(20) };
};

/// One device for sync tests: its own encrypted store in a temporary folder, a real HTTPS
/// transport and the sync engine over both. Retarget it to go "offline" (a closed port) or
/// through a fault proxy.
class SyncDevice {
public:
    /// A new store; the transport points at 127.0.0.1:`port` and trusts `caFile`.
    static std::unique_ptr<SyncDevice> create(
        unsigned short port, const std::filesystem::path& caFile, SyncDeviceOptions options = {});
    ~SyncDevice();

    /// Enrols with `code` and signs in as `login` (device session when empty). Empty on
    /// success, else what failed.
    std::string enrolAndSignIn(
        const std::string& code, const std::string& login = {}, const std::string& password = {});
    /// Points the transport at another port (a proxy, a restarted server, a closed port).
    void retarget(unsigned short port);
    /// Closes and reopens the store, as after a restart of the app.
    bool reopen();

    sync::SyncEngine& engine() { return *m_engine; }
    store::Store& store() { return *m_store; }
    const std::filesystem::path& directory() const { return m_storeDir; }

private:
    SyncDevice() = default;
    void rebuild();

    TempDir m_dir;
    std::filesystem::path m_storeDir;
    std::filesystem::path m_caFile;
    std::string m_caPem;
    unsigned short m_port = 0;
    SyncDeviceOptions m_options;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::Transport> m_transport;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

/// A device of the demo account `login`'s organisation on `server` (a TestServer with its sync
/// service), enrolled with a fresh code and signed in as `login` (a tablet) or as the device
/// (kiosk, phone); null, with a warning saying why, when that failed.
std::unique_ptr<SyncDevice> demoDevice(TestServer& server, const server::DemoSeed& seed,
    const std::string& login, yokoten::v1::DeviceKind kind = yokoten::v1::DEVICE_KIND_TABLET,
    SyncDeviceOptions options = {});

/// One sync of `device` to the end; false, with a warning saying why, when it failed.
bool syncOk(SyncDevice& device);

/// A record as the server stores it now (a fresh read snapshot); empty when it has none.
std::optional<yokoten::v1::Record> onServer(
    TestServer& server, yokoten::v1::RecordKind kind, const std::string& id);

/// Every synced record in a device store: "table/id" → serialized payload. Two devices of
/// the same user that both synced to the end hold the same map.
std::map<std::string, std::string> storeContents(store::Store& store);

/// A port on 127.0.0.1 where nothing listens (connections are refused).
unsigned short closedPort();

/// The passcode of SyncDevice stores (for the CLI).
inline constexpr const char* kDevicePasscode = "test-passcode-1234";

} // namespace yk::test
