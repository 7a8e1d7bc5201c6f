#include "migrations.h"

#include "case_repository.h"
#include "relations.h"

#include <string>

namespace yk::store {

namespace {

// Each record table keeps the columns that queries filter or sort on, and the whole record
// as the serialized protobuf message in `payload`: the wire format is the storage format, so
// a field added to a message needs no migration until something has to query it.
// `docid INTEGER PRIMARY KEY` gives cases a stable integer key for the full-text index
// (an implicit rowid may be renumbered by VACUUM).
constexpr const char* kCoreSchema = R"sql(
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    prefecture_code INTEGER NOT NULL,
    parent_id TEXT,
    payload BLOB NOT NULL
);
CREATE INDEX organisations_by_prefecture ON organisations(prefecture_code, kind);
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    organisation_id TEXT NOT NULL,
    login TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE cases (
    docid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    server_version INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 0,
    owner_org_id TEXT NOT NULL,
    owner_org_name TEXT NOT NULL,
    prefecture_code INTEGER NOT NULL,
    category INTEGER NOT NULL,
    state INTEGER NOT NULL,
    publication_scope INTEGER NOT NULL,
    fiscal_year INTEGER NOT NULL,
    title TEXT NOT NULL,
    updated_at INTEGER NOT NULL DEFAULT 0
);
-- The record itself lives apart from its list columns: a search joins thousands of
-- candidate rows to `cases`, and on an encrypted store every page it touches is decrypted,
-- so list rows stay a few hundred bytes instead of carrying ~6 KB of sections each.
CREATE TABLE case_payloads (
    docid INTEGER PRIMARY KEY,
    payload BLOB NOT NULL
);
CREATE INDEX cases_by_category ON cases(category, updated_at);
CREATE INDEX cases_by_prefecture ON cases(prefecture_code, updated_at);
CREATE INDEX cases_by_updated ON cases(updated_at);
CREATE TABLE case_equipment_areas (
    case_docid INTEGER NOT NULL,
    area INTEGER NOT NULL,
    PRIMARY KEY (area, case_docid)
) WITHOUT ROWID;
CREATE INDEX case_equipment_areas_by_case ON case_equipment_areas(case_docid);
CREATE TABLE case_service_types (
    case_docid INTEGER NOT NULL,
    service_type INTEGER NOT NULL,
    PRIMARY KEY (service_type, case_docid)
) WITHOUT ROWID;
CREATE INDEX case_service_types_by_case ON case_service_types(case_docid);
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB
);
CREATE TABLE seminars (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    organiser_org_id TEXT NOT NULL,
    prefecture_code INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    title TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE seminar_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    seminar_id TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    registration_deadline INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX seminar_sessions_by_seminar ON seminar_sessions(seminar_id, starts_at);
CREATE INDEX seminar_sessions_by_start ON seminar_sessions(starts_at);
CREATE TABLE registrations (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    session_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX registrations_by_session ON registrations(session_id, status);
CREATE TABLE check_ins (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    nonce TEXT NOT NULL UNIQUE,
    ticket_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE equipment_models (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    area INTEGER NOT NULL,
    name TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX equipment_models_by_area ON equipment_models(area, name);
CREATE TABLE equipment_units (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    model_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX equipment_units_by_model ON equipment_units(model_id);
CREATE TABLE loan_requests (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    model_id TEXT NOT NULL,
    requester_org_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX loan_requests_by_model ON loan_requests(model_id, from_date);
CREATE TABLE assessment_templates (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    family TEXT NOT NULL,
    version INTEGER NOT NULL,
    payload BLOB NOT NULL,
    UNIQUE (family, version)
);
CREATE TABLE assessment_responses (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    template_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    submitted_at INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL
);
CREATE INDEX assessment_responses_by_org ON assessment_responses(organisation_id, submitted_at);
)sql";

// Japanese full-text search over cases: NFKC-folded text in case_search, indexed as
// overlapping bigrams by the yk_bigram tokenizer (japanese_text.h) in two external-content
// FTS4 tables: one over titles alone, one over all of a case's text (title included, so a
// query whose words are split between title and body still matches). order=DESC stores
// doclists newest docid first, so "newest matches first, LIMIT n" reads doclists
// incrementally and stops early instead of loading and ranking every match.
constexpr const char* kSearchSchema = R"sql(
CREATE TABLE case_search (
    docid INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    fulltext TEXT NOT NULL
);
CREATE VIRTUAL TABLE case_title_fts USING fts4(content="case_search", title, tokenize=yk_bigram, order=DESC);
CREATE VIRTUAL TABLE case_fts USING fts4(content="case_search", fulltext, tokenize=yk_bigram, order=DESC);
)sql";

// Offline-first sync (docs/architecture.md, "Sync engine"). The record tables above hold the
// server's records with the device's pending changes applied on top; `overlay_base` keeps
// the server's copy of every record a pending change touched (payload NULL: the server has
// none), so that a pull or a push answer can put the server's truth back and re-apply what
// is still pending. `outbox` holds the pending mutations in the order they were made;
// `mutation_outcomes` what the server decided about sent ones (rejections with reasons).
constexpr const char* kSyncSchema = R"sql(
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    target_kind INTEGER NOT NULL,
    target_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    mutation BLOB NOT NULL
);
CREATE INDEX outbox_by_target ON outbox(target_kind, target_id);
CREATE TABLE overlay_base (
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    payload BLOB,
    PRIMARY KEY (kind, id)
);
CREATE TABLE mutation_outcomes (
    seq INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    target_kind INTEGER NOT NULL,
    target_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    reason_code TEXT NOT NULL,
    message_ja TEXT NOT NULL,
    message_en TEXT NOT NULL,
    decided_at INTEGER NOT NULL
);
CREATE INDEX mutation_outcomes_by_target ON mutation_outcomes(target_kind, target_id);
CREATE TABLE assessment_drafts (
    id TEXT PRIMARY KEY NOT NULL,
    template_id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE attachment_transfers (
    sha256 TEXT PRIMARY KEY NOT NULL,
    direction INTEGER NOT NULL,
    size_bytes INTEGER NOT NULL,
    done_bytes INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    queued_at INTEGER NOT NULL
);
CREATE TABLE attachment_parts (
    sha256 TEXT NOT NULL,
    offset INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, offset)
);
)sql";

// What visitors leave at an exhibition kiosk and attendees' seminar questionnaires. On a
// kiosk a row lives only while its mutation is pending (kiosks are write-only for visitor
// data: the engine deletes it once the server answered); centre staff and phones keep the
// entries they may see.
constexpr const char* kVisitorSchema = R"sql(
CREATE TABLE visitor_entries (
    id TEXT PRIMARY KEY NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    kind INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    entered_at INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL
);
CREATE INDEX visitor_entries_by_session ON visitor_entries(session_id, entered_at);
)sql";

// The app's screens read one session's check-ins, one user's registrations and one
// organisation's loan requests (RecordRepository's queries); these make them index look-ups.
constexpr const char* kQueryIndexes = R"sql(
CREATE INDEX check_ins_by_session ON check_ins(session_id);
CREATE INDEX registrations_by_user ON registrations(user_id);
CREATE INDEX loan_requests_by_requester ON loan_requests(requester_org_id, from_date);
)sql";

