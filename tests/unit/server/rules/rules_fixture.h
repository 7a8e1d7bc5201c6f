#pragma once

#include "core/principal.h"
#include "core/server_store.h"
#include "rules/mutator.h"
#include "rules/ticket_signer.h"

#include "store_fixture.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace yk::test {

/// Ids of the seeded world: one prefecture (13) with a municipality, two facilities and a
/// centre; a second prefecture (14) with one facility; a seminar, a model with two units and
/// an assessment template.
namespace ids {
inline const std::string prefecture = uuidFor(1);
inline const std::string municipality = uuidFor(2);
inline const std::string facilityA = uuidFor(3);
inline const std::string facilityB = uuidFor(4);
inline const std::string centre = uuidFor(5);
inline const std::string otherPrefecture = uuidFor(6);
inline const std::string otherFacility = uuidFor(7);
inline const std::string staffA = uuidFor(10);
inline const std::string managerA = uuidFor(11);
inline const std::string municipalOfficer = uuidFor(12);
inline const std::string prefectureOfficer = uuidFor(13);
inline const std::string centreStaff = uuidFor(14);
inline const std::string staffB = uuidFor(15);
inline const std::string seminar = uuidFor(20);
inline const std::string session = uuidFor(21); ///< capacity 2, no deadline
inline const std::string model = uuidFor(30); ///< max 14 days
inline const std::string unit1 = uuidFor(31);
inline const std::string unit2 = uuidFor(32);
inline const std::string templateV1 = uuidFor(40);
inline const std::string attendeePhone = uuidFor(50);
inline const std::string kioskDevice = uuidFor(51);
} // namespace ids

inline constexpr int kPrefecture = 13;
inline constexpr const char* kFamily = "national-7-areas";

/// A real ServerStore in a temporary folder with the seeded world, its signer and mutator.
class RulesFixture {
public:
    /// Creates the store in `dir` and seeds it; false (with a QTest failure message) on error.
    bool open(const std::filesystem::path& dir);

    yk::server::ServerStore& store() { return *m_store; }
    yk::server::TicketSigner& signer() { return *m_signer; }
    yk::server::Mutator& mutator() { return *m_mutator; }

    /// Applies one mutation in its own transaction; committed unless rejected (as push does).
    yokoten::v1::MutationResult apply(
        const yk::server::Principal& caller, const yokoten::v1::Mutation& mutation);
    std::optional<yokoten::v1::Record> find(yokoten::v1::RecordKind kind, const std::string& id);

    /// Stores a record as seed data (putPlaced, committed).
    bool seed(yokoten::v1::Record record);

    std::chrono::system_clock::time_point now = std::chrono::sys_days(std::chrono::year(2025) / 4 / 1);

private:
    std::unique_ptr<yk::server::ServerStore> m_store;
    std::unique_ptr<yk::server::TicketSigner> m_signer;
    std::unique_ptr<yk::server::Mutator> m_mutator;
};

// ---- principals -------------------------------------------------------------------------------
yk::server::Principal staffA();
yk::server::Principal managerA();
yk::server::Principal municipalOfficer();
yk::server::Principal prefectureOfficer();
yk::server::Principal centreStaff();
yk::server::Principal attendee(); ///< a phone in a device session
yk::server::Principal kiosk();
yk::server::Principal staffB();
/// Facility staff of any facility (for aggregates over many facilities).
yk::server::Principal facilityStaff(
    const std::string& organisationId, const std::string& userId, int prefecture);

// ---- records and mutations ----------------------------------------------------------------------
yokoten::v1::Record organisation(const std::string& id, yokoten::v1::OrganisationKind kind,
    const std::string& parentId, int prefecture, const std::string& name);
