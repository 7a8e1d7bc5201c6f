// Visitor entries: what a visitor leaves at an exhibition kiosk (visit, loan wish,
// questionnaire) and an attendee's post-seminar questionnaire. Append-only and keyed by the
// client's UUID; the server sets who sent it and keeps when it was entered.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/date_range.h"

#include <algorithm>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr std::size_t kMaxPhoneChars = 40;
constexpr int kMaxInterests = 10;
constexpr int kMaxAnswers = 40;
constexpr std::size_t kMaxQuestionIdBytes = 64;
constexpr int kMaxChoices = 20;
constexpr std::size_t kMaxChoiceBytes = 64;
constexpr std::size_t kMaxAnswerTextChars = 2000;
/// A device clock ahead by more than this is not trusted for entered_at.
constexpr auto kMaxClockAhead = std::chrono::minutes(5);

bool isExhibitionKind(VisitorEntryKind kind)
{
    return kind == VISITOR_ENTRY_KIND_VISIT || kind == VISITOR_ENTRY_KIND_LOAN_REQUEST
        || kind == VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The first field that is malformed or too long, or empty when the entry is well-formed.
std::string_view malformedField(const VisitorEntry& e)
{
    if (!isUuid(e.id()))
        return "id";
    if (e.kind() == VISITOR_ENTRY_KIND_UNSPECIFIED || !VisitorEntryKind_IsValid(e.kind()))
        return "kind";
    if (!isUuid(e.session_id()))
        return "session_id";
    if (charCount(e.visitor_name()) > kMaxShortTextChars)
        return "visitor_name";
    if (charCount(e.visitor_organisation()) > kMaxShortTextChars)
        return "visitor_organisation";
    if (e.visitor_email().size() > kMaxEmailBytes
        || (!e.visitor_email().empty() && e.visitor_email().find('@') == std::string::npos))
        return "visitor_email";
    if (charCount(e.visitor_phone()) > kMaxPhoneChars)
        return "visitor_phone";
    if (!ServiceType_IsValid(e.facility_type()))
        return "facility_type";
    if (e.interests_size() > kMaxInterests)
        return "interests";
    for (const int area : e.interests()) {
        if (area == EQUIPMENT_AREA_UNSPECIFIED || !EquipmentArea_IsValid(area))
            return "interests";
    }
    if (e.answers_size() > kMaxAnswers)
        return "answers";
    for (const auto& answer : e.answers()) {
        if (answer.question_id().empty() || answer.question_id().size() > kMaxQuestionIdBytes
            || answer.choices_size() > kMaxChoices || charCount(answer.text()) > kMaxAnswerTextChars)
            return "answers";
        for (const auto& choice : answer.choices()) {
            if (choice.empty() || choice.size() > kMaxChoiceBytes)
                return "answers";
        }
    }
    const bool loan = e.kind() == VISITOR_ENTRY_KIND_LOAN_REQUEST;
    if (loan ? !isUuid(e.model_id()) : !e.model_id().empty())
        return "model_id";
    if (loan ? !domain::Date::parse(e.from_date()) : !e.from_date().empty())
        return "from_date";
    if (loan ? !domain::Date::parse(e.to_date()) : !e.to_date().empty())
        return "to_date";
    const bool questionnaire = e.kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE;
    if (questionnaire ? !isUuid(e.registration_id()) : !e.registration_id().empty())
        return "registration_id";
    return {};
}

// What only a loan wish needs: a model of the session's prefecture, a real date range and a
// way for the centre to reach the visitor.
StoreResult<std::optional<MutationResult>> loanWishProblem(
    RuleContext& ctx, const VisitorEntry& e, int prefecture)
{
    const domain::DateRange range { *domain::Date::parse(e.from_date()), *domain::Date::parse(e.to_date()) };
    if (!range.isValid())
        return std::optional(rejected("end_before_start", "返却日が貸出開始日より前になっています。",
            "The end date is before the start date."));
    if (isBlank(e.visitor_organisation()))
        return std::optional(invalidArgument(
            "貸出の希望には事業所名が必要です。", "A loan wish needs the name of the facility."));
    if (isBlank(e.visitor_email()) && isBlank(e.visitor_phone()))
        return std::optional(
            invalidArgument("貸出の希望には、センターから連絡できるメールアドレスか電話番号が必要です。",
                "A loan wish needs an e-mail address or a phone number so that the centre can reach you."));
    auto model = ctx.tx.find(RECORD_KIND_EQUIPMENT_MODEL, e.model_id());
    if (!model)
        return model.error();
    if (!*model)
        return std::optional(notFound("機器", "The equipment"));
    if ((*model)->equipment_model().prefecture_code() != prefecture)
        return std::optional(rejected("forbidden", "この機器は他の都道府県のセンターが貸し出しています。",
            "This equipment is lent by a centre of another prefecture."));
    return std::optional<MutationResult>();
}

// What only a seminar questionnaire needs: the caller's own confirmed registration for the
// session, answered once.
StoreResult<std::optional<MutationResult>> questionnaireProblem(RuleContext& ctx, const VisitorEntry& e)
{
    auto found = ctx.tx.find(RECORD_KIND_REGISTRATION, e.registration_id());
    if (!found)
        return found.error();
    if (!*found)
        return std::optional(notFound("申込み", "The registration"));
    const Registration& r = (*found)->registration();
    if (!authorization::ownsRegistration(ctx.caller, r))
        return std::optional(forbidden());
    if (r.session_id() != e.session_id())
        return std::optional(invalidField("registration_id"));
    if (r.status() != REGISTRATION_STATUS_CONFIRMED)
        return std::optional(invalidState("アンケートは参加が確定した申込みについて回答できます。",
            "The questionnaire can be answered for a confirmed registration."));
    auto earlier = ctx.tx.listByParent(RECORD_KIND_VISITOR_ENTRY, r.id());
    if (!earlier)
        return earlier.error();
    for (const auto& record : *earlier) {
        if (record.visitor_entry().kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE
            && record.visitor_entry().id() != e.id())
            return std::optional(rejected("already_answered", "この研修のアンケートには既に回答済みです。",
                "You have already answered the questionnaire of this seminar."));
    }
    return std::optional<MutationResult>();
}

Outcome answerWith(RuleContext& ctx, const Record& record)
{
    // The caller gets the entry back only where a pull would give it: never a kiosk.
    MutationResult result = applied();
    if (auto added = addIfVisible(ctx, result, record); !added)
        return added.error();
    return result;
}

} // namespace

