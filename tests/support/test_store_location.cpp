#include "test_store_location.h"

#include "core/postgres_connection.h"

#include <cstdlib>
#include <iostream>
#include <random>

namespace yk::test {

std::string testPostgresDatabase()
{
    const char* value = std::getenv("YK_TEST_POSTGRES");
    return value != nullptr ? std::string(value) : std::string();
}

std::string newPostgresSchema(const std::string& database)
{
    auto admin = server::PostgresConnection::connect(database);
    if (!admin) {
        std::cerr << "test store: cannot reach PostgreSQL: " << admin.error().detail << '\n';
        return {};
    }
    static std::mt19937_64 random { std::random_device {}() };
    const std::string schema = "t" + std::to_string(random());
    if (auto status = (*admin)->exec("CREATE SCHEMA " + schema); !status) {
        std::cerr << "test store: cannot create a schema: " << status.error().detail << '\n';
        return {};
    }
    // libpq applies `options` at connection start: every connection of the store then
    // resolves its tables in this schema. "%3D" is "=", escaped inside the URI.
    return database + (database.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D"
        + schema;
}

TestStoreLocation newTestStoreLocation(const std::filesystem::path& dir)
{
    TestStoreLocation location;
    location.dir = dir;
    if (const auto database = testPostgresDatabase(); !database.empty()) {
        location.postgres = newPostgresSchema(database);
        // Never fall back to the embedded store silently: a store that cannot open fails the test.
        if (location.postgres.empty())
            location.postgres = "postgresql:///unavailable?host=/nonexistent";
    }
    return location;
}

server::StoreResult<std::unique_ptr<server::ServerStore>> createServerStore(const TestStoreLocation& location)
{
    if (!location.isPostgres())
        return server::ServerStore::create(location.dir);
    std::error_code ignored;
    std::filesystem::create_directories(location.dir, ignored);
    return server::ServerStore::createPostgres(location.postgres);
}

server::StoreResult<std::unique_ptr<server::ServerStore>> openServerStore(const TestStoreLocation& location)
{
    if (!location.isPostgres())
        return server::ServerStore::open(location.dir);
    return server::ServerStore::openPostgres(location.postgres);
}

} // namespace yk::test
