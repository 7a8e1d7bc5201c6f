#pragma once

#include "sql_connection.h"

#include "record_kinds.h"
#include "storage/secret_key.h"
#include "storage/store_error.h"

#include "yokoten/v1/record.pb.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// What the store needs to file a record: its parent (for listByParent), owner organisation
/// and prefecture (for queries), and the audiences that may see it (audience.h).
struct RecordPlacement {
    std::string parentId; ///< session of a registration, model of a unit or loan, template of a response …
    std::string organisationId;
    int prefectureCode = 0;
    std::vector<std::string> audiences;
};

/// One change as a pull sees it.
struct Change {
    yokoten::v1::RecordKind kind = yokoten::v1::RECORD_KIND_UNSPECIFIED;
    std::string id;
    std::int64_t version = 0;
    bool deleted = false; ///< gone, or no longer visible to the audiences asked for
};

/// Queries that work the same inside a read snapshot and inside the write transaction.
class RecordQueries {
public:
    explicit RecordQueries(SqlConnection& db)
        : m_db(db)
    {
    }

    StoreResult<std::optional<yokoten::v1::Record>> find(yokoten::v1::RecordKind kind, std::string_view id);
    /// Records of a kind under one parent, in order of id.
    StoreResult<std::vector<yokoten::v1::Record>> listByParent(
        yokoten::v1::RecordKind kind, std::string_view parentId);
    /// Records of a kind owned by organisations of one prefecture, in order of id.
    StoreResult<std::vector<yokoten::v1::Record>> listByPrefecture(
        yokoten::v1::RecordKind kind, int prefectureCode);
    /// Changes filed under any of `audiences` with a version above `afterVersion`, oldest first.
    /// A record visible through one audience and tombstoned in another counts as visible.
    /// Never splits one version across pages; at most `limit` changes (limit ≥ 1).
    StoreResult<std::vector<Change>> changesSince(
        const std::vector<std::string>& audiences, std::int64_t afterVersion, int limit);
    /// How many distinct records under `audiences` changed after `afterVersion` (progress).
    StoreResult<std::int64_t> countChangesSince(
        const std::vector<std::string>& audiences, std::int64_t afterVersion);
    /// The highest change version committed so far (as this snapshot sees it).
    StoreResult<std::int64_t> currentVersion();
    /// The last mutation seq the server applied for a device; 0 for none.
    StoreResult<std::int64_t> lastAppliedSeq(std::string_view deviceId);

    /// The connection, for the parts of the server that keep their own tables (auth,
    /// attachments, rules). Their SQL must run on both backends (sql_connection.h).
    SqlConnection& db() { return m_db; }

protected:
    SqlConnection& m_db;
};

/// The write transaction: one at a time in the process (a mutex) and across processes
/// (SQLite's write lock, or the change counter's row lock in PostgreSQL). A change version is
/// taken inside it, so versions commit in order and a pull never skips a change that
/// committed late (docs/architecture.md, "Change versions"). Rolls back unless commit()
/// succeeds.
class WriteTransaction : public RecordQueries {
public:
    WriteTransaction(WriteTransaction&&) = delete;
    ~WriteTransaction();

    /// Stores a record (insert or replace), stamps its `server_version` with a new change
    /// version and files it under `placement.audiences`; audiences it leaves get a tombstone.
    StoreResult<std::int64_t> put(yokoten::v1::Record& record, const RecordPlacement& placement);
    /// Deletes a record and leaves a tombstone in every audience that could see it.
    StoreResult<std::int64_t> remove(yokoten::v1::RecordKind kind, std::string_view id);
    /// Every write in this transaction after this call is undone when the savepoint is rolled
    /// back (a rejected mutation inside a batch).
    StoreStatus savepoint();
    StoreStatus releaseSavepoint();
    StoreStatus rollbackToSavepoint();
    StoreStatus setLastAppliedSeq(std::string_view deviceId, std::int64_t seq);
    StoreStatus commit();
    /// Includes the versions taken in this transaction.
    StoreResult<std::int64_t> currentVersion();

private:
    friend class ServerStore;
    WriteTransaction(SqlConnection& db, std::unique_lock<std::mutex> lock);
    StoreResult<std::int64_t> nextVersion();
    /// Sets (or creates) the record's row in one audience: live, or a tombstone.
    StoreStatus fileUnder(std::string_view audience, yokoten::v1::RecordKind kind, std::string_view id,
        std::int64_t version, bool deleted);

