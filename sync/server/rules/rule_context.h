#pragma once

// Internal to yk_server_rules: what every per-op rule shares (the call's context, answers,
// validation and clock helpers) and the rule functions the Mutator dispatches to.

#include "core/principal.h"
#include "core/server_store.h"

#include "domain/date.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

class TicketSigner;

namespace rules {

/// One mutation being applied: where, by whom, signed with what, at which server time.
struct RuleContext {
    WriteTransaction& tx;
    const Principal& caller;
    const TicketSigner& signer;
    std::chrono::system_clock::time_point now;
    /// The mutation is idempotent by a key that the caller itself used first (mutator.cpp):
    /// a replay the rule may answer with the stored result.
    bool replayBySender = false;
};

using Outcome = StoreResult<yokoten::v1::MutationResult>;

// ---- limits ---------------------------------------------------------------------------------
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMaxShortTextChars = 200; ///< names, labels, places
inline constexpr std::size_t kMaxTextBytes = 20000; ///< free texts
inline constexpr int kMaxListEntries = 100; ///< metrics, attachments, technologies …
inline constexpr int kMaxLinkedModels = 30; ///< catalogue models a case used or a session shows
inline constexpr std::size_t kMaxNonceBytes = 128;
inline constexpr std::size_t kMaxEmailBytes = 254;

// ---- answers --------------------------------------------------------------------------------
/// APPLIED with the given records (the caller's own record first).
yokoten::v1::MutationResult applied(std::vector<yokoten::v1::Record> records = {});
/// REJECTED with a stable reason code and a message for people, Japanese first.
yokoten::v1::MutationResult rejected(std::string_view code, std::string_view ja, std::string_view en);
yokoten::v1::MutationResult forbidden();
yokoten::v1::MutationResult notFound(std::string_view whatJa, std::string_view whatEn);
yokoten::v1::MutationResult invalidArgument(std::string_view ja, std::string_view en);
yokoten::v1::MutationResult invalidState(std::string_view ja, std::string_view en);
yokoten::v1::MutationResult alreadyExists();
/// INVALID_ARGUMENT naming the field that is too long or malformed (never its value).
yokoten::v1::MutationResult invalidField(std::string_view field);

/// Adds `record` to the answer when the caller may see it (pull scopes): a rule that also
/// changed other people's records (a promoted waitlist) must not hand them to the caller.
StoreStatus addIfVisible(
    RuleContext& ctx, yokoten::v1::MutationResult& result, const yokoten::v1::Record& record);

// ---- record envelopes -----------------------------------------------------------------------
yokoten::v1::Record wrap(const yokoten::v1::GoodPracticeCase& c);
yokoten::v1::Record wrap(const yokoten::v1::Seminar& s);
yokoten::v1::Record wrap(const yokoten::v1::SeminarSession& s);
yokoten::v1::Record wrap(const yokoten::v1::Registration& r);
yokoten::v1::Record wrap(const yokoten::v1::CheckIn& c);
yokoten::v1::Record wrap(const yokoten::v1::LoanRequest& l);
yokoten::v1::Record wrap(const yokoten::v1::AssessmentTemplate& t);
yokoten::v1::Record wrap(const yokoten::v1::AssessmentResponse& r);
yokoten::v1::Record wrap(const yokoten::v1::VisitorEntry& e);
yokoten::v1::Record wrap(const yokoten::v1::Consultation& c);
yokoten::v1::Record wrap(const yokoten::v1::SupportProgramme& p);
yokoten::v1::Record wrap(const yokoten::v1::ProgrammeParticipation& p);
yokoten::v1::Record wrap(const yokoten::v1::Adoption& a);
yokoten::v1::Record wrap(const yokoten::v1::Notice& n);
yokoten::v1::Record wrap(const yokoten::v1::SupportMenuEntry& e);
yokoten::v1::Record wrap(const yokoten::v1::IndicatorSheet& s);

/// The display name of the caller's account as it stands now (empty for a device session).
StoreResult<std::string> callerName(RuleContext& ctx);
/// Stores a case (case_rules.cpp): keeps the revision it replaces as a merge base and records
/// the attachments it refers to. Also used for the draft a closed programme makes.
StoreResult<yokoten::v1::Record> storeCase(RuleContext& ctx, const yokoten::v1::GoodPracticeCase& c);

// ---- attachments -----------------------------------------------------------------------------
/// Records the files a record refers to now (attachment_refs, replacing what it referred to
/// before unless `isNew`: a new record has nothing to clear, which spares a statement on a
/// create), so a file is readable exactly when a record pointing at it is
/// (attachments/attachment_store.cpp). Every rule that stores AttachmentRefs calls it.
StoreStatus referAttachments(RuleContext& ctx, yokoten::v1::RecordKind kind, const std::string& id,
    const std::vector<std::string>& sha256s, bool isNew);

inline constexpr int kMaxAttachments = 10; ///< on one consultation, message or visit log
/// More than kMaxAttachments, or one whose hash, names or size are malformed.
bool badAttachments(const google::protobuf::RepeatedPtrField<yokoten::v1::AttachmentRef>& attachments);

// ---- time -----------------------------------------------------------------------------------
google::protobuf::Timestamp toTimestamp(std::chrono::system_clock::time_point time);
std::chrono::sys_seconds toSysSeconds(const google::protobuf::Timestamp& timestamp);
using domain::japanDate;

// ---- validation -----------------------------------------------------------------------------
/// Length in Unicode code points of valid UTF-8 (protobuf checks UTF-8 of proto3 strings).
std::size_t charCount(std::string_view text);
bool isUuid(std::string_view text);
/// Only ASCII white space and ideographic spaces (U+3000), or nothing.
bool isBlank(std::string_view text);
/// The longest prefix of valid UTF-8 `text` of at most `maxBytes` bytes that ends on a code
/// point boundary.
std::string utf8Prefix(std::string_view text, std::size_t maxBytes);

/// Why a measured value (a programme's or a check-in's KPI) is refused, or nothing. It must
/// name a known item (OTHER with a label), a phase where `needsPhase`, a date (YYYY-MM or
/// YYYY-MM-DD), a source and a finite value.
std::optional<yokoten::v1::MutationResult> measurementProblem(
    const yokoten::v1::Measurement& m, bool needsPhase, std::string_view field);
/// The stored form of an accepted measurement: the item's unit, who recorded it.
yokoten::v1::Measurement acceptedMeasurement(const RuleContext& ctx, yokoten::v1::Measurement m);

/// Equality of two messages by their bytes, after the caller cleared server-set fields.
bool sameContent(const google::protobuf::Message& a, const google::protobuf::Message& b);
/// Whether `ids` name catalogue models the store holds: at most kMaxLinkedModels ids, each a
/// UUID, none twice. A link to a model that does not exist would show as a dead link on
/// every device, so it is refused rather than kept.
StoreResult<bool> areKnownModels(
    RuleContext& ctx, const google::protobuf::RepeatedPtrField<std::string>& ids);
/// The same for records of any kind (the cases, sessions and loans a consultation links).
StoreResult<bool> areKnownRecords(RuleContext& ctx, yokoten::v1::RecordKind kind,
    const google::protobuf::RepeatedPtrField<std::string>& ids);

// ---- the rules, one function per operation ----------------------------------------------------
Outcome createCase(RuleContext& ctx, const yokoten::v1::CreateCase& op);
Outcome editCase(RuleContext& ctx, const yokoten::v1::EditCase& op);
Outcome submitCase(RuleContext& ctx, const yokoten::v1::SubmitCase& op);
Outcome publishCase(RuleContext& ctx, const yokoten::v1::PublishCase& op);
Outcome archiveCase(RuleContext& ctx, const yokoten::v1::ArchiveCase& op);

Outcome createSeminar(RuleContext& ctx, const yokoten::v1::CreateSeminar& op);
Outcome createSession(RuleContext& ctx, const yokoten::v1::CreateSession& op);
Outcome signUp(RuleContext& ctx, const yokoten::v1::SignUp& op);
Outcome cancelRegistration(RuleContext& ctx, const yokoten::v1::CancelRegistration& op);
Outcome recordCheckIn(RuleContext& ctx, const yokoten::v1::RecordCheckIn& op);

Outcome requestLoan(RuleContext& ctx, const yokoten::v1::RequestLoan& op);
Outcome approveLoan(RuleContext& ctx, const yokoten::v1::ApproveLoan& op);
Outcome declineLoan(RuleContext& ctx, const yokoten::v1::DeclineLoan& op);
Outcome markLoanLent(RuleContext& ctx, const yokoten::v1::MarkLoanLent& op);
Outcome markLoanReturned(RuleContext& ctx, const yokoten::v1::MarkLoanReturned& op);
Outcome cancelLoan(RuleContext& ctx, const yokoten::v1::CancelLoan& op);
Outcome fileLoanReport(RuleContext& ctx, const yokoten::v1::FileLoanReport& op);

Outcome publishTemplate(RuleContext& ctx, const yokoten::v1::PublishTemplate& op);
Outcome submitAssessment(RuleContext& ctx, const yokoten::v1::SubmitAssessment& op);

Outcome submitVisitorEntry(RuleContext& ctx, const yokoten::v1::SubmitVisitorEntry& op);
Outcome handleVisitorEntry(RuleContext& ctx, const yokoten::v1::HandleVisitorEntry& op);

Outcome openConsultation(RuleContext& ctx, const yokoten::v1::OpenConsultation& op);
/// The part of opening that handleVisitorEntry shares: `sourceEntryId` is the kiosk entry the
/// consultation is made from (empty for a plain open, where the field must be empty).
Outcome openConsultationFrom(
    RuleContext& ctx, const yokoten::v1::Consultation& in, const std::string& sourceEntryId);
Outcome replyConsultation(RuleContext& ctx, const yokoten::v1::ReplyConsultation& op);
Outcome referConsultation(RuleContext& ctx, const yokoten::v1::ReferConsultation& op);
Outcome setConsultationFollowUp(RuleContext& ctx, const yokoten::v1::SetConsultationFollowUp& op);
Outcome linkConsultation(RuleContext& ctx, const yokoten::v1::LinkConsultation& op);
Outcome closeConsultation(RuleContext& ctx, const yokoten::v1::CloseConsultation& op);

Outcome publishProgramme(RuleContext& ctx, const yokoten::v1::PublishProgramme& op);
Outcome applyToProgramme(RuleContext& ctx, const yokoten::v1::ApplyToProgramme& op);
Outcome decideApplication(RuleContext& ctx, const yokoten::v1::DecideApplication& op);
Outcome setPlanStep(RuleContext& ctx, const yokoten::v1::SetPlanStep& op);
Outcome logVisit(RuleContext& ctx, const yokoten::v1::LogVisit& op);
Outcome recordMeasurement(RuleContext& ctx, const yokoten::v1::RecordMeasurement& op);
Outcome closeParticipation(RuleContext& ctx, const yokoten::v1::CloseParticipation& op);

Outcome recordAdoption(RuleContext& ctx, const yokoten::v1::RecordAdoption& op);
/// The adoption a loan report that plans to adopt makes (loan_rules.cpp), stored.
StoreResult<yokoten::v1::Record> adoptionFromLoan(RuleContext& ctx, const yokoten::v1::LoanRequest& loan);
Outcome answerAdoptionCheckIn(RuleContext& ctx, const yokoten::v1::AnswerAdoptionCheckIn& op);

Outcome publishNotice(RuleContext& ctx, const yokoten::v1::PublishNotice& op);
Outcome markNoticeRead(RuleContext& ctx, const yokoten::v1::MarkNoticeRead& op);
Outcome withdrawNotice(RuleContext& ctx, const yokoten::v1::WithdrawNotice& op);
Outcome saveMenuEntry(RuleContext& ctx, const yokoten::v1::SaveMenuEntry& op);
Outcome withdrawMenuEntry(RuleContext& ctx, const yokoten::v1::WithdrawMenuEntry& op);
Outcome refreshIndicators(RuleContext& ctx, const yokoten::v1::RefreshIndicators& op);

} // namespace rules
} // namespace yk::server
