#include "sqlite_connection.h"

namespace yk::server {

namespace {

class SqliteStatement final : public SqlStatement {
public:
    explicit SqliteStatement(storage::Statement stmt)
        : m_stmt(std::move(stmt))
    {
    }

    using SqlStatement::bind;
    SqlStatement& bind(int index, std::int64_t value) override
    {
        m_stmt.bind(index, value);
        return *this;
    }
    SqlStatement& bind(int index, std::string_view text) override
    {
        m_stmt.bind(index, text);
        return *this;
    }
    SqlStatement& bindBlob(int index, std::string_view bytes) override
    {
        m_stmt.bindBlob(index, bytes);
        return *this;
    }
    SqlStatement& bindNull(int index) override
    {
        m_stmt.bindNull(index);
        return *this;
    }
    Step step() override
    {
        switch (m_stmt.step()) {
        case storage::Statement::Step::Row:
            return Step::Row;
        case storage::Statement::Step::Done:
            return Step::Done;
        case storage::Statement::Step::Error:
            break;
        }
        return Step::Error;
    }
    StoreStatus run() override { return m_stmt.run(); }
    void reset() override { m_stmt.reset(); }
    std::int64_t columnInt64(int column) const override { return m_stmt.columnInt64(column); }
    std::string columnText(int column) const override { return m_stmt.columnText(column); }
    std::string_view columnBytes(int column) const override
    {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt.handle(), column));
        const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.handle(), column));
        return bytes != nullptr ? std::string_view(bytes, size) : std::string_view();
    }
    bool columnIsNull(int column) const override { return m_stmt.columnIsNull(column); }
    int columnCount() const override { return sqlite3_column_count(m_stmt.handle()); }
    StoreError lastError(std::string_view what) const override { return m_stmt.lastError(what); }

private:
    storage::Statement m_stmt;
};

} // namespace

SqliteConnection::SqliteConnection(storage::Database db)
    : m_db(std::move(db))
{
}

StoreStatus SqliteConnection::exec(std::string_view sql)
{
    return m_db.exec(sql);
}

StoreResult<std::unique_ptr<SqlStatement>> SqliteConnection::prepare(std::string_view sql)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    return std::unique_ptr<SqlStatement>(new SqliteStatement(std::move(*stmt)));
}

StoreResult<SqlStatement*> SqliteConnection::cached(std::string_view sql)
{
    if (auto found = m_cache.find(sql); found != m_cache.end())
        return found->second.get();
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto* raw = stmt->get();
    m_cache.emplace(std::string(sql), std::move(*stmt));
    return raw;
}

std::int64_t SqliteConnection::changes() const
{
    return sqlite3_changes(m_db.handle());
}

StoreStatus SqliteConnection::beginWrite()
{
    return m_db.exec("BEGIN IMMEDIATE");
}

StoreStatus SqliteConnection::beginRead()
{
    // Deferred: the snapshot starts at the first read, which is the next query.
    return m_db.exec("BEGIN");
}

} // namespace yk::server
