#include "postgres_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace yk::server {

using storage::makeError;
using storage::StoreErrorCode;

namespace {

// Type OIDs (pg_type.h) of the results the server reads.
constexpr Oid kByteaOid = 17;
constexpr Oid kBoolOid = 16;

// Maps an SQLSTATE to the store error a caller can act on. The detail carries the primary
// message only: PostgreSQL's DETAIL line can quote values (a login), which never go to logs.
StoreError errorFromResult(const PGresult* result, pg_conn* conn, std::string_view what)
{
    std::string detail(what);
    detail += ": ";
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (primary != nullptr)
        detail += primary;
    else
        detail += PQerrorMessage(conn);
    const std::string_view sqlState = state != nullptr ? state : "";
    if (!sqlState.empty()) {
        detail += " (SQLSTATE ";
        detail += sqlState;
        detail += ")";
    }
    if (sqlState.starts_with("23"))
        return makeError(StoreErrorCode::InvalidArgument, std::move(detail));
    if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03" || sqlState == "57014")
        return makeError(StoreErrorCode::Busy, std::move(detail));
    if (sqlState == "53100")
        return makeError(StoreErrorCode::DiskFull, std::move(detail));
    if (sqlState == "25006")
        return makeError(StoreErrorCode::ReadOnly, std::move(detail));
    if (sqlState == "42P01")
        return makeError(StoreErrorCode::NotAStore, std::move(detail));
    if (sqlState.empty() || sqlState.starts_with("08") || sqlState.starts_with("57")
        || sqlState.starts_with("58"))
        return makeError(StoreErrorCode::Io, std::move(detail));
    return makeError(StoreErrorCode::Internal, std::move(detail));
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

class PostgresStatement final : public SqlStatement {
public:
    PostgresStatement(PostgresConnection& conn, std::string sql, int parameters, std::string name)
        : m_conn(conn)
        , m_sql(std::move(sql))
        , m_name(std::move(name))
        , m_values(static_cast<std::size_t>(parameters))
        , m_null(static_cast<std::size_t>(parameters), 1)
        , m_binary(static_cast<std::size_t>(parameters), 0)
    {
    }
    ~PostgresStatement() override { clear(); }
    PostgresStatement(const PostgresStatement&) = delete;
    PostgresStatement& operator=(const PostgresStatement&) = delete;

    using SqlStatement::bind;
    SqlStatement& bind(int index, std::int64_t value) override
    {
        return set(index, std::to_string(value), false);
    }
    SqlStatement& bind(int index, std::string_view text) override
    {
        return set(index, std::string(text), false);
    }
    SqlStatement& bindBlob(int index, std::string_view bytes) override
    {
        return set(index, std::string(bytes), true);
    }
    SqlStatement& bindNull(int index) override
    {
        if (valid(index))
            m_null[static_cast<std::size_t>(index - 1)] = 1;
        return *this;
    }

    Step step() override
    {
        if (m_result == nullptr && !execute())
            return Step::Error;
        ++m_row;
        m_decoded.clear();
        return m_row < PQntuples(m_result) ? Step::Row : Step::Done;
    }

    StoreStatus run() override
    {
        const auto step = this->step();
        if (step == Step::Error) {
            auto error = m_error;
            reset();
            return error;
        }
        reset();
        return {};
    }

    void reset() override { clear(); }

    std::int64_t columnInt64(int column) const override
    {
        if (!current(column) || PQgetisnull(m_result, m_row, column) != 0)
            return 0;
        const char* text = PQgetvalue(m_result, m_row, column);
        if (PQftype(m_result, column) == kBoolOid)
            return text[0] == 't' ? 1 : 0;
        return std::strtoll(text, nullptr, 10);
    }

    std::string columnText(int column) const override { return std::string(columnBytes(column)); }

    std::string_view columnBytes(int column) const override
    {
        if (!current(column) || PQgetisnull(m_result, m_row, column) != 0)
            return {};
        const char* text = PQgetvalue(m_result, m_row, column);
        const auto length = static_cast<std::size_t>(PQgetlength(m_result, m_row, column));
        if (PQftype(m_result, column) != kByteaOid)
            return { text, length };
        // bytea in text form is "\x" and two hex digits a byte (bytea_output = hex).
        auto& decoded = m_decoded[column];
        if (decoded.empty() && length > 2) {
            decoded.resize((length - 2) / 2);
            for (std::size_t i = 0; i < decoded.size(); ++i)
                decoded[i] = static_cast<char>(hexDigit(text[2 + 2 * i]) * 16 + hexDigit(text[3 + 2 * i]));
        }
        return decoded;
    }

    bool columnIsNull(int column) const override
    {
        return !current(column) || PQgetisnull(m_result, m_row, column) != 0;
    }

    int columnCount() const override { return m_result != nullptr ? PQnfields(m_result) : 0; }

    StoreError lastError(std::string_view what) const override
    {
        auto error = m_error;
        error.detail = std::string(what) + ": " + error.detail;
        return error;
    }

private:
    bool valid(int index) const { return index >= 1 && static_cast<std::size_t>(index) <= m_values.size(); }

    SqlStatement& set(int index, std::string value, bool binary)
    {
        if (valid(index)) {
            const auto i = static_cast<std::size_t>(index - 1);
            m_values[i] = std::move(value);
            m_null[i] = 0;
            m_binary[i] = binary ? 1 : 0;
        }
        return *this;
    }

    bool current(int column) const
    {
        return m_result != nullptr && m_row >= 0 && m_row < PQntuples(m_result) && column >= 0
            && column < PQnfields(m_result);
    }

    bool execute()
    {
        const auto count = m_values.size();
        std::vector<const char*> values(count);
        std::vector<int> lengths(count);
        std::vector<int> formats(count);
        for (std::size_t i = 0; i < count; ++i) {
            values[i] = m_null[i] != 0 ? nullptr : m_values[i].data();
            lengths[i] = static_cast<int>(m_values[i].size());
            formats[i] = m_binary[i];
        }
        const int n = static_cast<int>(count);
        if (m_name.empty()) {
            m_result = PQexecParams(
                m_conn.handle(), m_sql.c_str(), n, nullptr, values.data(), lengths.data(), formats.data(), 0);
        } else {
            if (m_preparedIn != m_conn.generation()) {
                PGresult* prepared = PQprepare(m_conn.handle(), m_name.c_str(), m_sql.c_str(), n, nullptr);
                const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
                if (!ok)
                    m_error = errorFromResult(prepared, m_conn.handle(), "prepare");
                PQclear(prepared);
                if (!ok)
                    return false;
                m_preparedIn = m_conn.generation();
            }
            m_result = PQexecPrepared(
                m_conn.handle(), m_name.c_str(), n, values.data(), lengths.data(), formats.data(), 0);
        }
        const auto status = PQresultStatus(m_result);
        if (status == PGRES_COMMAND_OK) {
            m_conn.setChanges(std::strtoll(PQcmdTuples(m_result), nullptr, 10));
        } else if (status != PGRES_TUPLES_OK) {
            m_error = errorFromResult(m_result, m_conn.handle(), "statement");
            clear();
            return false;
        }
        m_row = -1;
        return true;
    }

    void clear()
    {
        if (m_result != nullptr)
            PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
        m_decoded.clear();
    }

    PostgresConnection& m_conn;
    std::string m_sql;
    std::string m_name; ///< empty: not prepared on the server (a one-off statement)
    int m_preparedIn = -1; ///< connection generation the statement was prepared in
    std::vector<std::string> m_values;
    std::vector<char> m_null;
    std::vector<int> m_binary;
    PGresult* m_result = nullptr;
    int m_row = -1;
    mutable std::map<int, std::string> m_decoded;
    StoreError m_error;
};

void ignoreNotice(void* /*context*/, const char* /*message*/)
{
}

} // namespace

std::string toPostgresSql(std::string_view sql, int& parameters)
{
    std::string out;
    out.reserve(sql.size() + 16);
    parameters = 0;
    bool inString = false;
    bool inIdentifier = false;
    int next = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' && !inIdentifier)
            inString = !inString;
        else if (c == '"' && !inString)
            inIdentifier = !inIdentifier;
        if (c != '?' || inString || inIdentifier) {
            out += c;
            continue;
        }
        // "?NNN" names a parameter by number (SQLite and PostgreSQL agree on 1-based).
        std::size_t end = i + 1;
        while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9')
            ++end;
        const int number = end > i + 1 ? std::stoi(std::string(sql.substr(i + 1, end - i - 1))) : ++next;
        next = std::max(next, number);
        parameters = std::max(parameters, number);
        out += '$';
        out += std::to_string(number);
        i = end - 1;
    }
    constexpr std::string_view insertOrIgnore = "INSERT OR IGNORE INTO";
    if (out.starts_with(insertOrIgnore))
        out = "INSERT INTO" + out.substr(insertOrIgnore.size()) + " ON CONFLICT DO NOTHING";
    return out;
}

