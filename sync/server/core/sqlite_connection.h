#pragma once

#include "sql_connection.h"

#include "storage/database.h"

#include <map>

namespace yk::server {

/// The embedded store's connection: one SQLCipher database (see ServerStore::create).
class SqliteConnection final : public SqlConnection {
public:
    explicit SqliteConnection(storage::Database db);

    Dialect dialect() const override { return Dialect::Sqlite; }
    StoreStatus exec(std::string_view sql) override;
    StoreResult<std::unique_ptr<SqlStatement>> prepare(std::string_view sql) override;
    StoreResult<SqlStatement*> cached(std::string_view sql) override;
    std::int64_t changes() const override;
    StoreStatus beginWrite() override;
    StoreStatus beginRead() override;

    storage::Database& database() { return m_db; }

private:
    // Declared first so the cached statements are finalised before the database closes.
    storage::Database m_db;
    std::map<std::string, std::unique_ptr<SqlStatement>, std::less<>> m_cache;
};

} // namespace yk::server
