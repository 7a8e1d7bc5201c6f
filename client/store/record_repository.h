#pragma once

#include "storage_names.h"

#include "yokoten/v1/record.pb.h"

#include "yokoten/v1/adoption.pb.h"
#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/indicator.pb.h"
#include "yokoten/v1/notice.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/programme.pb.h"
#include "yokoten/v1/seminar.pb.h"
#include "yokoten/v1/support_menu.pb.h"
#include "yokoten/v1/visitor.pb.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace yk::store {

/// Every record kind but cases (which have their own search index): organisations, users,
/// seminars and sessions, registrations, check-ins, equipment, loans, assessments, visitor
/// entries. Each is
/// stored by id with its filterable columns and the serialized message as payload.
/// Writes do not open transactions; callers group them.
class RecordRepository {
public:
    explicit RecordRepository(Database& db);

    StoreStatus put(const yokoten::v1::Organisation& record);
    StoreStatus put(const yokoten::v1::User& record);
    StoreStatus put(const yokoten::v1::Seminar& record);
    StoreStatus put(const yokoten::v1::SeminarSession& record);
    StoreStatus put(const yokoten::v1::Registration& record);
    StoreStatus put(const yokoten::v1::CheckIn& record);
    StoreStatus put(const yokoten::v1::EquipmentModel& record);
    StoreStatus put(const yokoten::v1::EquipmentUnit& record);
    StoreStatus put(const yokoten::v1::LoanRequest& record);
    StoreStatus put(const yokoten::v1::AssessmentTemplate& record);
    StoreStatus put(const yokoten::v1::AssessmentResponse& record);
    StoreStatus put(const yokoten::v1::VisitorEntry& record);
    StoreStatus put(const yokoten::v1::Consultation& record);
    StoreStatus put(const yokoten::v1::SupportProgramme& record);
    StoreStatus put(const yokoten::v1::ProgrammeParticipation& record);
    StoreStatus put(const yokoten::v1::Adoption& record);
    StoreStatus put(const yokoten::v1::Notice& record);
    StoreStatus put(const yokoten::v1::SupportMenuEntry& record);
    StoreStatus put(const yokoten::v1::IndicatorSheet& record);

    /// Reads one record by id; std::nullopt when there is none.
    template <typename Message> StoreResult<std::optional<Message>> find(std::string_view id);
    /// All records of a kind in the table's natural order (for small tables: catalogue, templates).
    template <typename Message> StoreResult<std::vector<Message>> all();

    // What screens ask for, each an indexed query instead of a whole-table read.
    /// The registrations of one seminar session (a roster, a door's counts), by id.
    StoreResult<std::vector<yokoten::v1::Registration>> registrationsOfSession(std::string_view sessionId);
    /// One user's registrations (their tickets), by session then id.
    StoreResult<std::vector<yokoten::v1::Registration>> registrationsOfUser(std::string_view userId);
    /// The sessions of one seminar, earliest first.
    StoreResult<std::vector<yokoten::v1::SeminarSession>> sessionsOfSeminar(std::string_view seminarId);
    /// The check-ins recorded for one seminar session (a door's log), by id.
    StoreResult<std::vector<yokoten::v1::CheckIn>> checkInsOfSession(std::string_view sessionId);
    /// The units of one equipment model, by id.
    StoreResult<std::vector<yokoten::v1::EquipmentUnit>> unitsOfModel(std::string_view modelId);
    /// The loan requests an organisation made, by start date then id.
    StoreResult<std::vector<yokoten::v1::LoanRequest>> loansRequestedBy(std::string_view organisationId);
    /// An organisation's self-assessment responses, by submission time then id.
    StoreResult<std::vector<yokoten::v1::AssessmentResponse>> responsesOfOrganisation(
        std::string_view organisationId);
    /// An organisation's consultations (its support record), newest first.
    StoreResult<std::vector<yokoten::v1::Consultation>> consultationsOf(std::string_view organisationId);
    /// Every consultation this device holds (centre staff: their prefecture's), newest first.
    StoreResult<std::vector<yokoten::v1::Consultation>> consultationsNewestFirst();
    /// Visitor entries newest first: all of them, or those of one session (an exhibition or a
    /// seminar) when `sessionId` is not empty.
    StoreResult<std::vector<yokoten::v1::VisitorEntry>> visitorEntriesNewestFirst(
        std::string_view sessionId = {});
    /// The visitor entries centre staff matched to an organisation, newest first.
    StoreResult<std::vector<yokoten::v1::VisitorEntry>> visitorEntriesMatchedTo(
        std::string_view organisationId);
    /// The applications and participations of one programme, by state then id.
    StoreResult<std::vector<yokoten::v1::ProgrammeParticipation>> participationsOfProgramme(
        std::string_view programmeId);
    /// An organisation's applications and participations (its support record), by id.
    StoreResult<std::vector<yokoten::v1::ProgrammeParticipation>> participationsOf(
        std::string_view organisationId);
    /// The JIS prefecture code of an organisation the store holds; 0 when it holds none (or on
    /// an error), as before the first sync.
    int prefectureOf(std::string_view organisationId);
    /// An organisation's adoptions, oldest first.
    StoreResult<std::vector<yokoten::v1::Adoption>> adoptionsOf(std::string_view organisationId);
    /// Deletes by id (applying a tombstone). Unknown ids are not an error.
    template <typename Message> StoreStatus remove(std::string_view id);