    std::unique_lock<std::mutex> m_lock;
    bool m_open = true;
    std::int64_t m_version = -1; ///< last version taken in this transaction; -1 = not read yet
    std::int64_t m_storedVersion = -1;
    std::int64_t m_versionAtSavepoint = -1;
};

/// A read snapshot on a pooled connection; returned to the pool when destroyed.
class ReadSnapshot : public RecordQueries {
public:
    ReadSnapshot(ReadSnapshot&&) = delete;
    ~ReadSnapshot();

private:
    friend class ServerStore;
    ReadSnapshot(class ServerStore& owner, std::unique_ptr<SqlConnection> db);
    ServerStore& m_owner;
    std::unique_ptr<SqlConnection> m_connection;
};

/// The server store, on one of two backends behind SqlConnection:
/// - embedded: one SQLCipher file (`server.db`) keyed with a raw 256-bit key kept in
///   `server.key` (mode 0600) in the data folder; one server process.
/// - PostgreSQL: a database named by a postgresql:// URI, shared by several server processes.
/// Either way one writer connection per process and a pool of reader connections.
class ServerStore {
public:
    static constexpr const char* DatabaseFileName = "server.db";
    static constexpr const char* KeyFileName = "server.key";
    static constexpr std::uint32_t CipherPageSize = 4096;

    /// Creates the key file and an empty store in `dir` (created if missing). Refuses when a
    /// store or key file is already there.
    static StoreResult<std::unique_ptr<ServerStore>> create(const std::filesystem::path& dir);
    /// Opens an existing store; refuses a key file readable by others than its owner.
    static StoreResult<std::unique_ptr<ServerStore>> open(const std::filesystem::path& dir);
    /// Creates the schema in an empty PostgreSQL database (`conninfo`: a libpq URI or
    /// connection string). Refuses a database that already holds a server store.
    static StoreResult<std::unique_ptr<ServerStore>> createPostgres(const std::string& conninfo);
    /// Opens a PostgreSQL server store, bringing its schema up to date (one process at a time).
    static StoreResult<std::unique_ptr<ServerStore>> openPostgres(const std::string& conninfo);

    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    /// Waits for the writer, then starts the store-wide write transaction.
    StoreResult<std::unique_ptr<WriteTransaction>> write();
    /// A consistent snapshot for reading (committed on destruction).
    StoreResult<std::unique_ptr<ReadSnapshot>> read();

    /// SQLite's `PRAGMA quick_check` over the whole embedded store (every page decrypted and
    /// its HMAC checked, b-trees and indexes walked): Corrupt with the first problem it names
    /// (pages and indexes, never contents). On PostgreSQL a plain query, since the database
    /// checks its own pages. Takes about a second per few hundred MB.
    StoreStatus checkIntegrity();

    /// The data folder of an embedded store; empty for PostgreSQL.
    const std::filesystem::path& dir() const { return m_dir; }
    SqlConnection::Dialect dialect() const { return m_writer->dialect(); }
    /// Stable identifier of this server store.
    const std::string& serverId() const { return m_serverId; }
    int schemaVersion() const;

private:
    friend class ReadSnapshot;
    using Connect = std::function<StoreResult<std::unique_ptr<SqlConnection>>()>;
    ServerStore(std::filesystem::path dir, std::unique_ptr<SqlConnection> writer, Connect connect);
    void giveBack(std::unique_ptr<SqlConnection> db);

    std::filesystem::path m_dir;
    std::unique_ptr<SqlConnection> m_writer;
    Connect m_connect;
    std::mutex m_writerMutex;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<SqlConnection>> m_pool;
    std::string m_serverId;
};

/// The kind of a record envelope's body, and the id and server version inside it: the one
/// declaration of record kinds (proto/record_kinds.h).
using proto::idOf;
using proto::kindOf;
using proto::serverVersionOf;
using proto::setServerVersion;

} // namespace yk::server
