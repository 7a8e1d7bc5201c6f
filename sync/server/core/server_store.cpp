#include "server_store.h"

#include "postgres_connection.h"
#include "server_key_file.h"
#include "server_schema.h"
#include "sqlite_connection.h"

#include "storage/cipher.h"
#include "storage/database.h"
#include "storage/secret_key.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

#include <algorithm>

namespace yk::server {

namespace fs = std::filesystem;
using storage::Database;
using storage::makeError;
using Statement = SqlStatement;
using storage::StoreErrorCode;
using yokoten::v1::Record;
using yokoten::v1::RecordKind;

namespace {

// PRAGMA application_id of a server store: "YKSV".
constexpr std::int64_t kApplicationId = 0x594B5356;

// Per-connection settings. FULL: a confirmed seat survives a power cut, not only a crash.
StoreStatus configure(Database& db)
{
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; "
                   "PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY");
}

StoreResult<std::string> readMeta(SqlConnection& db, std::string_view key)
{
    auto stmt = db.cached("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error)
        return (*stmt)->lastError("read meta");
    std::string value = step == Statement::Step::Row ? (*stmt)->columnText(0) : std::string();
    (*stmt)->reset();
    return value;
}

std::vector<std::string> splitAudiences(std::string_view list)
{
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start < list.size()) {
        const auto end = list.find('\n', start);
        keys.emplace_back(list.substr(start, end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return keys;
}

} // namespace

// ---- RecordQueries ---------------------------------------------------------------------------

StoreResult<std::optional<Record>> RecordQueries::find(RecordKind kind, std::string_view id)
{
    auto stmt = m_db.cached("SELECT body FROM records WHERE kind = ? AND id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<int>(kind)).bind(2, id);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error)
        return (*stmt)->lastError("find record");
    std::optional<Record> found;
    if (step == Statement::Step::Row) {
        found.emplace();
        const auto bytes = (*stmt)->columnBlob(0);
        if (!found->ParseFromString(bytes)) {
            (*stmt)->reset();
            return makeError(StoreErrorCode::Corrupt, "stored record does not parse");
        }
    }
    (*stmt)->reset();
    return found;
}

namespace {

StoreResult<std::vector<Record>> collect(Statement& stmt, std::string_view what)
{
    std::vector<Record> out;
    for (;;) {
        const auto step = stmt.step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            auto error = stmt.lastError(what);
            stmt.reset();
            return error;
        }
        Record record;
        if (!record.ParseFromString(stmt.columnBlob(0))) {
            stmt.reset();
            return makeError(StoreErrorCode::Corrupt, "stored record does not parse");
        }
        out.push_back(std::move(record));
    }
    stmt.reset();
    return out;
}

} // namespace

StoreResult<std::vector<Record>> RecordQueries::listByParent(RecordKind kind, std::string_view parentId)
{
    auto stmt = m_db.cached("SELECT body FROM records WHERE kind = ? AND parent_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<int>(kind)).bind(2, parentId);
    return collect(**stmt, "list records by parent");
}

StoreResult<std::vector<Record>> RecordQueries::listByPrefecture(RecordKind kind, int prefectureCode)
{
    auto stmt = m_db.cached("SELECT body FROM records WHERE kind = ? AND prefecture_code = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<int>(kind)).bind(2, prefectureCode);
    return collect(**stmt, "list records by prefecture");
}

StoreResult<std::vector<Change>> RecordQueries::changesSince(
    const std::vector<std::string>& audiences, std::int64_t afterVersion, int limit)
{
    if (audiences.empty())
        return std::vector<Change> {};
    limit = std::max(limit, 1);
    // One query per page. A record filed under several of the caller's audiences comes back
    // once per audience; rows of one record share the version of its last change.
    std::string placeholders;
    for (std::size_t i = 0; i < audiences.size(); ++i)
        placeholders += i == 0 ? "?" : ", ?";
    std::string sql = "SELECT kind, id, version, min(deleted) FROM audience WHERE audience IN ("
        + placeholders + ") AND version > ? GROUP BY version, kind, id ORDER BY version, kind, id LIMIT ?";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const auto& key : audiences)
        (*stmt)->bind(index++, key);
    (*stmt)->bind(index++, afterVersion);
    // One more than asked, to see whether the page ends inside a version.
    (*stmt)->bind(index, static_cast<std::int64_t>(limit) + 1);
    std::vector<Change> changes;
    for (;;) {
        const auto step = (*stmt)->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            auto error = (*stmt)->lastError("read changes");
            (*stmt)->reset();
            return error;
        }
        Change change;
        change.kind = static_cast<RecordKind>((*stmt)->columnInt64(0));
        change.id = (*stmt)->columnText(1);
        change.version = (*stmt)->columnInt64(2);
        change.deleted = (*stmt)->columnInt64(3) != 0;
        changes.push_back(std::move(change));
    }
    (*stmt)->reset();
    if (changes.size() > static_cast<std::size_t>(limit)) {
        // Drop the tail that shares the last version, so the next page starts cleanly after a
        // whole version. A single change (one record) never spans versions, so at least the
        // first version survives whenever limit ≥ 1 … unless one version holds more than
        // `limit` records (a batch import): then that version is returned whole.
        const std::int64_t cut = changes[static_cast<std::size_t>(limit)].version;
        auto firstOfCut = std::find_if(
            changes.begin(), changes.end(), [cut](const Change& c) { return c.version == cut; });
        if (firstOfCut != changes.begin()) {
            changes.erase(firstOfCut, changes.end());
        } else {
            changes.clear();
            auto whole = m_db.prepare("SELECT kind, id, version, min(deleted) FROM audience WHERE "
                                      "version = ? AND audience IN ("
                + placeholders + ") GROUP BY kind, id, version ORDER BY kind, id");
            if (!whole)
                return whole.error();
            auto& page = **whole;
            page.bind(1, cut);
            int i = 2;
            for (const auto& key : audiences)
                page.bind(i++, key);
            for (;;) {
                const auto step = page.step();
                if (step == Statement::Step::Done)
                    break;
                if (step == Statement::Step::Error)
                    return page.lastError("read changes");
                Change change;
                change.kind = static_cast<RecordKind>(page.columnInt64(0));
                change.id = page.columnText(1);
                change.version = page.columnInt64(2);
                change.deleted = page.columnInt64(3) != 0;
                changes.push_back(std::move(change));
            }
        }
    }
    return changes;
}

StoreResult<std::int64_t> RecordQueries::countChangesSince(
    const std::vector<std::string>& audiences, std::int64_t afterVersion)
{
    if (audiences.empty())
        return 0;
    std::string sql = "SELECT count(*) FROM (SELECT DISTINCT kind, id FROM audience WHERE audience IN (";
    for (std::size_t i = 0; i < audiences.size(); ++i)
        sql += i == 0 ? "?" : ", ?";
    sql += ") AND version > ?) AS changed";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const auto& key : audiences)
        (*stmt)->bind(index++, key);
    (*stmt)->bind(index, afterVersion);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("count changes");
        (*stmt)->reset();
        return error;
    }
    const std::int64_t count = step == Statement::Step::Row ? (*stmt)->columnInt64(0) : 0;
    (*stmt)->reset();
    return count;
}

StoreResult<std::int64_t> RecordQueries::currentVersion()
{
    auto value = readMeta(m_db, "change_version");
    if (!value)
        return value.error();
    return value->empty() ? 0 : std::stoll(*value);
}

StoreResult<std::int64_t> RecordQueries::lastAppliedSeq(std::string_view deviceId)
{
    auto stmt = m_db.cached("SELECT last_applied_seq FROM devices WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, deviceId);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error)
        return (*stmt)->lastError("read last applied seq");
    const std::int64_t seq = step == Statement::Step::Row ? (*stmt)->columnInt64(0) : 0;
    (*stmt)->reset();
    return seq;
}

// ---- WriteTransaction ------------------------------------------------------------------------

WriteTransaction::WriteTransaction(SqlConnection& db, std::unique_lock<std::mutex> lock)
    : RecordQueries(db)
    , m_lock(std::move(lock))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

StoreResult<std::int64_t> WriteTransaction::currentVersion()
{
    if (m_version >= 0)
        return m_version;
    return RecordQueries::currentVersion();
}

StoreResult<std::int64_t> WriteTransaction::nextVersion()
{
    // The counter is read once per transaction and written back at commit: the write lock
    // (this process's mutex and SQLite's, for other processes) is held in between.
    if (m_version < 0) {
        auto current = currentVersion();
        if (!current)
            return current.error();
        m_version = *current;
        m_storedVersion = m_version;
    }
    return ++m_version;
}

StoreResult<std::int64_t> WriteTransaction::put(Record& record, const RecordPlacement& placement)
{
    const RecordKind kind = kindOf(record);
    const std::string id(idOf(record));
    if (kind == yokoten::v1::RECORD_KIND_UNSPECIFIED || record.has_tombstone() || id.empty())
        return makeError(StoreErrorCode::InvalidArgument, "record without kind or id");
    auto version = nextVersion();
    if (!version)
        return version.error();
    setServerVersion(record, *version);

    // What the record was filed under until now. The row keeps its audience list so that
    // the audience rows it leaves are found by their primary key: an index on (kind, id)
    // would be one more random-key write per row (docs/benchmarks.md).
    auto existing = m_db.cached("SELECT audiences FROM records WHERE kind = ? AND id = ?");
    if (!existing)
        return existing.error();
    (*existing)->bind(1, static_cast<int>(kind)).bind(2, id);
    const auto step = (*existing)->step();
    if (step == Statement::Step::Error) {
        auto error = (*existing)->lastError("read record audiences");
        (*existing)->reset();
        return error;
    }
    const bool exists = step == Statement::Step::Row;
    const std::string before = exists ? (*existing)->columnText(0) : std::string();
    (*existing)->reset();

    std::string after;
    for (const auto& key : placement.audiences) {
        // The list is newline-separated; ids come from the server or are checked as UUIDs,
        // but a key that could split the list must never be stored.
        if (key.empty() || key.find('\n') != std::string::npos)
            return makeError(StoreErrorCode::InvalidArgument, "audience key is empty or has a line break");
        after += key;
        after += '\n';
    }
    // UPDATE or INSERT, never INSERT OR REPLACE: its possible delete makes SQLite keep a
    // statement journal, and SQLCipher encrypts every page written to it.
    const std::string body = record.SerializeAsString();
    auto write = exists
        ? m_db.cached("UPDATE records SET version = ?, parent_id = ?, organisation_id = ?, "
                      "prefecture_code = ?, body = ?, audiences = ? WHERE kind = ? AND id = ?")
        : m_db.cached("INSERT INTO records(version, parent_id, organisation_id, prefecture_code, "
                      "body, audiences, kind, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!write)
        return write.error();
    (*write)->bind(1, *version).bind(2, placement.parentId).bind(3, placement.organisationId);
    (*write)->bind(4, placement.prefectureCode).bindBlob(5, body).bind(6, after);
    (*write)->bind(7, static_cast<int>(kind)).bind(8, id);
    if (auto status = (*write)->run(); !status)
        return status.error();

    // Audiences it left keep a tombstone; the ones it is in now get a live row. Both move to
    // the new version, so every device that could see the record hears of the change.
    for (const auto& key : splitAudiences(before)) {
        if (std::find(placement.audiences.begin(), placement.audiences.end(), key)
            != placement.audiences.end())
            continue;
        if (auto filed = fileUnder(key, kind, id, *version, true); !filed)
            return filed.error();
    }
    for (const auto& key : placement.audiences) {
        if (auto filed = fileUnder(key, kind, id, *version, false); !filed)
            return filed.error();
    }
    return *version;
}

StoreStatus WriteTransaction::fileUnder(
    std::string_view audience, RecordKind kind, std::string_view id, std::int64_t version, bool deleted)
{
    if (m_db.dialect() == SqlConnection::Dialect::Postgres) {
        // One round trip instead of two: on PostgreSQL each statement is one, and they are
        // the cost of a push there (SQLite 3.15 has no upsert; in-process, two are cheap).
        auto upsert
            = m_db.cached("INSERT INTO audience(audience, kind, id, version, deleted) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT (audience, kind, id) DO UPDATE SET version = EXCLUDED.version, "
                          "deleted = EXCLUDED.deleted");
        if (!upsert)
            return upsert.error();
        (*upsert)
            ->bind(1, audience)
            .bind(2, static_cast<int>(kind))
            .bind(3, id)
            .bind(4, version)
            .bind(5, deleted ? 1 : 0);
        return (*upsert)->run();
    }
    auto update = m_db.cached(
        "UPDATE audience SET version = ?, deleted = ? WHERE audience = ? AND kind = ? AND id = ?");
    if (!update)
        return update.error();
    (*update)
        ->bind(1, version)
        .bind(2, deleted ? 1 : 0)
        .bind(3, audience)
        .bind(4, static_cast<int>(kind))
        .bind(5, id);
    if (auto status = (*update)->run(); !status)
        return status;
    if (m_db.changes() > 0)
        return {};
    auto insert
        = m_db.cached("INSERT INTO audience(audience, kind, id, version, deleted) VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    (*insert)
        ->bind(1, audience)
        .bind(2, static_cast<int>(kind))
        .bind(3, id)
        .bind(4, version)
        .bind(5, deleted ? 1 : 0);
    return (*insert)->run();
}

StoreResult<std::int64_t> WriteTransaction::remove(RecordKind kind, std::string_view id)
{
    auto existing = m_db.cached("SELECT audiences FROM records WHERE kind = ? AND id = ?");
    if (!existing)
        return existing.error();
    (*existing)->bind(1, static_cast<int>(kind)).bind(2, id);
    const auto step = (*existing)->step();
    if (step == Statement::Step::Error) {
        auto error = (*existing)->lastError("read record audiences");
        (*existing)->reset();
        return error;
    }
    if (step != Statement::Step::Row) {
        (*existing)->reset();
        return makeError(StoreErrorCode::NotFound, "no such record");
    }
    const std::string before = (*existing)->columnText(0);
    (*existing)->reset();
    auto version = nextVersion();
    if (!version)
        return version.error();
    auto erase = m_db.cached("DELETE FROM records WHERE kind = ? AND id = ?");
    if (!erase)
        return erase.error();
    (*erase)->bind(1, static_cast<int>(kind)).bind(2, id);
    if (auto status = (*erase)->run(); !status)
        return status.error();
    for (const auto& key : splitAudiences(before)) {
        if (auto filed = fileUnder(key, kind, id, *version, true); !filed)
            return filed.error();
    }
    return *version;
}

StoreStatus WriteTransaction::savepoint()
{
    m_versionAtSavepoint = m_version;
    return m_db.exec("SAVEPOINT mutation");
}

StoreStatus WriteTransaction::releaseSavepoint()
{
    return m_db.exec("RELEASE mutation");
}

StoreStatus WriteTransaction::rollbackToSavepoint()
{
    if (auto status = m_db.exec("ROLLBACK TO mutation"); !status)
        return status;
    m_version = m_versionAtSavepoint;
    return m_db.exec("RELEASE mutation");
}

StoreStatus WriteTransaction::setLastAppliedSeq(std::string_view deviceId, std::int64_t seq)
{
    auto stmt = m_db.cached("UPDATE devices SET last_applied_seq = ? WHERE id = ? AND last_applied_seq < ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, seq).bind(2, deviceId).bind(3, seq);
    return (*stmt)->run();
}

StoreStatus WriteTransaction::commit()
{
    if (!m_open)
        return makeError(StoreErrorCode::Internal, "transaction already ended");
    if (m_version != m_storedVersion) {
        auto stmt = m_db.cached("UPDATE meta SET value = ? WHERE key = 'change_version'");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, std::to_string(m_version));
        if (auto status = (*stmt)->run(); !status)
            return status;
        m_storedVersion = m_version;
    }
    auto status = m_db.exec("COMMIT");
    if (status)
        m_open = false;
    return status;
}

// ---- ReadSnapshot ----------------------------------------------------------------------------

ReadSnapshot::ReadSnapshot(ServerStore& owner, std::unique_ptr<SqlConnection> db)
    : RecordQueries(*db)
    , m_owner(owner)
    , m_connection(std::move(db))
{
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction only ends; there is nothing to keep or undo.
    if (m_connection->exec("COMMIT"))
        m_owner.giveBack(std::move(m_connection));
}

// ---- ServerStore -----------------------------------------------------------------------------

ServerStore::ServerStore(fs::path dir, std::unique_ptr<SqlConnection> writer, Connect connect)
    : m_dir(std::move(dir))
    , m_writer(std::move(writer))
    , m_connect(std::move(connect))
{
}

ServerStore::~ServerStore() = default;

StoreResult<std::unique_ptr<ServerStore>> ServerStore::create(const fs::path& dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return makeError(StoreErrorCode::Io, "create data folder: " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (fs::exists(dir / DatabaseFileName))
        return makeError(StoreErrorCode::AlreadyExists, "a server store is already in this folder");
    const auto key = storage::SecretKey::random();
    if (auto status = server_key_file::write(dir / KeyFileName, key); !status)
        return status.error();
    auto removeOnFailure = [&dir](StoreError error) -> StoreResult<std::unique_ptr<ServerStore>> {
        std::error_code ignored;
        for (const char* name : { DatabaseFileName, KeyFileName, "server.db-wal", "server.db-shm" })
            fs::remove(dir / name, ignored);
        return error;
    };
    auto db = Database::open((dir / DatabaseFileName).string(), true);
    if (!db)
        return removeOnFailure(db.error());
    if (auto status = storage::applyKey(*db, key, CipherPageSize); !status)
        return removeOnFailure(status.error());
    if (auto status = db->exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !status)
        return removeOnFailure(status.error());
    if (auto status = configure(*db); !status)
        return removeOnFailure(status.error());
    {
        SqliteConnection connection(std::move(*db));
        if (auto status = migrateServerSchema(connection); !status)
            return removeOnFailure(status.error());
    }
    return open(dir);
}

namespace {

StoreResult<std::unique_ptr<SqlConnection>> connectEmbedded(
    const fs::path& file, const storage::SecretKey& key)
{
    auto db = Database::open(file.string(), false);
    if (!db)
        return db.error();
    if (auto status = storage::keyAndVerify(*db, key, ServerStore::CipherPageSize); !status)
        return status.error();
    if (auto status = configure(*db); !status)
        return status.error();
    return std::unique_ptr<SqlConnection>(new SqliteConnection(std::move(*db)));
}

StoreResult<std::unique_ptr<SqlConnection>> connectPostgres(const std::string& conninfo)
{
    auto connection = PostgresConnection::connect(conninfo);
    if (!connection)
        return connection.error();
    return std::unique_ptr<SqlConnection>(std::move(*connection));
}

} // namespace

StoreResult<std::unique_ptr<ServerStore>> ServerStore::open(const fs::path& dir)
{
    if (!fs::exists(dir / DatabaseFileName))
        return makeError(
            StoreErrorCode::NotFound, "no server store in this folder (run: yokoten-server init)");
    auto key = server_key_file::read(dir / KeyFileName);
    if (!key)
        return key.error();
    auto db = Database::open((dir / DatabaseFileName).string(), false);
    if (!db)
        return db.error();
    if (auto status = storage::keyAndVerify(*db, *key, CipherPageSize); !status)
        return status.error();
    auto applicationId = db->queryInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    if (*applicationId != kApplicationId)
        return makeError(StoreErrorCode::NotAStore, "not a Yokoten server store");
    if (auto status = configure(*db); !status)
        return status.error();
    auto writer = std::make_unique<SqliteConnection>(std::move(*db));
    if (auto status = migrateServerSchema(*writer); !status)
        return status.error();
    auto serverId = readMeta(*writer, "server_id");
    if (!serverId)
        return serverId.error();
    const fs::path file = dir / DatabaseFileName;
    auto connect = [file, sharedKey = std::make_shared<storage::SecretKey>(std::move(*key))] {
        return connectEmbedded(file, *sharedKey);
    };
    std::unique_ptr<ServerStore> opened(new ServerStore(dir, std::move(writer), std::move(connect)));
    opened->m_serverId = *serverId;
    return opened;
}

StoreResult<std::unique_ptr<ServerStore>> ServerStore::createPostgres(const std::string& conninfo)
{
    auto writer = connectPostgres(conninfo);
    if (!writer)
        return writer.error();
    auto version = serverSchemaVersion(**writer);
    if (!version)
        return version.error();
    if (*version > 0)
        return makeError(StoreErrorCode::AlreadyExists, "a server store is already in this database");
    if (auto status = migrateServerSchema(**writer); !status)
        return status.error();
    writer->reset();
    return openPostgres(conninfo);
}

StoreResult<std::unique_ptr<ServerStore>> ServerStore::openPostgres(const std::string& conninfo)
{
    auto writer = connectPostgres(conninfo);
    if (!writer)
        return writer.error();
    auto version = serverSchemaVersion(**writer);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(StoreErrorCode::NotFound,
            "no server store in this database (run: yokoten-server init --store …)");
    if (auto status = migrateServerSchema(**writer); !status)
        return status.error();
    auto serverId = readMeta(**writer, "server_id");
    if (!serverId)
        return serverId.error();
    auto connect = [conninfo] { return connectPostgres(conninfo); };
    std::unique_ptr<ServerStore> opened(new ServerStore({}, std::move(*writer), std::move(connect)));
    opened->m_serverId = *serverId;
    return opened;
}

StoreStatus ServerStore::checkIntegrity()
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    const bool sqlite = dialect() == SqlConnection::Dialect::Sqlite;
    auto stmt = (*snapshot)->db().prepare(sqlite ? "PRAGMA quick_check" : "SELECT 'ok'");
    if (!stmt)
        return stmt.error();
    const auto step = (*stmt)->step();
    if (step == SqlStatement::Step::Error) {
        auto error = (*stmt)->lastError("quick_check");
        // A page that does not decrypt stops the check itself: that is damage too.
        if (error.code != storage::StoreErrorCode::Busy)
            error.code = storage::StoreErrorCode::Corrupt;
        return error;
    }
    const std::string first = step == SqlStatement::Step::Row ? (*stmt)->columnText(0) : std::string();
    if (first != "ok")
        return storage::makeError(storage::StoreErrorCode::Corrupt, "quick_check: " + first.substr(0, 200));
    return {};
}

int ServerStore::schemaVersion() const
{
    return latestServerSchemaVersion();
}

StoreResult<std::unique_ptr<WriteTransaction>> ServerStore::write()
{
    std::unique_lock lock(m_writerMutex);
    if (auto status = m_writer->beginWrite(); !status) {
        (void)m_writer->exec("ROLLBACK");
        return status.error();
    }
    return std::unique_ptr<WriteTransaction>(new WriteTransaction(*m_writer, std::move(lock)));
}

StoreResult<std::unique_ptr<ReadSnapshot>> ServerStore::read()
{
    std::unique_ptr<SqlConnection> db;
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            db = std::move(m_pool.back());
            m_pool.pop_back();
        }
    }
    if (!db) {
        auto connected = m_connect();
        if (!connected)
            return connected.error();
        db = std::move(*connected);
    }
    if (auto status = db->beginRead(); !status)
        return status.error();
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(*this, std::move(db)));
}

void ServerStore::giveBack(std::unique_ptr<SqlConnection> db)
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool.size() < 16)
        m_pool.push_back(std::move(db));
}

} // namespace yk::server
