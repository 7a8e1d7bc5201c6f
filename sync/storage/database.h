#pragma once

#include "store_error.h"

#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yk::storage {

/// Maps an SQLite result code to the store error a user can act on.
StoreError errorFromSqlite(int code, std::string_view what, sqlite3* db = nullptr);

/// A prepared statement; move-only, finalised on destruction. Binding is 1-based as in SQLite.
class Statement {
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);

    /// Runs one step. On Error, lastError() says why. Reset a statement that returned rows as
    /// soon as they are read: an unreset SELECT keeps its read snapshot and holds back WAL
    /// checkpoints.
    Step step();
    /// Steps a statement that returns no rows (INSERT/UPDATE/DELETE) and resets it.
    StoreStatus run();
    void reset();

    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::string_view columnTextView(int column) const;
    std::string columnBlob(int column) const;
    bool columnIsNull(int column) const;

    StoreError lastError(std::string_view what) const;
    int lastCode() const { return m_lastCode; }
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_lastCode = SQLITE_OK;
};

/// One SQLCipher connection with a cache of prepared statements (one connection per thread).
class Database {
public:
    Database() = default;
    explicit Database(sqlite3* db);
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Opens (never creates unless `create`) the database file; `vfs` may name a test VFS.
    static StoreResult<Database> open(const std::string& path, bool create, const char* vfs = nullptr);
    /// Opens the file read-only as an unchanging snapshot (SQLite's immutable URI): no locks,
    /// no WAL index, nothing written, so it works on a full disk. Only safe while no one
    /// writes the file and no write-ahead log holds changes (the caller checks).
    static StoreResult<Database> openSnapshot(const std::string& path, const char* vfs = nullptr);

    /// Runs one or more statements that return no rows.
    StoreStatus exec(std::string_view sql);
    /// Prepares a statement owned by the caller.
    StoreResult<Statement> prepare(std::string_view sql);
    /// A cached statement, prepared on first use and reset for reuse; valid while the
    /// database lives. Use for statements on hot paths.
    StoreResult<Statement*> cached(std::string_view sql);
    /// A single integer from a query such as "PRAGMA user_version".
    StoreResult<std::int64_t> queryInt(std::string_view sql);

    StoreError lastError(std::string_view what) const;
    sqlite3* handle() const { return m_db; }
    void close();

private:
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted (early return, error).
class Transaction {
public:
    static StoreResult<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    StoreStatus commit();

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    explicit Transaction(Database& db)
        : m_db(db)
    {
    }
    Database& m_db;
    bool m_open = true;
};

/// SAVEPOINT … RELEASE: makes a group of statements atomic whether or not the caller has a
/// transaction open (it nests inside one). Rolls back to the savepoint when destroyed unreleased.
class Savepoint {
public:
    static StoreResult<std::unique_ptr<Savepoint>> begin(Database& db);
    ~Savepoint();
    StoreStatus release();

    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

private:
    explicit Savepoint(Database& db)
        : m_db(db)
    {
    }
    Database& m_db;
    bool m_open = true;
};

/// Steps `stmt` to its last row, turning each row into a value with `read`; the statement is
/// reset whatever happens, so a cached one is ready for its next use.
template <typename Row, typename Read>
StoreResult<std::vector<Row>> collectRows(Statement& stmt, std::string_view what, Read read)
{
    std::vector<Row> rows;
    for (;;) {
        const auto step = stmt.step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            auto error = stmt.lastError(what);
            stmt.reset();
            return error;
        }
        rows.push_back(read(stmt));
    }
    stmt.reset();
    return rows;
}

} // namespace yk::storage