// Cases ↔ equipment models ↔ seminar sessions, both ways (RelationRepository). A model page
// walks case_models' key backwards (newest first) and joins cases by docid; `improvement` is
// the first figure's relative change, so counts and the typical effect need no payload;
// cases.facility_capacity lets a size filter skip a row without reading its payload.
constexpr const char* kRelationSchema = R"sql(
ALTER TABLE cases ADD COLUMN facility_capacity INTEGER NOT NULL DEFAULT 0;
CREATE TABLE case_models (
    model_id TEXT NOT NULL,
    case_docid INTEGER NOT NULL,
    improvement REAL,
    PRIMARY KEY (model_id, case_docid)
) WITHOUT ROWID;
CREATE INDEX case_models_by_case ON case_models(case_docid);
CREATE TABLE session_models (
    model_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    PRIMARY KEY (model_id, session_id)
) WITHOUT ROWID;
CREATE INDEX session_models_by_session ON session_models(session_id);
)sql";

// The centre's desk: consultations by facility (a support record), by state and follow-up
// date (the desk's lists); visitor entries by their matched facility and whether handled.
constexpr const char* kDeskSchema = R"sql(
CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    organisation_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    follow_up_date TEXT NOT NULL DEFAULT '',
    opened_at INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL
);
CREATE INDEX consultations_by_organisation ON consultations(organisation_id, opened_at);
CREATE INDEX consultations_by_opened ON consultations(opened_at);
ALTER TABLE visitor_entries ADD COLUMN matched_org_id TEXT NOT NULL DEFAULT '';
ALTER TABLE visitor_entries ADD COLUMN outcome INTEGER NOT NULL DEFAULT 0;
CREATE INDEX visitor_entries_by_matched ON visitor_entries(matched_org_id, entered_at);
CREATE INDEX visitor_entries_by_entered ON visitor_entries(entered_at);
)sql";