yokoten::v1::Record session(const std::string& id, int capacity);
yokoten::v1::Record unit(const std::string& id, const std::string& modelId);
yokoten::v1::Record equipmentModel(const std::string& id, int maxLoanDays);
/// Two areas ("1", "2"), each with one level item (0..4) and one yes/no item, weight 1.
yokoten::v1::AssessmentTemplate assessmentTemplate(const std::string& id, int version);
/// A checklist of `kind` (obligation or certification), family "checklist-<id>", version 1:
/// one area with two requirements ("c-1", "c-2", yes/no, weight 1) and a note ("c-3", text),
/// for `prefectureCode` (0: every prefecture).
yokoten::v1::AssessmentTemplate checklistTemplate(
    const std::string& id, yokoten::v1::AssessmentTemplateKind kind, int prefectureCode);

yokoten::v1::Mutation createCase(
    const std::string& id, const std::string& ownerOrg, const std::string& title);
yokoten::v1::Mutation editCase(const std::string& id, std::int64_t baseRevision,
    const std::vector<std::string>& fields, const yokoten::v1::GoodPracticeCase& values);
yokoten::v1::Mutation submitCase(const std::string& id);
yokoten::v1::Mutation publishCase(const std::string& id, yokoten::v1::PublicationScope scope);
yokoten::v1::Mutation archiveCase(const std::string& id);
yokoten::v1::Mutation signUp(
    const std::string& registrationId, const std::string& sessionId, const std::string& email = {});
yokoten::v1::Mutation cancelRegistration(const std::string& registrationId);
yokoten::v1::Mutation checkIn(const std::string& checkInId, const std::string& nonce,
    const std::string& sessionId, const yokoten::v1::Ticket& ticket);
yokoten::v1::Mutation requestLoan(const std::string& id, const std::string& requesterOrg,
    const std::string& from, const std::string& to, const std::string& modelId = ids::model);
yokoten::v1::Mutation loanStep(yokoten::v1::Mutation::OpCase op, const std::string& loanId);
yokoten::v1::Mutation fileReport(
    const std::string& loanId, int usefulness, const std::string& findings = "役に立った");
yokoten::v1::Mutation publishTemplate(const yokoten::v1::AssessmentTemplate& t);
/// Answers: area 1 level `level`, yes/no `yes`; area 2 level `level`.
yokoten::v1::Mutation submitAssessment(
    const std::string& id, const std::string& templateId, int level, bool yes);

/// A visitor entry of `kind` for `sessionId`, well-formed for that kind: a loan wish asks for
/// the seeded model on 2025-05-10..12, a seminar questionnaire answers for `registrationId`.
yokoten::v1::Mutation visitorEntry(const std::string& id, yokoten::v1::VisitorEntryKind kind,
    const std::string& sessionId = ids::session, const std::string& registrationId = {});

/// A consultation of `organisationId` through the one builder (sync::makeOpenConsultation):
/// topic technology, a short question, the given channel.
yokoten::v1::Mutation openConsultation(const std::string& id, const std::string& organisationId,
    yokoten::v1::ConsultationChannel channel = yokoten::v1::CONSULTATION_CHANNEL_APP);

/// A programme of the seeded prefecture (accompaniment, FY2025) whose application window
/// (2025-03-01..2025-04-30) holds the fixture's `now`, with `places` places and `advisers`.
yokoten::v1::SupportProgramme programme(
    const std::string& id, int places, const std::vector<std::string>& advisers = {});
/// `organisationId` applies to `programmeId` with a reason and goals, through the builder.
yokoten::v1::Mutation applyToProgramme(
    const std::string& participationId, const std::string& programmeId, const std::string& organisationId);
/// A measured value with its date and source.
yokoten::v1::Measurement measurement(const std::string& id, yokoten::v1::MeasureItem item,
    yokoten::v1::MeasurePhase phase, double value, const std::string& date, const std::string& source);
/// An adoption of `organisationId` on `adoptedOn`: the seeded model, funded by the fund.
yokoten::v1::Adoption adoption(
    const std::string& id, const std::string& organisationId, const std::string& adoptedOn);

const char* statusName(const yokoten::v1::MutationResult& result);

} // namespace yk::test