bool isPostgresLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

PostgresConnection::PostgresConnection(pg_conn* conn)
    : m_conn(conn)
{
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PostgresConnection::~PostgresConnection()
{
    m_cache.clear();
    PQfinish(m_conn);
}

StoreResult<std::unique_ptr<PostgresConnection>> PostgresConnection::connect(const std::string& conninfo)
{
    PGconn* conn = PQconnectdb(conninfo.c_str());
    if (conn == nullptr)
        return makeError(StoreErrorCode::Io, "connect to PostgreSQL: out of memory");
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string detail = std::string("connect to PostgreSQL: ") + PQerrorMessage(conn);
        while (!detail.empty() && detail.back() == '\n')
            detail.pop_back();
        PQfinish(conn);
        return makeError(StoreErrorCode::Io, std::move(detail));
    }
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(conn));
    // Text in and out as UTF-8; bytea as hex (what columnBytes decodes); no statement runs
    // forever on a lock (a stuck writer surfaces as Busy instead of hanging every push).
    if (auto status = connection->exec("SET client_encoding = 'UTF8'; SET bytea_output = 'hex'; "
                                       "SET lock_timeout = '30s'");
        !status)
        return status.error();
    return connection;
}

StoreStatus PostgresConnection::reconnectIfBroken()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return {};
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return makeError(
            StoreErrorCode::Io, std::string("reconnect to PostgreSQL: ") + PQerrorMessage(m_conn));
    ++m_generation;
    return exec("SET client_encoding = 'UTF8'; SET bytea_output = 'hex'; SET lock_timeout = '30s'");
}