// From trial to lasting use: programmes by prefecture and fiscal year, a facility's part in
// them by programme and by facility (its support record), adoptions by facility.
constexpr const char* kFollowUpSchema = R"sql(
CREATE TABLE programmes (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    prefecture_code INTEGER NOT NULL,
    fiscal_year INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE participations (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    programme_id TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    state INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX participations_by_programme ON participations(programme_id, state);
CREATE INDEX participations_by_organisation ON participations(organisation_id);
CREATE TABLE adoptions (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    organisation_id TEXT NOT NULL,
    adopted_on TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX adoptions_by_organisation ON adoptions(organisation_id, adopted_on);
)sql";

// Notices (お知らせ): by publication time; which of them each user of the device has read (a
// device's own state: the server counts organisations, never users).
constexpr const char* kNoticeSchema = R"sql(
CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    sender_org_id TEXT NOT NULL,
    published_at INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL
);
CREATE INDEX notices_by_published ON notices(published_at);
CREATE TABLE notice_reads (
    notice_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    read_at INTEGER NOT NULL,
    PRIMARY KEY (notice_id, user_id)
) WITHOUT ROWID;
)sql";

// The support menu: entries by prefecture, newest deadline last.
constexpr const char* kSupportMenuSchema = R"sql(
CREATE TABLE support_menu_entries (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    prefecture_code INTEGER NOT NULL,
    apply_until TEXT NOT NULL DEFAULT '',
    payload BLOB NOT NULL
);
CREATE INDEX support_menu_entries_by_prefecture ON support_menu_entries(prefecture_code, apply_until);
)sql";

// Indicators: the sheets the server computes, one per prefecture and municipality (few rows).
constexpr const char* kIndicatorSchema = R"sql(
CREATE TABLE indicator_sheets (
    id TEXT PRIMARY KEY,
    server_version INTEGER NOT NULL DEFAULT 0,
    prefecture_code INTEGER NOT NULL,
    municipality_id TEXT NOT NULL DEFAULT '',
    payload BLOB NOT NULL
);
)sql";

// Case summaries (an attendee phone, a kiosk) leave the full-text tables: a summary's text is
// its title and organisation, scanned at search time from its `cases` row (10,000 summaries
// are about 1 MB of rows, against about 4 MB of bigram index and search text). A summary has
// a row here, holding its folded title and organisation only where folding changes them
// (NULL: the row's own text is already folded). Whole cases keep the FTS4 path. Version 12 is
// another change's number.
constexpr const char* kSummarySearchSchema = R"sql(
CREATE TABLE case_summary_search (
    docid INTEGER PRIMARY KEY,
    title TEXT,
    organisation TEXT
);
)sql";

constexpr Migration kMigrations[] = {
    { 1, "records of the four workflows", kCoreSchema },
    { 2, "Japanese full-text search over cases", kSearchSchema },
    { 3, "offline-first sync: outbox, overlay, sync state, attachment transfers", kSyncSchema },
    { 4, "visitor entries: kiosk visits, loan wishes, questionnaires", kVisitorSchema },
    { 5, "indexes for per-session, per-user and per-organisation queries", kQueryIndexes },
    { 6, "links between cases, equipment models and seminar sessions", kRelationSchema,
        &RelationRepository::rebuild },
    { 7, "the centre's desk: consultations, handled visitor entries", kDeskSchema },
    { 8, "programmes, participations and adoptions", kFollowUpSchema },
    { 9, "notices", kNoticeSchema },
    { 10, "support menu", kSupportMenuSchema },
    { 11, "indicator sheets", kIndicatorSchema },
    { 12, "case summaries searched by title and organisation, outside the full-text index",
        kSummarySearchSchema, &CaseRepository::separateSummaries },
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

StoreStatus migrate(Database& db, int targetVersion)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion())
        return makeError(StoreErrorCode::NewerVersion,
            "store schema " + std::to_string(*current) + " is newer than "
                + std::to_string(latestSchemaVersion()));
    for (const Migration& step : kMigrations) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (auto status = db.exec(step.sql); !status)
            return status;
        if (step.fill != nullptr) {
            if (auto status = step.fill(db); !status)
                return status;
        }
        // PRAGMA takes no parameters; the value is our own integer.
        if (auto status = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !status)
            return status;
        if (auto status = (*transaction)->commit(); !status)
            return status;
    }
    return {};
}

} // namespace yk::store
