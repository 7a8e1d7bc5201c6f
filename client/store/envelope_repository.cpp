#include "envelope_repository.h"

#include <string>

namespace yk::store {

using namespace yokoten::v1;

const char* tableOf(RecordKind kind)
{
    switch (kind) {
    case RECORD_KIND_ORGANISATION:
        return "organisations";
    case RECORD_KIND_USER:
        return "users";
    case RECORD_KIND_CASE:
        return "cases";
    case RECORD_KIND_SEMINAR:
        return "seminars";
    case RECORD_KIND_SEMINAR_SESSION:
        return "seminar_sessions";
    case RECORD_KIND_REGISTRATION:
        return "registrations";
    case RECORD_KIND_CHECK_IN:
        return "check_ins";
    case RECORD_KIND_EQUIPMENT_MODEL:
        return "equipment_models";
    case RECORD_KIND_EQUIPMENT_UNIT:
        return "equipment_units";
    case RECORD_KIND_LOAN_REQUEST:
        return "loan_requests";
    case RECORD_KIND_ASSESSMENT_TEMPLATE:
        return "assessment_templates";
    case RECORD_KIND_ASSESSMENT_RESPONSE:
        return "assessment_responses";
    case RECORD_KIND_VISITOR_ENTRY:
        return "visitor_entries";
    default:
        return nullptr;
    }
}

EnvelopeRepository::EnvelopeRepository(Database& db, CaseRepository& cases, RecordRepository& records)
    : m_db(db)
    , m_cases(cases)
    , m_records(records)
{
}

RecordKind EnvelopeRepository::kindOf(const Record& record)
{
    switch (record.body_case()) {
    case Record::kOrganisation:
        return RECORD_KIND_ORGANISATION;
    case Record::kUser:
        return RECORD_KIND_USER;
    case Record::kGoodPracticeCase:
        return RECORD_KIND_CASE;
    case Record::kSeminar:
        return RECORD_KIND_SEMINAR;
    case Record::kSeminarSession:
        return RECORD_KIND_SEMINAR_SESSION;
    case Record::kRegistration:
        return RECORD_KIND_REGISTRATION;
    case Record::kCheckIn:
        return RECORD_KIND_CHECK_IN;
    case Record::kEquipmentModel:
        return RECORD_KIND_EQUIPMENT_MODEL;
    case Record::kEquipmentUnit:
        return RECORD_KIND_EQUIPMENT_UNIT;
    case Record::kLoanRequest:
        return RECORD_KIND_LOAN_REQUEST;
    case Record::kAssessmentTemplate:
        return RECORD_KIND_ASSESSMENT_TEMPLATE;
    case Record::kAssessmentResponse:
        return RECORD_KIND_ASSESSMENT_RESPONSE;
    case Record::kVisitorEntry:
        return RECORD_KIND_VISITOR_ENTRY;
    case Record::kTombstone:
        return record.tombstone().kind();
    default:
        return RECORD_KIND_UNSPECIFIED;
    }
}

std::string_view EnvelopeRepository::idOf(const Record& record)
{
    switch (record.body_case()) {
    case Record::kOrganisation:
        return record.organisation().id();
    case Record::kUser:
        return record.user().id();
    case Record::kGoodPracticeCase:
        return record.good_practice_case().id();
    case Record::kSeminar:
        return record.seminar().id();
    case Record::kSeminarSession:
        return record.seminar_session().id();
    case Record::kRegistration:
        return record.registration().id();
    case Record::kCheckIn:
        return record.check_in().id();
    case Record::kEquipmentModel:
        return record.equipment_model().id();
    case Record::kEquipmentUnit:
        return record.equipment_unit().id();
    case Record::kLoanRequest:
        return record.loan_request().id();
    case Record::kAssessmentTemplate:
        return record.assessment_template().id();
    case Record::kAssessmentResponse:
        return record.assessment_response().id();
    case Record::kVisitorEntry:
        return record.visitor_entry().id();
    case Record::kTombstone:
        return record.tombstone().id();
    default:
        return {};
    }
}

std::int64_t EnvelopeRepository::serverVersionOf(const Record& record)
{
    switch (record.body_case()) {
    case Record::kOrganisation:
        return record.organisation().server_version();
    case Record::kUser:
        return record.user().server_version();
    case Record::kGoodPracticeCase:
        return record.good_practice_case().server_version();
    case Record::kSeminar:
        return record.seminar().server_version();
    case Record::kSeminarSession:
        return record.seminar_session().server_version();
    case Record::kRegistration:
        return record.registration().server_version();
    case Record::kCheckIn:
        return record.check_in().server_version();
    case Record::kEquipmentModel:
        return record.equipment_model().server_version();
    case Record::kEquipmentUnit:
        return record.equipment_unit().server_version();
    case Record::kLoanRequest:
        return record.loan_request().server_version();
    case Record::kAssessmentTemplate:
        return record.assessment_template().server_version();
    case Record::kAssessmentResponse:
        return record.assessment_response().server_version();
    case Record::kVisitorEntry:
        return record.visitor_entry().server_version();
    case Record::kTombstone:
        return record.tombstone().server_version();
    default:
        return 0;
    }
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
    case Record::kTombstone:
        return remove(record.tombstone().kind(), record.tombstone().id());
    default:
        return makeError(StoreErrorCode::InvalidArgument, "record envelope without a body");
    }
}