StoreStatus PostgresConnection::exec(std::string_view sql)
{
    PGresult* result = PQexec(m_conn, std::string(sql).c_str());
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        auto error = errorFromResult(result, m_conn, "exec");
        PQclear(result);
        return error;
    }
    PQclear(result);
    return {};
}

StoreResult<std::unique_ptr<SqlStatement>> PostgresConnection::prepare(std::string_view sql)
{
    int parameters = 0;
    auto translated = toPostgresSql(sql, parameters);
    return std::unique_ptr<SqlStatement>(new PostgresStatement(*this, std::move(translated), parameters, {}));
}

StoreResult<SqlStatement*> PostgresConnection::cached(std::string_view sql)
{
    if (auto found = m_cache.find(sql); found != m_cache.end())
        return found->second.get();
    int parameters = 0;
    auto translated = toPostgresSql(sql, parameters);
    auto stmt = std::make_unique<PostgresStatement>(
        *this, std::move(translated), parameters, "yk" + std::to_string(m_nextStatement++));
    auto* raw = stmt.get();
    m_cache.emplace(std::string(sql), std::move(stmt));
    return raw;
}

StoreStatus PostgresConnection::beginWrite()
{
    if (auto status = reconnectIfBroken(); !status)
        return status;
    // The row lock on the change counter is the store's write lock: held to COMMIT, taken by
    // every process before it reads anything it will decide on (docs/architecture.md).
    return exec("BEGIN ISOLATION LEVEL READ COMMITTED; "
                "SELECT value FROM meta WHERE key = 'change_version' FOR UPDATE");
}

StoreStatus PostgresConnection::beginRead()
{
    if (auto status = reconnectIfBroken(); !status)
        return status;
    return exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

} // namespace yk::server