Outcome submitVisitorEntry(RuleContext& ctx, const SubmitVisitorEntry& op)
{
    const auto& caller = ctx.caller;
    VisitorEntry e = op.entry();
    if (const auto field = malformedField(e); !field.empty())
        return invalidField(field);

    auto sessionRecord = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, e.session_id());
    if (!sessionRecord)
        return sessionRecord.error();
    if (!*sessionRecord)
        return notFound("研修・展示会の回", "The seminar or exhibition session");
    const SeminarSession& session = (*sessionRecord)->seminar_session();
    auto seminar = ctx.tx.find(RECORD_KIND_SEMINAR, session.seminar_id());
    if (!seminar)
        return seminar.error();
    const int prefecture = *seminar ? (*seminar)->seminar().prefecture_code() : 0;

    // Who may leave which kind: the exhibition's kinds from a kiosk (or the centre's staff
    // typing in a paper form), the seminar questionnaire only by the registration's owner.
    if (isExhibitionKind(e.kind()) && !caller.isKiosk()
        && !authorization::isCentreStaffOf(caller, prefecture))
        return forbidden();
    if (e.kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE && caller.isKiosk())
        return forbidden();

    // The id is the idempotency key: the same device sending it again gets what is stored.
    auto existing = ctx.tx.find(RECORD_KIND_VISITOR_ENTRY, e.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        const auto& stored = (*existing)->visitor_entry();
        if (stored.device_id() != caller.deviceId || stored.kind() != e.kind()
            || stored.session_id() != e.session_id())
            return alreadyExists();
        return answerWith(ctx, **existing);
    }

    if (session.cancelled())
        return rejected("session_cancelled", "この回は中止になったため、受け付けられませんでした。",
            "This session has been cancelled, so the entry was not accepted.");
    StoreResult<std::optional<MutationResult>> problem = std::optional<MutationResult>();
    if (e.kind() == VISITOR_ENTRY_KIND_LOAN_REQUEST)
        problem = loanWishProblem(ctx, e, prefecture);
    else if (e.kind() == VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE)
        problem = questionnaireProblem(ctx, e);
    if (!problem)
        return problem.error();
    if (*problem)
        return **problem;

    e.set_server_version(0);
    e.set_device_id(caller.deviceId);
    const auto latest = ctx.now + kMaxClockAhead;
    if (!e.has_entered_at() || e.entered_at().seconds() <= 0 || toSysSeconds(e.entered_at()) > latest)
        *e.mutable_entered_at() = toTimestamp(ctx.now);
    Record record = wrap(e);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return answerWith(ctx, record);
}

// ---- the visitor inbox -----------------------------------------------------------------------

