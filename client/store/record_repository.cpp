#include "record_repository.h"

#include "record_kinds.h"
#include "relations.h"

#include "timestamps.h"

namespace yk::store {

namespace {

} // namespace

RecordRepository::RecordRepository(Database& db)
    : m_db(db)
{
}

StoreStatus RecordRepository::putRow(const char* sql, std::string_view id, std::int64_t serverVersion,
    const std::vector<std::pair<int, std::string>>& textColumns,
    const std::vector<std::pair<int, std::int64_t>>& intColumns, const std::string& payload, int payloadIndex)
{
    if (id.empty())
        return makeError(StoreErrorCode::InvalidArgument, "record without id");
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, serverVersion);
    for (const auto& [index, value] : textColumns)
        (*stmt)->bind(index, value);
    for (const auto& [index, value] : intColumns)
        (*stmt)->bind(index, value);
    (*stmt)->bindBlob(payloadIndex, payload);
    return (*stmt)->run();
}

// INSERT OR REPLACE is the upsert of SQLite 3.15 (no ON CONFLICT DO UPDATE); these tables
// have no dependants keyed on rowid, so replacing the row is safe.

StoreStatus RecordRepository::put(const yokoten::v1::Organisation& r)
{
    return putRow("INSERT OR REPLACE INTO organisations (id, server_version, name, parent_id, kind, "
                  "prefecture_code, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        r.id(), r.server_version(), { { 3, r.name() }, { 4, r.parent_id() } },
        { { 5, r.kind() }, { 6, r.prefecture_code() } }, r.SerializeAsString(), 7);
}

