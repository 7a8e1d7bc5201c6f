// TestServer over a real SyncService: kept apart so suites with a fake Api link without it.
#include "test_server.h"
#include "test_store_location.h"

#include "service/sync_service.h"

#include <iostream>

namespace yk::test {

std::unique_ptr<TestServer> TestServer::startWithSyncService(
    const Configure& configure, const std::function<void(server::ServiceOptions&)>& options)
{
    std::unique_ptr<TestServer> testServer(new TestServer);
    // Embedded in the data folder, or on PostgreSQL when the suite runs against it.
    auto created = createServerStore(newTestStoreLocation(testServer->dataDir()));
    if (!created) {
        std::cerr << "TestServer: cannot create a server store: " << created.error().detail << '\n';
        return nullptr;
    }
    server::ServiceOptions serviceOptions;
    // Storage failures go to the server's log, as the executable does it.
    serviceOptions.onStoreError
        = [server = testServer.get()](std::string_view operation, std::string_view detail) {
              server->appendLog("store_error " + std::string(operation) + ": " + std::string(detail));
          };
    if (options)
        options(serviceOptions);
    auto service = server::SyncService::open(std::move(*created), serviceOptions);
    if (!service) {
        std::cerr << "TestServer: cannot open the sync service: " << service.error().detail << '\n';
        return nullptr;
    }
    testServer->m_service = std::move(service.value());
    if (!testServer->launch(*testServer->m_service, configure))
        return nullptr;
    return testServer;
}

} // namespace yk::test