namespace {

/// The id of the record an op makes (the loan or the consultation); empty for NOTED.
std::string madeRecordId(const HandleVisitorEntry& op)
{
    switch (op.outcome()) {
    case VISITOR_ENTRY_OUTCOME_LOAN_REQUEST:
        return op.loan().id();
    case VISITOR_ENTRY_OUTCOME_CONSULTATION:
        return op.consultation().id();
    default:
        return {};
    }
}

} // namespace

// Centre staff of the entry's prefecture turn it into a loan request or a consultation of the
// facility they matched it to (through the same rules as a request or an open of their own),
// or mark it handled; the entry keeps who did it and what was made. An entry is handled once:
// a replay of the same handling answers what is stored, another handling is refused.
Outcome handleVisitorEntry(RuleContext& ctx, const HandleVisitorEntry& op)
{
    if (!isUuid(op.entry_id()))
        return invalidField("entry_id");
    if (op.outcome() == VISITOR_ENTRY_OUTCOME_UNSPECIFIED || !VisitorEntryOutcome_IsValid(op.outcome()))
        return invalidField("outcome");
    auto found = ctx.tx.find(RECORD_KIND_VISITOR_ENTRY, op.entry_id());
    if (!found)
        return found.error();
    if (!*found)
        return notFound("受付", "The entry");
    VisitorEntry entry = (*found)->visitor_entry();
    auto sessionRecord = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, entry.session_id());
    if (!sessionRecord)
        return sessionRecord.error();
    int prefecture = 0;
    if (*sessionRecord) {
        auto seminar = ctx.tx.find(RECORD_KIND_SEMINAR, (*sessionRecord)->seminar_session().seminar_id());
        if (!seminar)
            return seminar.error();
        prefecture = *seminar ? (*seminar)->seminar().prefecture_code() : 0;
    }
    if (!authorization::isCentreStaffOf(ctx.caller, prefecture))
        return forbidden();

    const std::string made = madeRecordId(op);
    if (entry.outcome() != VISITOR_ENTRY_OUTCOME_UNSPECIFIED) {
        if (entry.outcome() == op.outcome() && entry.outcome_record_id() == made
            && entry.handled_by_user_id() == ctx.caller.userId)
            return applied({ wrap(entry) });
        return rejected("already_handled", "この受付は既に対応済みです。画面を更新してください。",
            "This entry has already been handled. Please refresh.");
    }

    // The facility it is matched to: one of the centre's prefecture.
    if (!op.organisation_id().empty() || op.outcome() != VISITOR_ENTRY_OUTCOME_NOTED) {
        if (!isUuid(op.organisation_id()))
            return invalidField("organisation_id");
        auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, op.organisation_id());
        if (!org)
            return org.error();
        if (!*org || (*org)->organisation().kind() != ORGANISATION_KIND_FACILITY
            || (*org)->organisation().prefecture_code() != prefecture)
            return notFound("事業所", "The facility");
    }

    MutationResult result = applied();
    if (op.outcome() == VISITOR_ENTRY_OUTCOME_LOAN_REQUEST) {
        if (entry.kind() != VISITOR_ENTRY_KIND_LOAN_REQUEST)
            return invalidState(
                "貸出申請にできるのは、貸出の希望だけです。", "Only a loan wish can become a loan request.");
        if (op.loan().requester_org_id() != op.organisation_id())
            return invalidField("loan.requester_org_id");
        RequestLoan request;
        *request.mutable_loan() = op.loan();
        auto loan = requestLoan(ctx, request);
        if (!loan || loan->status() != MUTATION_STATUS_APPLIED)
            return loan;
        result = std::move(*loan);
    } else if (op.outcome() == VISITOR_ENTRY_OUTCOME_CONSULTATION) {
        if (op.consultation().organisation_id() != op.organisation_id())
            return invalidField("consultation.organisation_id");
        if (op.consultation().channel() != CONSULTATION_CHANNEL_EXHIBITION)
            return invalidField("consultation.channel");
        auto opened = openConsultationFrom(ctx, op.consultation(), entry.id());
        if (!opened || opened->status() != MUTATION_STATUS_APPLIED)
            return opened;
        result = std::move(*opened);
    }

    entry.set_outcome(op.outcome());
    entry.set_matched_org_id(op.organisation_id());
    entry.set_outcome_record_id(made);
    entry.set_handled_by_user_id(ctx.caller.userId);
    *entry.mutable_handled_at() = toTimestamp(ctx.now);
    Record record = wrap(entry);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    // The entry first: it is what the mutation targets; then what was made of it.
    MutationResult answer = result;
    answer.clear_records();
    *answer.add_records() = std::move(record);
    for (const auto& madeRecord : result.records())
        *answer.add_records() = madeRecord;
    return answer;
}

} // namespace yk::server::rules