    /// A record of any kind but cases by its declaration (proto/record_kinds.h): the stored
    /// payload, and deletion by id. What the sync engine reads and writes goes through these.
    StoreResult<std::optional<std::string>> payloadOf(yokoten::v1::RecordKind kind, std::string_view id);
    StoreStatus remove(yokoten::v1::RecordKind kind, std::string_view id);

    /// Row count per table, for status output.
    StoreResult<std::vector<std::pair<std::string, std::int64_t>>> counts();

private:
    StoreStatus putRow(const char* sql, std::string_view id, std::int64_t serverVersion,
        const std::vector<std::pair<int, std::string>>& textColumns,
        const std::vector<std::pair<int, std::int64_t>>& intColumns, const std::string& payload,
        int payloadIndex);
    StoreResult<std::optional<std::string>> payloadOf(const char* table, std::string_view id);
    StoreResult<std::vector<std::string>> payloadsOf(const char* table, const char* orderBy);
    /// Payloads of the rows whose `column` equals `value`; `column` and `orderBy` are literals.
    StoreResult<std::vector<std::string>> payloadsWhere(
        const char* table, const char* column, std::string_view value, const char* orderBy);
    template <typename Message>
    StoreResult<std::vector<Message>> where(const char* column, std::string_view value, const char* orderBy);
    template <typename Message>
    static StoreResult<std::vector<Message>> parseAll(StoreResult<std::vector<std::string>> payloads);
    StoreStatus removeFrom(const char* table, std::string_view id);

    Database& m_db;
};

/// Table and natural order of each record message.
template <typename Message> struct RecordTable;
#define YK_RECORD_TABLE(Message, Table, Order)                                                               \
    template <> struct RecordTable<yokoten::v1::Message> {                                                   \
        static constexpr const char* name = Table;                                                           \
        static constexpr const char* order = Order;                                                          \
    };
YK_RECORD_TABLE(Organisation, "organisations", "prefecture_code, kind, name")
YK_RECORD_TABLE(User, "users", "login")
YK_RECORD_TABLE(Seminar, "seminars", "prefecture_code, title")
YK_RECORD_TABLE(SeminarSession, "seminar_sessions", "starts_at")
YK_RECORD_TABLE(Registration, "registrations", "session_id, id")
YK_RECORD_TABLE(CheckIn, "check_ins", "session_id, id")
YK_RECORD_TABLE(EquipmentModel, "equipment_models", "area, name")
YK_RECORD_TABLE(EquipmentUnit, "equipment_units", "model_id, id")
YK_RECORD_TABLE(LoanRequest, "loan_requests", "from_date, id")
YK_RECORD_TABLE(AssessmentTemplate, "assessment_templates", "family, version")
YK_RECORD_TABLE(AssessmentResponse, "assessment_responses", "submitted_at, id")
YK_RECORD_TABLE(VisitorEntry, "visitor_entries", "entered_at, id")
YK_RECORD_TABLE(Consultation, "consultations", "opened_at, id")
YK_RECORD_TABLE(SupportProgramme, "programmes", "fiscal_year DESC, id")
YK_RECORD_TABLE(ProgrammeParticipation, "participations", "programme_id, state, id")
YK_RECORD_TABLE(Adoption, "adoptions", "adopted_on, id")
YK_RECORD_TABLE(Notice, "notices", "published_at DESC, id")
YK_RECORD_TABLE(SupportMenuEntry, "support_menu_entries", "apply_until, id")
YK_RECORD_TABLE(IndicatorSheet, "indicator_sheets", "prefecture_code, municipality_id")
#undef YK_RECORD_TABLE

template <typename Message> StoreResult<std::optional<Message>> RecordRepository::find(std::string_view id)
{
    auto payload = payloadOf(RecordTable<Message>::name, id);
    if (!payload)
        return payload.error();
    if (!*payload)
        return std::optional<Message>();
    Message message;
    if (!message.ParseFromString(**payload))
        return makeError(
            StoreErrorCode::Corrupt, std::string(RecordTable<Message>::name) + " payload does not parse");
    return std::optional<Message>(std::move(message));
}

template <typename Message> StoreResult<std::vector<Message>> RecordRepository::all()
{
    return parseAll<Message>(payloadsOf(RecordTable<Message>::name, RecordTable<Message>::order));
}

template <typename Message>
StoreResult<std::vector<Message>> RecordRepository::where(
    const char* column, std::string_view value, const char* orderBy)
{
    return parseAll<Message>(payloadsWhere(RecordTable<Message>::name, column, value, orderBy));
}

template <typename Message>
StoreResult<std::vector<Message>> RecordRepository::parseAll(StoreResult<std::vector<std::string>> payloads)
{
    if (!payloads)
        return payloads.error();
    std::vector<Message> messages(payloads->size());
    for (std::size_t i = 0; i < payloads->size(); ++i)
        if (!messages[i].ParseFromString((*payloads)[i]))
            return makeError(
                StoreErrorCode::Corrupt, std::string(RecordTable<Message>::name) + " payload does not parse");
    return messages;
}

template <typename Message> StoreStatus RecordRepository::remove(std::string_view id)
{
    // A session's shown models go with it (the by-kind removal knows them).
    if constexpr (std::is_same_v<Message, yokoten::v1::SeminarSession>)
        return remove(yokoten::v1::RECORD_KIND_SEMINAR_SESSION, id);
    else
        return removeFrom(RecordTable<Message>::name, id);
}

} // namespace yk::store
