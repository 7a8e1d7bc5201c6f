#include "sync_device.h"

#include "device_session.h"

#include "service/sync_service.h"
#include "storage/database.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace yk::test {

std::unique_ptr<SyncDevice> SyncDevice::create(
    unsigned short port, const std::filesystem::path& caFile, SyncDeviceOptions deviceOptions)
{
    std::unique_ptr<SyncDevice> device(new SyncDevice);
    device->m_options = std::move(deviceOptions);
    device->m_storeDir = device->m_dir.path() / "store";
    device->m_caFile = caFile;
    std::ifstream in(caFile);
    std::stringstream pem;
    pem << in.rdbuf();
    device->m_caPem = pem.str();
    device->m_port = port;
    store::StoreOptions options;
    options.kdf = store::KdfSettings::fastForTests();
    auto created = store::Store::create(device->m_storeDir, kDevicePasscode, options);
    if (!created)
        return nullptr;
    device->m_store = std::move(*created);
    device->rebuild();
    return device;
}

SyncDevice::~SyncDevice()
{
    m_engine.reset();
    m_transport.reset();
    m_store.reset();
}

void SyncDevice::rebuild()
{
    m_engine.reset();
    sync::TransportOptions options;
    options.serverUrl = "https://127.0.0.1:" + std::to_string(m_port);
    options.caPem = m_caPem;
    options.connectTimeout = m_options.connectTimeout;
    options.requestTimeout = m_options.requestTimeout;
    m_transport = sync::makeHttpsTransport(options);
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_transport, m_options.engine);
}

std::string SyncDevice::enrolAndSignIn(
    const std::string& code, const std::string& login, const std::string& password)
{
    auto enrolled = m_engine->enrol(
        "https://127.0.0.1:" + std::to_string(m_port), m_caPem, {}, code, "test device", "linux");
    if (!enrolled)
        return "enrol: " + enrolled.error().detail;
    auto signedIn = m_engine->signIn(login, password);
    if (!signedIn)
        return "sign-in: " + signedIn.error().detail;
    return {};
}

void SyncDevice::retarget(unsigned short port)
{
    m_port = port;
    rebuild();
}

bool SyncDevice::reopen()
{
    m_engine.reset();
    m_transport.reset();
    m_store.reset();
    store::StoreOptions options;
    options.kdf = store::KdfSettings::fastForTests();
    auto opened = store::Store::open(m_storeDir, kDevicePasscode, options);
    if (!opened)
        return false;
    m_store = std::move(*opened);
    rebuild();
    return true;
}

bool syncOk(SyncDevice& device)
{
    auto report = device.engine().syncOnce();
    if (!report)
        std::cerr << "sync failed: " << report.error().messageEn << " (" << report.error().detail << ")\n";
    return report.ok();
}

std::optional<yokoten::v1::Record> onServer(
    TestServer& server, yokoten::v1::RecordKind kind, const std::string& id)
{
    auto snapshot = server.syncService()->store().read();
    if (!snapshot)
        return std::nullopt;
    auto found = (*snapshot)->find(kind, id);
    return found && *found ? std::optional(**found) : std::nullopt;
}

std::unique_ptr<SyncDevice> demoDevice(TestServer& server, const server::DemoSeed& seed,
    const std::string& login, yokoten::v1::DeviceKind kind, SyncDeviceOptions options)
{
    const auto* who = demoAccount(seed, login);
    if (who == nullptr || server.syncService() == nullptr) {
        std::cerr << "no demo account " << login << ", or no sync service\n";
        return nullptr;
    }
    auto device = SyncDevice::create(server.port(), server.caFile(), std::move(options));
    if (!device)
        return nullptr;
    const auto code = makeEnrolmentCode(server.syncService()->store(), who->organisationId, kind);
    const bool signsIn = kind == yokoten::v1::DEVICE_KIND_TABLET;
    const auto error = device->enrolAndSignIn(
        code, signsIn ? login : std::string(), signsIn ? who->password : std::string());
    if (!error.empty()) {
        std::cerr << error << "\n";
        return nullptr;
    }
    return device;
}

std::map<std::string, std::string> storeContents(store::Store& s)
{
    std::map<std::string, std::string> contents;
    const char* tables[] = { "organisations", "users", "seminars", "seminar_sessions", "registrations",
        "check_ins", "equipment_models", "equipment_units", "loan_requests", "assessment_templates",
        "assessment_responses", "visitor_entries" };
    for (const char* table : tables) {
        auto stmt = s.database().prepare(std::string("SELECT id, payload FROM ") + table);
        if (!stmt)
            continue;
        while (stmt->step() == storage::Statement::Step::Row)
            contents[std::string(table) + "/" + stmt->columnText(0)] = stmt->columnBlob(1);
    }
    auto cases
        = s.database().prepare("SELECT c.id, p.payload FROM cases c JOIN case_payloads p USING (docid)");
    if (cases)
        while (cases->step() == storage::Statement::Step::Row)
            contents["cases/" + cases->columnText(0)] = cases->columnBlob(1);
    return contents;
}

unsigned short closedPort()
{
    // Bind an ephemeral port without listening and let it go: connections there are refused.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    unsigned short port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

} // namespace yk::test
