#pragma once

#include "yokoten/v1/sync.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace yk::sync {

// One builder per mutation: the app, yokoten-cli, the tests and the benchmarks make their
// mutations here, so what a mutation carries is decided in one place. Ids are new UUIDs
// unless given; the engine adds seq and client time when it queues the mutation.

/// Who signs up for a session; empty fields stay unset (a kiosk visitor has no user id).
struct SignUpDetails {
    std::string sessionId;
    std::string userId;
    std::string organisationId;
    std::string attendeeName;
    std::string attendeeOrganisation;
    std::string attendeeEmail;
    std::string registrationId; ///< empty: a new one
};

/// A sign-up: the server decides seat or waitlist; the registration id is the idempotency key.
yokoten::v1::Mutation makeSignUp(const SignUpDetails& details);
yokoten::v1::Mutation makeCancelRegistration(const std::string& registrationId);

/// A new case as a draft; a new id and created/updated times of now where they are unset.
yokoten::v1::Mutation makeCreateCase(yokoten::v1::GoodPracticeCase draft);
/// A field-level edit: `fields` of `values` replace the case's, against the revision the author
/// started from. A case made on this device is revision 1 once the server stores it (its create
/// goes first), so a revision below 1 is sent as 1.
yokoten::v1::Mutation makeCaseEdit(const std::string& caseId, std::int64_t baseRevision,
    const std::vector<std::string>& fields, const yokoten::v1::GoodPracticeCase& values);
yokoten::v1::Mutation makeSubmitCase(const std::string& caseId);

/// A trial-loan request; a new id where unset.
yokoten::v1::Mutation makeLoanRequest(yokoten::v1::LoanRequest loan);

/// What a visitor leaves (kiosk) or an attendee answers (phone); a new id and entered_at of
/// now where unset. The server sets the device and keeps entered_at unless it is in the future.
yokoten::v1::Mutation makeVisitorEntry(yokoten::v1::VisitorEntry entry);

// ---- the centre's desk ----------------------------------------------------------------------

/// A new consultation (topic, question, contact, channel, organisation); a new id where unset.
/// The server sets state, prefecture, who opened it and when.
yokoten::v1::Mutation makeOpenConsultation(yokoten::v1::Consultation draft);
/// A message of the thread; a new message id where `messageId` is empty.
yokoten::v1::Mutation makeReplyConsultation(
    const std::string& consultationId, const std::string& text, const std::string& messageId = {});
yokoten::v1::Mutation makeReferConsultation(
    const std::string& consultationId, const std::string& partner, const std::string& note);
/// `date` YYYY-MM-DD; empty clears the follow-up.
yokoten::v1::Mutation makeSetConsultationFollowUp(const std::string& consultationId, const std::string& date);

struct ConsultationLinks {
    std::vector<std::string> caseIds;
    std::vector<std::string> modelIds;
    std::vector<std::string> sessionIds;
    std::vector<std::string> loanIds;
};
yokoten::v1::Mutation makeLinkConsultation(const std::string& consultationId, const ConsultationLinks& links);
yokoten::v1::Mutation makeCloseConsultation(const std::string& consultationId, const std::string& note);

/// The visitor inbox: a kiosk loan wish becomes a loan request of `organisationId`, model and
/// dates taken from the entry (a new loan id).
yokoten::v1::Mutation makeLoanFromVisitorEntry(
    const yokoten::v1::VisitorEntry& entry, const std::string& organisationId, const std::string& purpose);
/// A kiosk entry becomes a consultation of `organisationId` (channel exhibition; the question
/// taken from the entry unless `question` is given).
yokoten::v1::Mutation makeConsultationFromVisitorEntry(const yokoten::v1::VisitorEntry& entry,
    const std::string& organisationId, yokoten::v1::ConsultationTopic topic, const std::string& question);
/// Marks an entry handled with nothing made of it; `organisationId` may be empty.
yokoten::v1::Mutation makeNoteVisitorEntry(const std::string& entryId, const std::string& organisationId);

// ---- from trial to lasting use: programmes and follow-up after adoption -------------------------

/// A programme (kind, title, dates, places, advisers …); a new id where unset.
yokoten::v1::Mutation makePublishProgramme(yokoten::v1::SupportProgramme programme);
/// A facility's application; a new participation id where `participationId` is empty.
yokoten::v1::Mutation makeApplyToProgramme(const std::string& programmeId, const std::string& organisationId,
    const yokoten::v1::ProgrammeApplication& application, const std::string& participationId = {});
yokoten::v1::Mutation makeDecideApplication(const std::string& participationId, bool chosen);
/// `planGoal` empty keeps the plan's aim.
yokoten::v1::Mutation makeSetPlanStep(const std::string& participationId, yokoten::v1::ImprovementStep step,
    const std::string& note, const std::string& planGoal = {});
/// A visit log; a new id where unset.
yokoten::v1::Mutation makeLogVisit(const std::string& participationId, yokoten::v1::VisitLog visit);
/// A value measured before or after; a new id where unset.
yokoten::v1::Mutation makeRecordMeasurement(
    const std::string& participationId, yokoten::v1::Measurement measurement);
/// Ends the support; the server makes a case draft with a new id (returned in the op's case_id).
yokoten::v1::Mutation makeCloseParticipation(const std::string& participationId, const std::string& note);

/// An adoption (facility, model or area, date, funding, purpose); a new id where unset. The
/// server writes the check-in schedule.
yokoten::v1::Mutation makeRecordAdoption(yokoten::v1::Adoption adoption);
/// The answer to one check-in (`checkIn.months_after()` names it).
yokoten::v1::Mutation makeAnswerAdoptionCheckIn(
    const std::string& adoptionId, yokoten::v1::AdoptionCheckIn checkIn);
/// Centre staff's one tap on a stalled adoption: a consultation of its facility (channel
/// follow-up, topic technology), linked to the adoption and its model.
yokoten::v1::Mutation makeFollowUpConsultation(
    const yokoten::v1::Adoption& adoption, const std::string& question);

// ---- notices (お知らせ) ------------------------------------------------------------------------

/// A notice (title, body, audience, deadline, attachment); a new id where unset.
yokoten::v1::Mutation makePublishNotice(yokoten::v1::Notice notice);
/// The signed-in member has read the notice; the server counts their organisation.
yokoten::v1::Mutation makeMarkNoticeRead(const std::string& noticeId);
/// The sender's organisation takes the notice back.
yokoten::v1::Mutation makeWithdrawNotice(const std::string& noticeId);
// ---- the support menu (支援メニュー) ------------------------------------------------------------

/// A menu entry (name, provider, who may apply, tiers, deadline, requirements, rules PDF …);
/// a new id where unset, and a new id for each requirement that has none.
yokoten::v1::Mutation makeSaveMenuEntry(yokoten::v1::SupportMenuEntry entry);
yokoten::v1::Mutation makeWithdrawMenuEntry(const std::string& entryId);
/// Asks the server to count a prefecture's indicator sheets again (its officers, its centre
/// staff, or a municipal officer of it); the sheets arrive with the next pull.
yokoten::v1::Mutation makeRefreshIndicators(int prefectureCode);

} // namespace yk::sync