StoreStatus RecordRepository::put(const yokoten::v1::User& r)
{
    return putRow("INSERT OR REPLACE INTO users (id, server_version, organisation_id, login, payload) "
                  "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.organisation_id() }, { 4, r.login() } }, {},
        r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::Seminar& r)
{
    return putRow("INSERT OR REPLACE INTO seminars (id, server_version, organiser_org_id, title, "
                  "prefecture_code, kind, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        r.id(), r.server_version(), { { 3, r.organiser_org_id() }, { 4, r.title() } },
        { { 5, r.prefecture_code() }, { 6, r.kind() } }, r.SerializeAsString(), 7);
}

StoreStatus RecordRepository::put(const yokoten::v1::SeminarSession& r)
{
    // The session and the models it shows change together (a savepoint nests in a sync
    // page's transaction).
    auto savepoint = Savepoint::begin(m_db);
    if (!savepoint)
        return savepoint.error();
    auto status = putRow(
        "INSERT OR REPLACE INTO seminar_sessions (id, server_version, seminar_id, starts_at, "
        "capacity, registration_deadline, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        r.id(), r.server_version(), { { 3, r.seminar_id() } },
        { { 4, toMillis(r.starts_at()) }, { 5, r.capacity() }, { 6, toMillis(r.registration_deadline()) } },
        r.SerializeAsString(), 7);
    if (!status)
        return status;
    if (auto linked = RelationRepository::linkSession(m_db, r); !linked)
        return linked;
    return (*savepoint)->release();
}

StoreStatus RecordRepository::put(const yokoten::v1::Registration& r)
{
    return putRow("INSERT OR REPLACE INTO registrations (id, server_version, session_id, user_id, status, "
                  "payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        r.id(), r.server_version(), { { 3, r.session_id() }, { 4, r.user_id() } }, { { 5, r.status() } },
        r.SerializeAsString(), 6);
}

StoreStatus RecordRepository::put(const yokoten::v1::CheckIn& r)
{
    return putRow(
        "INSERT OR REPLACE INTO check_ins (id, server_version, nonce, ticket_id, session_id, payload) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        r.id(), r.server_version(), { { 3, r.nonce() }, { 4, r.ticket_id() }, { 5, r.session_id() } }, {},
        r.SerializeAsString(), 6);
}

StoreStatus RecordRepository::put(const yokoten::v1::EquipmentModel& r)
{
    return putRow("INSERT OR REPLACE INTO equipment_models (id, server_version, name, area, payload) "
                  "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.name() } }, { { 4, r.area() } }, r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::EquipmentUnit& r)
{
    return putRow("INSERT OR REPLACE INTO equipment_units (id, server_version, model_id, status, payload) "
                  "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.model_id() } }, { { 4, r.status() } }, r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::LoanRequest& r)
{
    return putRow("INSERT OR REPLACE INTO loan_requests (id, server_version, model_id, requester_org_id, "
                  "from_date, to_date, state, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        r.id(), r.server_version(),
        { { 3, r.model_id() }, { 4, r.requester_org_id() }, { 5, r.from_date() }, { 6, r.to_date() } },
        { { 7, r.state() } }, r.SerializeAsString(), 8);
}

StoreStatus RecordRepository::put(const yokoten::v1::AssessmentTemplate& r)
{
    return putRow(
        "INSERT OR REPLACE INTO assessment_templates (id, server_version, family, version, payload) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.family() } }, { { 4, r.version() } }, r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::AssessmentResponse& r)
{
    return putRow("INSERT OR REPLACE INTO assessment_responses (id, server_version, template_id, "
                  "organisation_id, state, submitted_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        r.id(), r.server_version(), { { 3, r.template_id() }, { 4, r.organisation_id() } },
        { { 5, r.state() }, { 6, toMillis(r.submitted_at()) } }, r.SerializeAsString(), 7);
}

StoreStatus RecordRepository::put(const yokoten::v1::VisitorEntry& r)
{
    return putRow("INSERT OR REPLACE INTO visitor_entries (id, server_version, kind, session_id, entered_at, "
                  "matched_org_id, outcome, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        r.id(), r.server_version(), { { 4, r.session_id() }, { 6, r.matched_org_id() } },
        { { 3, r.kind() }, { 5, toMillis(r.entered_at()) }, { 7, r.outcome() } }, r.SerializeAsString(), 8);
}

StoreStatus RecordRepository::put(const yokoten::v1::Consultation& r)
{
    return putRow("INSERT OR REPLACE INTO consultations (id, server_version, organisation_id, state, "
                  "follow_up_date, opened_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        r.id(), r.server_version(), { { 3, r.organisation_id() }, { 5, r.follow_up_date() } },
        { { 4, r.state() }, { 6, toMillis(r.opened_at()) } }, r.SerializeAsString(), 7);
}

StoreStatus RecordRepository::put(const yokoten::v1::SupportProgramme& r)
{
    return putRow(
        "INSERT OR REPLACE INTO programmes (id, server_version, prefecture_code, fiscal_year, payload) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), {}, { { 3, r.prefecture_code() }, { 4, r.fiscal_year() } },
        r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::ProgrammeParticipation& r)
{
    return putRow("INSERT OR REPLACE INTO participations (id, server_version, programme_id, organisation_id, "
                  "state, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        r.id(), r.server_version(), { { 3, r.programme_id() }, { 4, r.organisation_id() } },
        { { 5, r.state() } }, r.SerializeAsString(), 6);
}

StoreStatus RecordRepository::put(const yokoten::v1::Adoption& r)
{
    return putRow(
        "INSERT OR REPLACE INTO adoptions (id, server_version, organisation_id, adopted_on, payload) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.organisation_id() }, { 4, r.adopted_on() } }, {},
        r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::Notice& r)
{
    // A notice not yet sent has no publication time: it sorts first, as the newest.
    const std::int64_t published = r.has_published_at() ? toMillis(r.published_at()) : INT64_MAX;
    return putRow("INSERT OR REPLACE INTO notices (id, server_version, sender_org_id, published_at, payload) "
                  "VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 3, r.sender_org_id() } }, { { 4, published } }, r.SerializeAsString(),
        5);
}

StoreStatus RecordRepository::put(const yokoten::v1::SupportMenuEntry& r)
{
    return putRow(
        "INSERT OR REPLACE INTO support_menu_entries (id, server_version, prefecture_code, apply_until, "
        "payload) VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 4, r.apply_until() } }, { { 3, r.prefecture_code() } },
        r.SerializeAsString(), 5);
}

StoreStatus RecordRepository::put(const yokoten::v1::IndicatorSheet& r)
{
    return putRow("INSERT OR REPLACE INTO indicator_sheets (id, server_version, prefecture_code, "
                  "municipality_id, payload) VALUES (?1, ?2, ?3, ?4, ?5)",
        r.id(), r.server_version(), { { 4, r.municipality_id() } }, { { 3, r.prefecture_code() } },
        r.SerializeAsString(), 5);
}

StoreResult<std::optional<std::string>> RecordRepository::payloadOf(const char* table, std::string_view id)
{
    auto stmt = m_db.cached(std::string("SELECT payload FROM ") + table + " WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    switch ((*stmt)->step()) {
    case Statement::Step::Done:
        return std::optional<std::string>();
    case Statement::Step::Error:
        return (*stmt)->lastError("read record");
    case Statement::Step::Row:
        break;
    }
    std::string payload = (*stmt)->columnBlob(0);
    (*stmt)->reset();
    return std::optional<std::string>(std::move(payload));
}

StoreResult<std::vector<std::string>> RecordRepository::payloadsOf(const char* table, const char* orderBy)
{
    auto stmt = m_db.cached(std::string("SELECT payload FROM ") + table + " ORDER BY " + orderBy);
    if (!stmt)
        return stmt.error();
    return storage::collectRows<std::string>(
        **stmt, "list records", [](Statement& row) { return row.columnBlob(0); });
}

StoreResult<std::vector<std::string>> RecordRepository::payloadsWhere(
    const char* table, const char* column, std::string_view value, const char* orderBy)
{
    auto stmt = m_db.cached(
        std::string("SELECT payload FROM ") + table + " WHERE " + column + " = ?1 ORDER BY " + orderBy);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, value);
    return storage::collectRows<std::string>(
        **stmt, "query records", [](Statement& row) { return row.columnBlob(0); });
}

StoreResult<std::vector<yokoten::v1::Registration>> RecordRepository::registrationsOfSession(
    std::string_view sessionId)
{
    return where<yokoten::v1::Registration>("session_id", sessionId, "id");
}

StoreResult<std::vector<yokoten::v1::Registration>> RecordRepository::registrationsOfUser(
    std::string_view userId)
{
    return where<yokoten::v1::Registration>("user_id", userId, "session_id, id");
}

StoreResult<std::vector<yokoten::v1::CheckIn>> RecordRepository::checkInsOfSession(std::string_view sessionId)
{
    return where<yokoten::v1::CheckIn>("session_id", sessionId, "id");
}

StoreResult<std::vector<yokoten::v1::EquipmentUnit>> RecordRepository::unitsOfModel(std::string_view modelId)
{
    return where<yokoten::v1::EquipmentUnit>("model_id", modelId, "id");
}

StoreResult<std::vector<yokoten::v1::LoanRequest>> RecordRepository::loansRequestedBy(
    std::string_view organisationId)
{
    return where<yokoten::v1::LoanRequest>("requester_org_id", organisationId, "from_date, id");
}

StoreResult<std::vector<yokoten::v1::AssessmentResponse>> RecordRepository::responsesOfOrganisation(
    std::string_view organisationId)
{
    return where<yokoten::v1::AssessmentResponse>("organisation_id", organisationId, "submitted_at, id");
}

StoreResult<std::vector<yokoten::v1::Consultation>> RecordRepository::consultationsOf(
    std::string_view organisationId)
{
    return where<yokoten::v1::Consultation>("organisation_id", organisationId, "opened_at DESC, id");
}

StoreResult<std::vector<yokoten::v1::SeminarSession>> RecordRepository::sessionsOfSeminar(
    std::string_view seminarId)
{
    return where<yokoten::v1::SeminarSession>("seminar_id", seminarId, "starts_at, id");
}

StoreResult<std::vector<yokoten::v1::ProgrammeParticipation>> RecordRepository::participationsOfProgramme(
    std::string_view programmeId)
{
    return where<yokoten::v1::ProgrammeParticipation>("programme_id", programmeId, "state, id");
}

StoreResult<std::vector<yokoten::v1::ProgrammeParticipation>> RecordRepository::participationsOf(
    std::string_view organisationId)
{
    return where<yokoten::v1::ProgrammeParticipation>("organisation_id", organisationId, "id");
}

int RecordRepository::prefectureOf(std::string_view organisationId)
{
    auto org = find<yokoten::v1::Organisation>(organisationId);
    return org && *org ? (*org)->prefecture_code() : 0;
}

StoreResult<std::vector<yokoten::v1::Adoption>> RecordRepository::adoptionsOf(std::string_view organisationId)
{
    return where<yokoten::v1::Adoption>("organisation_id", organisationId, "adopted_on, id");
}

StoreResult<std::vector<yokoten::v1::Consultation>> RecordRepository::consultationsNewestFirst()
{
    return parseAll<yokoten::v1::Consultation>(payloadsOf("consultations", "opened_at DESC, id"));
}

StoreResult<std::vector<yokoten::v1::VisitorEntry>> RecordRepository::visitorEntriesNewestFirst(
    std::string_view sessionId)
{
    if (sessionId.empty())
        return parseAll<yokoten::v1::VisitorEntry>(payloadsOf("visitor_entries", "entered_at DESC, id"));
    return where<yokoten::v1::VisitorEntry>("session_id", sessionId, "entered_at DESC, id");
}

StoreResult<std::vector<yokoten::v1::VisitorEntry>> RecordRepository::visitorEntriesMatchedTo(
    std::string_view organisationId)
{
    return where<yokoten::v1::VisitorEntry>("matched_org_id", organisationId, "entered_at DESC, id");
}

StoreStatus RecordRepository::removeFrom(const char* table, std::string_view id)
{
    auto stmt = m_db.cached(std::string("DELETE FROM ") + table + " WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, id).run();
}

StoreResult<std::optional<std::string>> RecordRepository::payloadOf(
    yokoten::v1::RecordKind kind, std::string_view id)
{
    const auto* spec = proto::specOf(kind);
    if (spec == nullptr || kind == yokoten::v1::RECORD_KIND_CASE)
        return makeError(StoreErrorCode::InvalidArgument, "not a record kind of this repository");
    // Table names come from the declaration of the kind, never from input.
    return payloadOf(std::string(spec->table).c_str(), id);
}

StoreStatus RecordRepository::remove(yokoten::v1::RecordKind kind, std::string_view id)
{
    const auto* spec = proto::specOf(kind);
    if (spec == nullptr || kind == yokoten::v1::RECORD_KIND_CASE)
        return makeError(StoreErrorCode::InvalidArgument, "not a record kind of this repository");
    if (kind == yokoten::v1::RECORD_KIND_SEMINAR_SESSION) {
        if (auto status = RelationRepository::unlinkSession(m_db, id); !status)
            return status;
    }
    return removeFrom(std::string(spec->table).c_str(), id);
}

StoreResult<std::vector<std::pair<std::string, std::int64_t>>> RecordRepository::counts()
{
    std::vector<std::pair<std::string, std::int64_t>> result;
    for (const auto& spec : proto::recordKinds()) {
        const std::string table(spec.table);
        auto n = m_db.queryInt("SELECT count(*) FROM " + table);
        if (!n)
            return n.error();
        result.emplace_back(table, *n);
    }
    return result;
}

} // namespace yk::store
