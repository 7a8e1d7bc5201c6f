#include "server_schema.h"

#include "store/cipher.h"

#include <array>
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

constexpr std::array kSteps { kStep1 };

} // namespace

int latestServerSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

store::StoreStatus migrateServerSchema(store::Database& db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    for (auto step = *version; step < latestServerSchemaVersion(); ++step) {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto status = db.exec(kSteps[static_cast<std::size_t>(step)]); !status)
            return status;
        if (step == 0) {
            auto stmt = db.prepare("INSERT INTO meta(key, value) VALUES ('server_id', ?)");
            if (!stmt)
                return stmt.error();
            stmt->bind(1, store::newUuid());
            if (auto status = stmt->run(); !status)
                return status;
        }
        if (auto status = db.exec("PRAGMA user_version = " + std::to_string(step + 1)); !status)
            return status;
        if (auto status = (*tx)->commit(); !status)
            return status;
    }
    return {};
}

} // namespace yk::server
