#include "envelope_repository.h"

#include "record_kinds.h"

#include <string>

namespace yk::store {

using namespace yokoten::v1;

EnvelopeRepository::EnvelopeRepository(Database& db, CaseRepository& cases, RecordRepository& records)
    : m_db(db)
    , m_cases(cases)
    , m_records(records)
{
}

StoreStatus EnvelopeRepository::put(const Record& record)
{
    switch (record.body_case()) {
    case Record::kOrganisation:
        return m_records.put(record.organisation());
    case Record::kUser:
        return m_records.put(record.user());
    case Record::kGoodPracticeCase:
        return m_cases.putInTransaction(record.good_practice_case());
    case Record::kSeminar:
        return m_records.put(record.seminar());
    case Record::kSeminarSession:
        return m_records.put(record.seminar_session());
    case Record::kRegistration:
        return m_records.put(record.registration());
    case Record::kCheckIn:
        return m_records.put(record.check_in());
    case Record::kEquipmentModel:
        return m_records.put(record.equipment_model());
    case Record::kEquipmentUnit:
        return m_records.put(record.equipment_unit());
    case Record::kLoanRequest:
        return m_records.put(record.loan_request());
    case Record::kAssessmentTemplate:
        return m_records.put(record.assessment_template());
    case Record::kAssessmentResponse:
        return m_records.put(record.assessment_response());
    case Record::kVisitorEntry:
        return m_records.put(record.visitor_entry());
    case Record::kConsultation:
        return m_records.put(record.consultation());
    case Record::kProgramme:
        return m_records.put(record.programme());
    case Record::kParticipation:
        return m_records.put(record.participation());
    case Record::kAdoption:
        return m_records.put(record.adoption());
    case Record::kNotice:
        return m_records.put(record.notice());
    case Record::kSupportMenuEntry:
        return m_records.put(record.support_menu_entry());
    case Record::kIndicatorSheet:
        return m_records.put(record.indicator_sheet());
    case Record::kTombstone:
        return remove(record.tombstone().kind(), record.tombstone().id());
    default:
        return makeError(StoreErrorCode::InvalidArgument, "record envelope without a body");
    }
}

StoreStatus EnvelopeRepository::remove(RecordKind kind, std::string_view id)
{
    if (kind == RECORD_KIND_CASE)
        return m_cases.remove(id);
    if (proto::specOf(kind) == nullptr)
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    return m_records.remove(kind, id);
}

StoreResult<std::optional<Record>> EnvelopeRepository::find(RecordKind kind, std::string_view id)
{
    Record record;
    if (kind == RECORD_KIND_CASE) {
        auto found = m_cases.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<Record>();
        *record.mutable_good_practice_case() = std::move(**found);
        return std::optional<Record>(std::move(record));
    }
    if (proto::specOf(kind) == nullptr)
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    auto payload = m_records.payloadOf(kind, id);
    if (!payload)
        return payload.error();
    if (!*payload)
        return std::optional<Record>();
    if (!proto::setBodyFromPayload(record, kind, **payload))
        return makeError(
            StoreErrorCode::Corrupt, std::string(proto::specOf(kind)->table) + " payload does not parse");
    return std::optional<Record>(std::move(record));
}

StoreResult<std::optional<std::int64_t>> EnvelopeRepository::serverVersion(
    RecordKind kind, std::string_view id)
{
    const auto* spec = proto::specOf(kind);
    if (spec == nullptr)
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    // Table names come from the declaration of the kind, never from input.
    auto stmt = m_db.cached("SELECT server_version FROM " + std::string(spec->table) + " WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read server version");
        (*stmt)->reset();
        return error;
    }
    std::optional<std::int64_t> version;
    if (step == Statement::Step::Row)
        version = (*stmt)->columnInt64(0);
    (*stmt)->reset();
    return version;
}

StoreStatus EnvelopeRepository::removeAll()
{
    // FTS4 of SQLite 3.15 has no 'delete-all': the content table is emptied first, then
    // 'rebuild' re-reads it, which leaves both indexes empty.
    std::string sql = "DELETE FROM case_search;"
                      "INSERT INTO case_fts(case_fts) VALUES('rebuild');"
                      "INSERT INTO case_title_fts(case_title_fts) VALUES('rebuild');"
                      "DELETE FROM case_equipment_areas; DELETE FROM case_service_types;"
                      "DELETE FROM case_models; DELETE FROM session_models;"
                      "DELETE FROM case_payloads; DELETE FROM case_summary_search;";
    for (const auto& spec : proto::recordKinds())
        sql += "DELETE FROM " + std::string(spec.table) + ";";
    sql += "DELETE FROM overlay_base;";
    return m_db.exec(sql);
}

} // namespace yk::store
