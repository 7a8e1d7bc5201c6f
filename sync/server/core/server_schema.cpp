#include "server_schema.h"

#include "storage/cipher.h"

#include <array>
#include <cstdint>
#include <string>

namespace yk::server {

namespace {

// Step 1: records filed by audience, devices and credentials, attachments.
//
// records     every synced record as its yokoten.v1.Record bytes, with the columns the
//             rules query by (parent, owner organisation, prefecture). A rowid table with a
//             unique (kind, id) index, not WITHOUT ROWID: bodies are kilobytes, and keyed by
//             random UUIDs they would scatter page splits and overflow chains over the file
//             (case_revisions likewise).
// audience    one row per (audience, record): the version of the record's last change and
//             whether the audience lost it (deleted = 1). Pulls read it by (audience, version).
//             records.audiences lists the ones a record is in now (newline-separated), so a
//             change finds the rows it leaves by primary key.
// devices     enrolled devices; last_applied_seq makes push idempotent.
// enrolment_codes, credentials, refresh_tokens: secrets are stored as hashes only.
// case_revisions: the revisions of a case that a newer one replaced (the current one is in
//             records): the bases of three-way field merges.
// check_in_nonces: check-ins are idempotent by nonce.
// attachments, attachment_chunks, attachment_refs: content-addressed files, uploaded in
//             chunks; refs say which records point at a file (who may download it).
constexpr const char* kStep1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE records(
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    organisation_id TEXT NOT NULL DEFAULT '',
    prefecture_code INTEGER NOT NULL DEFAULT 0,
    body BLOB NOT NULL,
    audiences TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX records_by_key ON records(kind, id);
CREATE INDEX records_by_parent ON records(kind, parent_id);
CREATE INDEX records_by_prefecture ON records(kind, prefecture_code);
CREATE TABLE audience(
    audience TEXT NOT NULL,
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(audience, kind, id)) WITHOUT ROWID;
CREATE INDEX audience_by_version ON audience(audience, version);
CREATE TABLE devices(
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    secret_hash BLOB NOT NULL,
    enrolled_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_seen_at INTEGER,
    last_applied_seq INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE enrolment_codes(
    code_hash BLOB PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    device_id TEXT) WITHOUT ROWID;
CREATE TABLE credentials(
    user_id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    changed_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE refresh_tokens(
    token_hash BLOB PRIMARY KEY,
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER) WITHOUT ROWID;
CREATE INDEX refresh_tokens_by_device ON refresh_tokens(device_id);
CREATE TABLE case_revisions(
    case_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    body BLOB NOT NULL);
CREATE UNIQUE INDEX case_revisions_by_key ON case_revisions(case_id, revision);
CREATE TABLE check_in_nonces(
    nonce TEXT PRIMARY KEY,
    check_in_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE attachments(
    sha256 TEXT PRIMARY KEY,
    size_bytes INTEGER NOT NULL,
    received_bytes INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    uploader_device_id TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE TABLE attachment_chunks(
    sha256 TEXT NOT NULL,
    offset INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(sha256, offset)) WITHOUT ROWID;
CREATE TABLE attachment_refs(
    sha256 TEXT NOT NULL,
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY(sha256, kind, id)) WITHOUT ROWID;
CREATE INDEX attachment_refs_by_record ON attachment_refs(kind, id);
INSERT INTO meta(key, value) VALUES ('change_version', '0');
)SQL";

// The same step for PostgreSQL: 64-bit integers, BYTEA for blobs, and byte-order ("C")
// collation on text, so that ORDER BY id pages exactly as SQLite's does. Heap tables with a
// primary key index stand in for SQLite's WITHOUT ROWID.
constexpr const char* kStep1Postgres = R"SQL(
CREATE TABLE meta(key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
CREATE TABLE records(
    kind BIGINT NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    version BIGINT NOT NULL,
    parent_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    organisation_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    prefecture_code BIGINT NOT NULL DEFAULT 0,
    body BYTEA NOT NULL,
    audiences TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE UNIQUE INDEX records_by_key ON records(kind, id);
CREATE INDEX records_by_parent ON records(kind, parent_id);
CREATE INDEX records_by_prefecture ON records(kind, prefecture_code);
CREATE TABLE audience(
    audience TEXT COLLATE "C" NOT NULL,
    kind BIGINT NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    version BIGINT NOT NULL,
    deleted BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY(audience, kind, id));
CREATE INDEX audience_by_version ON audience(audience, version);
CREATE TABLE devices(
    id TEXT COLLATE "C" PRIMARY KEY,
    organisation_id TEXT COLLATE "C" NOT NULL,
    kind BIGINT NOT NULL,
    name TEXT COLLATE "C" NOT NULL DEFAULT '',
    platform TEXT COLLATE "C" NOT NULL DEFAULT '',
    secret_hash BYTEA NOT NULL,
    enrolled_at BIGINT NOT NULL,
    revoked_at BIGINT,
    last_seen_at BIGINT,
    last_applied_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE enrolment_codes(
    code_hash BYTEA PRIMARY KEY,
    organisation_id TEXT COLLATE "C" NOT NULL,
    kind BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    device_id TEXT COLLATE "C");
CREATE TABLE credentials(
    user_id TEXT COLLATE "C" PRIMARY KEY,
    login TEXT COLLATE "C" NOT NULL UNIQUE,
    password_hash TEXT COLLATE "C" NOT NULL,
    changed_at BIGINT NOT NULL);
CREATE TABLE refresh_tokens(
    token_hash BYTEA PRIMARY KEY,
    device_id TEXT COLLATE "C" NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT);
CREATE INDEX refresh_tokens_by_device ON refresh_tokens(device_id);
CREATE TABLE case_revisions(
    case_id TEXT COLLATE "C" NOT NULL,
    revision BIGINT NOT NULL,
    body BYTEA NOT NULL);
CREATE UNIQUE INDEX case_revisions_by_key ON case_revisions(case_id, revision);
CREATE TABLE check_in_nonces(
    nonce TEXT COLLATE "C" PRIMARY KEY,
    check_in_id TEXT COLLATE "C" NOT NULL);
CREATE TABLE attachments(
    sha256 TEXT COLLATE "C" PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    received_bytes BIGINT NOT NULL DEFAULT 0,
    complete BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    uploader_device_id TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE TABLE attachment_chunks(
    sha256 TEXT COLLATE "C" NOT NULL,
    "offset" BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY(sha256, "offset"));
CREATE TABLE attachment_refs(
    sha256 TEXT COLLATE "C" NOT NULL,
    kind BIGINT NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY(sha256, kind, id));
CREATE INDEX attachment_refs_by_record ON attachment_refs(kind, id);
INSERT INTO meta(key, value) VALUES ('change_version', '0');
)SQL";

// Step 2: who made what an idempotent mutation created, so that a replay of it is answered
// with the stored result only to the device or account that sent it first (issue 21: a kiosk
// re-sending another kiosk's registration id got the attendee's details back).
// mutation_origins  (operation, idempotency key: a record id or a check-in nonce) → the
//                   device and user (empty for a device session) that first applied it.
constexpr const char* kStep2 = R"SQL(
CREATE TABLE mutation_origins(
    operation TEXT NOT NULL,
    key TEXT NOT NULL,
    device_id TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(operation, key)) WITHOUT ROWID;
)SQL";

constexpr const char* kStep2Postgres = R"SQL(
CREATE TABLE mutation_origins(
    operation TEXT COLLATE "C" NOT NULL,
    key TEXT COLLATE "C" NOT NULL,
    device_id TEXT COLLATE "C" NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY(operation, key));
)SQL";

// Step 3: which organisations have read a notice (notice_rules.cpp). Only the count leaves the
// server (docs/security.md, "Notices"); the rows let a second reader of the same organisation
// change nothing.
constexpr const char* kStep3 = R"SQL(
CREATE TABLE notice_reads(
    notice_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    PRIMARY KEY(notice_id, organisation_id)) WITHOUT ROWID;
)SQL";

constexpr const char* kStep3Postgres = R"SQL(
CREATE TABLE notice_reads(
    notice_id TEXT COLLATE "C" NOT NULL,
    organisation_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY(notice_id, organisation_id));
)SQL";

struct SchemaStep {
    const char* sqlite;
    const char* postgres;
};

// Numbered steps, the same numbers on both backends; a step is never changed once released.
constexpr std::array kSteps { SchemaStep { kStep1, kStep1Postgres }, SchemaStep { kStep2, kStep2Postgres },
    SchemaStep { kStep3, kStep3Postgres } };

// Takes the lock that keeps two processes from migrating at once (PostgreSQL only: SQLite's
// BEGIN IMMEDIATE is already exclusive) and makes sure the version table is there.
constexpr const char* kPostgresBegin = "BEGIN; SELECT pg_advisory_xact_lock(7305237021); "
                                       "CREATE TABLE IF NOT EXISTS yokoten_schema(version BIGINT NOT NULL); "
                                       "INSERT INTO yokoten_schema(version) SELECT 0 WHERE NOT EXISTS "
                                       "(SELECT 1 FROM yokoten_schema)";

StoreResult<std::int64_t> queryInt(SqlConnection& db, std::string_view sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    const auto step = (*stmt)->step();
    if (step == SqlStatement::Step::Error)
        return (*stmt)->lastError("read schema version");
    return step == SqlStatement::Step::Row ? (*stmt)->columnInt64(0) : 0;
}

StoreStatus insertServerId(SqlConnection& db)
{
    auto stmt = db.prepare("INSERT INTO meta(key, value) VALUES ('server_id', ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, storage::newUuid());
    return (*stmt)->run();
}

StoreStatus migratePostgres(SqlConnection& db)
{
    if (auto status = db.exec(kPostgresBegin); !status) {
        (void)db.exec("ROLLBACK");
        return status;
    }
    auto fail = [&db](StoreError error) -> StoreStatus {
        (void)db.exec("ROLLBACK");
        return error;
    };
    auto version = queryInt(db, "SELECT version FROM yokoten_schema");
    if (!version)
        return fail(version.error());
    if (*version > latestServerSchemaVersion())
        return fail(storage::makeError(storage::StoreErrorCode::NewerVersion,
            "server store schema " + std::to_string(*version) + ", this program knows up to "
                + std::to_string(latestServerSchemaVersion())));
    // All steps in one transaction: PostgreSQL's DDL is transactional, and the processes
    // waiting on the lock see either no step or all of them.
    for (auto step = *version; step < latestServerSchemaVersion(); ++step) {
        if (auto status = db.exec(kSteps[static_cast<std::size_t>(step)].postgres); !status)
            return fail(status.error());
        if (step == 0) {
            if (auto status = insertServerId(db); !status)
                return fail(status.error());
        }
    }
    if (auto status
        = db.exec("UPDATE yokoten_schema SET version = " + std::to_string(latestServerSchemaVersion()));
        !status)
        return fail(status.error());
    return db.exec("COMMIT");
}

StoreStatus migrateSqlite(SqlConnection& db)
{
    auto version = queryInt(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > latestServerSchemaVersion())
        return storage::makeError(storage::StoreErrorCode::NewerVersion,
            "server store schema " + std::to_string(*version) + ", this program knows up to "
                + std::to_string(latestServerSchemaVersion()));
    for (auto step = *version; step < latestServerSchemaVersion(); ++step) {
        if (auto status = db.exec("BEGIN IMMEDIATE"); !status)
            return status;
        auto fail = [&db](StoreError error) -> StoreStatus {
            (void)db.exec("ROLLBACK");
            return error;
        };
        if (auto status = db.exec(kSteps[static_cast<std::size_t>(step)].sqlite); !status)
            return fail(status.error());
        if (step == 0) {
            if (auto status = insertServerId(db); !status)
                return fail(status.error());
        }
        if (auto status = db.exec("PRAGMA user_version = " + std::to_string(step + 1)); !status)
            return fail(status.error());
        if (auto status = db.exec("COMMIT"); !status)
            return fail(status.error());
    }
    return {};
}

} // namespace

int latestServerSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

StoreResult<std::int64_t> serverSchemaVersion(SqlConnection& db)
{
    if (db.dialect() == SqlConnection::Dialect::Sqlite)
        return queryInt(db, "PRAGMA user_version");
    auto exists = queryInt(db,
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'yokoten_schema' "
        "AND schemaname = current_schema()");
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return 0;
    return queryInt(db, "SELECT version FROM yokoten_schema");
}

StoreStatus migrateServerSchema(SqlConnection& db)
{
    return db.dialect() == SqlConnection::Dialect::Sqlite ? migrateSqlite(db) : migratePostgres(db);
}

} // namespace yk::server
