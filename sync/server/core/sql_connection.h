#pragma once

#include "storage/store_error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace yk::server {

using storage::StoreError;
using storage::StoreResult;
using storage::StoreStatus;

/// A prepared statement of a server store connection. Binding is 1-based, placeholders are
/// `?`. Rows are read with step() until Done; reset() before the statement is used again.
class SqlStatement {
public:
    enum class Step { Row, Done, Error };

    virtual ~SqlStatement() = default;

    virtual SqlStatement& bind(int index, std::int64_t value) = 0;
    SqlStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    virtual SqlStatement& bind(int index, std::string_view text) = 0;
    SqlStatement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    SqlStatement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    virtual SqlStatement& bindBlob(int index, std::string_view bytes) = 0;
    virtual SqlStatement& bindNull(int index) = 0;

    virtual Step step() = 0;
    /// Steps a statement that returns no rows (INSERT/UPDATE/DELETE) and resets it.
    virtual StoreStatus run() = 0;
    virtual void reset() = 0;

    virtual std::int64_t columnInt64(int column) const = 0;
    virtual std::string columnText(int column) const = 0;
    /// The bytes of a BLOB (BYTEA) column; valid until the next step() or reset().
    virtual std::string_view columnBytes(int column) const = 0;
    std::string columnBlob(int column) const { return std::string(columnBytes(column)); }
    virtual bool columnIsNull(int column) const = 0;
    virtual int columnCount() const = 0;

    virtual StoreError lastError(std::string_view what) const = 0;
};

/// One connection to a server store's database: the storage interface every part of the
/// server writes its SQL against. Two implementations: the embedded SQLCipher file
/// (sqlite_connection.h) and PostgreSQL through libpq (postgres_connection.h).
///
/// The SQL is SQLite's as far as both understand it; the PostgreSQL connection rewrites the
/// two differences the server uses: `?` placeholders become `$n`, and `INSERT OR IGNORE`
/// becomes `INSERT … ON CONFLICT DO NOTHING`. Everything else (types, DDL, locking) lives
/// in the connection and the schema steps, not in callers.
class SqlConnection {
public:
    enum class Dialect { Sqlite, Postgres };

    virtual ~SqlConnection() = default;

    virtual Dialect dialect() const = 0;
    /// Runs one or more statements that return no rows.
    virtual StoreStatus exec(std::string_view sql) = 0;
    /// A statement owned by the caller.
    virtual StoreResult<std::unique_ptr<SqlStatement>> prepare(std::string_view sql) = 0;
    /// A statement prepared on first use and kept for the life of the connection.
    virtual StoreResult<SqlStatement*> cached(std::string_view sql) = 0;
    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    virtual std::int64_t changes() const = 0;
    /// The first column of the first row of a query as an integer (0 for no row).
    StoreResult<std::int64_t> queryInt(std::string_view sql)
    {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        const auto step = (*stmt)->step();
        if (step == SqlStatement::Step::Error)
            return (*stmt)->lastError("query");
        return step == SqlStatement::Step::Row ? (*stmt)->columnInt64(0) : 0;
    }

    /// Starts the store's write transaction. Write transactions are serialised across every
    /// process of the store (SQLite: BEGIN IMMEDIATE; PostgreSQL: the change counter's row
    /// lock), so rules that read then write see no concurrent writer and change versions
    /// commit in the order they were taken (docs/architecture.md, "Change versions").
    virtual StoreStatus beginWrite() = 0;
    /// Starts a read-only snapshot that sees one committed state throughout.
    virtual StoreStatus beginRead() = 0;
};

} // namespace yk::server
