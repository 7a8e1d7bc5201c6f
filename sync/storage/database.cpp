#include "database.h"

#include <utility>

namespace yk::storage {

StoreError errorFromSqlite(int code, std::string_view what, sqlite3* db)
{
    std::string detail(what);
    detail += ": ";
    detail += sqlite3_errstr(code);
    if (db) {
        const char* message = sqlite3_errmsg(db);
        if (message && std::string_view(message) != sqlite3_errstr(code)) {
            detail += " (";
            detail += message;
            detail += ")";
        }
    }
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(StoreErrorCode::Corrupt, std::move(detail));
    case SQLITE_FULL:
        return makeError(StoreErrorCode::DiskFull, std::move(detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(StoreErrorCode::ReadOnly, std::move(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(StoreErrorCode::Busy, std::move(detail));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return makeError(StoreErrorCode::Io, std::move(detail));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        return makeError(StoreErrorCode::InvalidArgument, std::move(detail));
    default:
        return makeError(StoreErrorCode::Internal, std::move(detail));
    }
}

// --- Statement -------------------------------------------------------------------------

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastCode(other.m_lastCode)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement::Step Statement::step()
{
    m_lastCode = sqlite3_step(m_stmt);
    if (m_lastCode == SQLITE_ROW)
        return Step::Row;
    if (m_lastCode == SQLITE_DONE)
        return Step::Done;
    // The extended code from step is more useful than what reset returns later.
    m_lastCode = sqlite3_extended_errcode(m_db);
    return Step::Error;
}

StoreStatus Statement::run()
{
    const Step result = step();
    if (result == Step::Error) {
        StoreError error = lastError("statement");
        reset();
        return error;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    return std::string(columnTextView(column));
}

std::string_view Statement::columnTextView(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string_view(reinterpret_cast<const char*>(text), static_cast<size_t>(size))
                : std::string_view();
}

std::string Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(static_cast<const char*>(data), static_cast<size_t>(size)) : std::string();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

StoreError Statement::lastError(std::string_view what) const
{
    std::string context(what);
    if (const char* sql = sqlite3_sql(m_stmt)) {
        std::string_view text(sql);
        context += " [";
        context += text.substr(0, 60);
        context += "]";
    }
    return errorFromSqlite(m_lastCode, context, m_db);
}

// --- Database --------------------------------------------------------------------------

Database::Database(sqlite3* db)
    : m_db(db)
{
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cache.clear(); // statements must be finalised before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

StoreResult<Database> Database::open(const std::string& path, bool create, const char* vfs)
{
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, vfs);
    if (rc != SQLITE_OK) {
        StoreError error = errorFromSqlite(rc, "open database", db);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

StoreResult<Database> Database::openSnapshot(const std::string& path, const char* vfs)
{
    // A file: URI; the characters URIs give a meaning are escaped.
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kDigits[] = "0123456789ABCDEF";
            uri += '%';
            uri += kDigits[static_cast<unsigned char>(c) >> 4];
            uri += kDigits[static_cast<unsigned char>(c) & 0x0f];
        } else {
            uri += c;
        }
    }
    uri += "?immutable=1";
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(
        uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, vfs);
    if (rc != SQLITE_OK) {
        StoreError error = errorFromSqlite(rc, "open database snapshot", db);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

StoreStatus Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = "exec";
        if (message) {
            what += ": ";
            what += message;
        }
        sqlite3_free(message);
        return errorFromSqlite(sqlite3_extended_errcode(m_db), what);
    }
    return {};
}

StoreResult<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        std::string what = "prepare [";
        what += sql.substr(0, 60);
        what += "]";
        return errorFromSqlite(sqlite3_extended_errcode(m_db), what, m_db);
    }
    return Statement(m_db, stmt);
}

StoreResult<Statement*> Database::cached(std::string_view sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    auto owned = std::make_unique<Statement>(std::move(*prepared));
    Statement* raw = owned.get();
    m_cache.emplace(std::string(sql), std::move(owned));
    return raw;
}

StoreResult<std::int64_t> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    switch (stmt->step()) {
    case Statement::Step::Row:
        return stmt->columnInt64(0);
    case Statement::Step::Done:
        return std::int64_t { 0 };
    case Statement::Step::Error:
        break;
    }
    return stmt->lastError("query");
}

StoreError Database::lastError(std::string_view what) const
{
    return errorFromSqlite(sqlite3_extended_errcode(m_db), what, m_db);
}

// --- Transaction -----------------------------------------------------------------------

StoreResult<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    // IMMEDIATE takes the write lock now, so a busy store fails here rather than mid-write.
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status)
        return status.error();
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

StoreStatus Transaction::commit()
{
    auto status = m_db.exec("COMMIT");
    if (!status) {
        (void)m_db.exec("ROLLBACK");
        m_open = false;
        return status;
    }
    m_open = false;
    return {};
}

// --- Savepoint -------------------------------------------------------------------------

StoreResult<std::unique_ptr<Savepoint>> Savepoint::begin(Database& db)
{
    if (auto status = db.exec("SAVEPOINT yk_write"); !status)
        return status.error();
    return std::unique_ptr<Savepoint>(new Savepoint(db));
}

Savepoint::~Savepoint()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK TO yk_write; RELEASE yk_write");
}

StoreStatus Savepoint::release()
{
    auto status = m_db.exec("RELEASE yk_write");
    if (!status)
        return status; // the destructor rolls back
    m_open = false;
    return {};
}

} // namespace yk::storage