StoreStatus EnvelopeRepository::remove(RecordKind kind, std::string_view id)
{
    switch (kind) {
    case RECORD_KIND_ORGANISATION:
        return m_records.remove<Organisation>(id);
    case RECORD_KIND_USER:
        return m_records.remove<User>(id);
    case RECORD_KIND_CASE:
        return m_cases.remove(id);
    case RECORD_KIND_SEMINAR:
        return m_records.remove<Seminar>(id);
    case RECORD_KIND_SEMINAR_SESSION:
        return m_records.remove<SeminarSession>(id);
    case RECORD_KIND_REGISTRATION:
        return m_records.remove<Registration>(id);
    case RECORD_KIND_CHECK_IN:
        return m_records.remove<CheckIn>(id);
    case RECORD_KIND_EQUIPMENT_MODEL:
        return m_records.remove<EquipmentModel>(id);
    case RECORD_KIND_EQUIPMENT_UNIT:
        return m_records.remove<EquipmentUnit>(id);
    case RECORD_KIND_LOAN_REQUEST:
        return m_records.remove<LoanRequest>(id);
    case RECORD_KIND_ASSESSMENT_TEMPLATE:
        return m_records.remove<AssessmentTemplate>(id);
    case RECORD_KIND_ASSESSMENT_RESPONSE:
        return m_records.remove<AssessmentResponse>(id);
    case RECORD_KIND_VISITOR_ENTRY:
        return m_records.remove<VisitorEntry>(id);
    default:
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    }
}

namespace {

template <typename Message, typename Setter>
StoreResult<std::optional<Record>> wrapFound(StoreResult<std::optional<Message>> found, Setter set)
{
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Record>();
    Record record;
    *(record.*set)() = std::move(**found);
    return std::optional<Record>(std::move(record));
}

} // namespace

StoreResult<std::optional<Record>> EnvelopeRepository::find(RecordKind kind, std::string_view id)
{
    switch (kind) {
    case RECORD_KIND_ORGANISATION:
        return wrapFound(m_records.find<Organisation>(id), &Record::mutable_organisation);
    case RECORD_KIND_USER:
        return wrapFound(m_records.find<User>(id), &Record::mutable_user);
    case RECORD_KIND_CASE:
        return wrapFound(m_cases.find(id), &Record::mutable_good_practice_case);
    case RECORD_KIND_SEMINAR:
        return wrapFound(m_records.find<Seminar>(id), &Record::mutable_seminar);
    case RECORD_KIND_SEMINAR_SESSION:
        return wrapFound(m_records.find<SeminarSession>(id), &Record::mutable_seminar_session);
    case RECORD_KIND_REGISTRATION:
        return wrapFound(m_records.find<Registration>(id), &Record::mutable_registration);
    case RECORD_KIND_CHECK_IN:
        return wrapFound(m_records.find<CheckIn>(id), &Record::mutable_check_in);
    case RECORD_KIND_EQUIPMENT_MODEL:
        return wrapFound(m_records.find<EquipmentModel>(id), &Record::mutable_equipment_model);
    case RECORD_KIND_EQUIPMENT_UNIT:
        return wrapFound(m_records.find<EquipmentUnit>(id), &Record::mutable_equipment_unit);
    case RECORD_KIND_LOAN_REQUEST:
        return wrapFound(m_records.find<LoanRequest>(id), &Record::mutable_loan_request);
    case RECORD_KIND_ASSESSMENT_TEMPLATE:
        return wrapFound(m_records.find<AssessmentTemplate>(id), &Record::mutable_assessment_template);
    case RECORD_KIND_ASSESSMENT_RESPONSE:
        return wrapFound(m_records.find<AssessmentResponse>(id), &Record::mutable_assessment_response);
    case RECORD_KIND_VISITOR_ENTRY:
        return wrapFound(m_records.find<VisitorEntry>(id), &Record::mutable_visitor_entry);
    default:
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    }
}

StoreResult<std::optional<std::int64_t>> EnvelopeRepository::serverVersion(
    RecordKind kind, std::string_view id)
{
    const char* table = tableOf(kind);
    if (table == nullptr)
        return makeError(StoreErrorCode::InvalidArgument, "unknown record kind");
    // Table names come from tableOf(), never from input.
    auto stmt = m_db.cached(std::string("SELECT server_version FROM ") + table + " WHERE id = ?1");
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
    return m_db.exec(
        "DELETE FROM case_search;"
        "INSERT INTO case_fts(case_fts) VALUES('rebuild');"
        "INSERT INTO case_title_fts(case_title_fts) VALUES('rebuild');"
        "DELETE FROM case_equipment_areas; DELETE FROM case_service_types;"
        "DELETE FROM case_payloads; DELETE FROM cases; DELETE FROM organisations; DELETE FROM users;"
        "DELETE FROM seminars; DELETE FROM seminar_sessions; DELETE FROM registrations;"
        "DELETE FROM check_ins; DELETE FROM equipment_models; DELETE FROM equipment_units;"
        "DELETE FROM loan_requests; DELETE FROM assessment_templates;"
        "DELETE FROM assessment_responses; DELETE FROM visitor_entries; DELETE FROM overlay_base;");
}

} // namespace yk::store
