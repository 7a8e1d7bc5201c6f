#pragma once

#include "sql_connection.h"

#include <map>

struct pg_conn;

namespace yk::server {

/// A connection to a PostgreSQL server store through libpq. Statements are prepared on the
/// server once per connection; results come back whole (pages are small). A connection
/// that broke (the database restarted) is re-established at the next transaction.
class PostgresConnection final : public SqlConnection {
public:
    /// `conninfo` is a libpq connection string or URI (postgresql://user@host:port/db).
    static StoreResult<std::unique_ptr<PostgresConnection>> connect(const std::string& conninfo);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Dialect dialect() const override { return Dialect::Postgres; }
    StoreStatus exec(std::string_view sql) override;
    StoreResult<std::unique_ptr<SqlStatement>> prepare(std::string_view sql) override;
    StoreResult<SqlStatement*> cached(std::string_view sql) override;
    std::int64_t changes() const override { return m_changes; }
    StoreStatus beginWrite() override;
    StoreStatus beginRead() override;

    pg_conn* handle() const { return m_conn; }
    void setChanges(std::int64_t changes) { m_changes = changes; }
    /// Bumped when the connection is re-established: prepared statements are gone then.
    int generation() const { return m_generation; }

private:
    explicit PostgresConnection(pg_conn* conn);
    StoreStatus reconnectIfBroken();

    pg_conn* m_conn = nullptr;
    std::map<std::string, std::unique_ptr<SqlStatement>, std::less<>> m_cache;
    std::int64_t m_changes = 0;
    int m_nextStatement = 0;
    int m_generation = 0;
};

/// The SQL the server writes (SQLite's) as PostgreSQL reads it: `?` → `$n` outside quotes,
/// `INSERT OR IGNORE INTO …` → `INSERT INTO … ON CONFLICT DO NOTHING`. Sets `parameters`.
std::string toPostgresSql(std::string_view sql, int& parameters);

/// True when `location` names a PostgreSQL database rather than a folder.
bool isPostgresLocation(std::string_view location);

} // namespace yk::server
