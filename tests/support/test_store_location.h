#pragma once

#include "core/server_store.h"

#include <filesystem>
#include <memory>
#include <string>

namespace yk::test {

/// Where a test's server store lives. The suites run twice under CTest: embedded (a folder)
/// and, with YK_TEST_POSTGRES set to a database by the "postgres" fixture, on PostgreSQL
/// (a fresh schema of that database per store, so tests never see each other's rows).
struct TestStoreLocation {
    std::filesystem::path dir; ///< the data folder (also used on PostgreSQL, for TLS files)
    std::string postgres; ///< libpq URI with the schema on its search_path; empty: embedded

    bool isPostgres() const { return !postgres.empty(); }
    /// For `yokoten-server … --data DIR [--store URI]`.
    std::string describe() const { return isPostgres() ? postgres : dir.string(); }
};

/// The database the tests should use (YK_TEST_POSTGRES), or empty for the embedded store.
std::string testPostgresDatabase();

/// A location for a new store: `dir`, plus a new empty schema when testing on PostgreSQL.
TestStoreLocation newTestStoreLocation(const std::filesystem::path& dir);

/// A libpq URI for a new empty schema in `database` (a postgresql:// URI). Empty on failure.
std::string newPostgresSchema(const std::string& database);

server::StoreResult<std::unique_ptr<server::ServerStore>> createServerStore(
    const TestStoreLocation& location);
server::StoreResult<std::unique_ptr<server::ServerStore>> openServerStore(const TestStoreLocation& location);

} // namespace yk::test
