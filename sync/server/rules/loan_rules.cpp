// Trial loans of the centre's equipment: a request books a free unit of the model over its
// date range (LoanBookingRule) or is waitlisted with the earliest free range proposed; centre
// staff then move it requested → approved → lent → returned, or decline it.
//
// What holds a unit: every loan in REQUESTED, APPROVED or LENT with a unit assigned. A
// request holds its unit from the moment it is booked, so two requests for the same days
// never get the same unit while the centre has not looked at the first yet. WAITLISTED loans
// hold nothing; DECLINED, CANCELLED and RETURNED loans release their unit.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/loan_booking_rule.h"

#include <map>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr std::size_t kMaxReasonChars = 2000;

MutationResult badField(std::string_view field)
{
    return invalidArgument("入力内容が長すぎるか、正しくありません（項目: " + std::string(field) + "）。",
        "A field is too long or not valid (field: " + std::string(field) + ").");
}

bool holdsUnit(LoanState state)
{
    return state == LOAN_STATE_REQUESTED || state == LOAN_STATE_APPROVED || state == LOAN_STATE_LENT;
}

std::optional<domain::Date> parseDate(const std::string& text)
{
    return text.empty() ? std::nullopt : domain::Date::parse(text);
}

StoreResult<domain::LoanModelUnits> unitsOf(RuleContext& ctx, const EquipmentModel& model)
{
    domain::LoanModelUnits units;
    units.maxLoanDays = model.max_loan_days();
    auto unitRecords = ctx.tx.listByParent(RECORD_KIND_EQUIPMENT_UNIT, model.id());
    if (!unitRecords)
        return unitRecords.error();
    std::map<std::string, std::size_t> indexById;
    for (const auto& record : *unitRecords) {
        const auto& u = record.equipment_unit();
        domain::LoanUnit unit;
        unit.id = u.id();
        unit.retired = u.status() == UNIT_STATUS_RETIRED;
        if (u.status() == UNIT_STATUS_OUT_OF_SERVICE || !u.out_of_service_from().empty()
            || !u.out_of_service_until().empty())
            unit.outOfService = domain::OutOfService { parseDate(u.out_of_service_from()),
                parseDate(u.out_of_service_until()) };
        indexById.emplace(unit.id, units.units.size());
        units.units.push_back(std::move(unit));
    }
    auto loans = ctx.tx.listByParent(RECORD_KIND_LOAN_REQUEST, model.id());
    if (!loans)
        return loans.error();
    for (const auto& record : *loans) {
        const auto& loan = record.loan_request();
        const auto at = indexById.find(loan.unit_id());
        if (!holdsUnit(loan.state()) || at == indexById.end())
            continue;
        const auto from = domain::Date::parse(loan.from_date());
        const auto to = domain::Date::parse(loan.to_date());
        if (from && to)
            units.units[at->second].bookings.push_back({ *from, *to });
    }
    return units;
}

MutationResult loanRejected(domain::LoanRejectReason reason)
{
    const auto code = domain::reasonCode(reason);
    switch (reason) {
    case domain::LoanRejectReason::EndBeforeStart:
        return rejected(
            code, "返却日が貸出開始日より前になっています。", "The end date is before the start date.");
    case domain::LoanRejectReason::LongerThanMaxLoanDays:
        return rejected(code, "この機器を借りられる日数の上限を超えています。",
            "The loan is longer than this equipment may be lent.");
    case domain::LoanRejectReason::NoUnits:
    case domain::LoanRejectReason::AllUnitsRetired:
        return rejected(
            code, "この機器には貸し出せる台がありません。", "There is no unit of this equipment to lend.");
    case domain::LoanRejectReason::None:
        break;
    }
    return rejected(
        "invalid_argument", "貸出申込みを受け付けられませんでした。", "The loan request was not accepted.");
}

struct LoanInContext {
    LoanRequest loan;
    int prefectureCode = 0;
};

StoreResult<std::optional<LoanInContext>> findLoan(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_LOAN_REQUEST, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<LoanInContext> {};
    LoanInContext out;
    out.loan = (*found)->loan_request();
    auto model = ctx.tx.find(RECORD_KIND_EQUIPMENT_MODEL, out.loan.model_id());
    if (!model)
        return model.error();
    out.prefectureCode = *model ? (*model)->equipment_model().prefecture_code() : 0;
    return std::optional<LoanInContext>(std::move(out));
}

MutationResult loanNotFound()
{
    return notFound("貸出申込み", "The loan request");
}

Outcome storeLoan(RuleContext& ctx, const LoanRequest& loan)
{
    Record record = wrap(loan);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

// One step of the centre's state machine: allowed from `from`, idempotent at `to`.
Outcome centreStep(RuleContext& ctx, std::string_view loanId, std::initializer_list<LoanState> from,
    LoanState to, std::string_view reason = {})
{
    auto found = findLoan(ctx, loanId);
    if (!found)
        return found.error();
    if (!*found)
        return loanNotFound();
    if (!authorization::isCentreStaffOf(ctx.caller, (*found)->prefectureCode))
        return forbidden();
    LoanRequest loan = (*found)->loan;
    if (loan.state() == to)
        return applied({ wrap(loan) });
    if (std::find(from.begin(), from.end(), loan.state()) == from.end())
        return invalidState("この貸出申込みは今の状態ではこの操作ができません。",
            "This loan request cannot take this step in its current state.");
    loan.set_state(to);
    if (to == LOAN_STATE_DECLINED)
        loan.set_decline_reason(std::string(reason));
    return storeLoan(ctx, loan);
}

} // namespace

Outcome requestLoan(RuleContext& ctx, const RequestLoan& op)
{
    const auto& caller = ctx.caller;
    const LoanRequest& in = op.loan();
    // Centre staff enter a loan on a facility's behalf (a loan wish from the kiosk, the visitor
    // inbox); they must be of the model's prefecture, checked once the model is read.
    const bool centreCaller = authorization::isSignedInStaff(caller) && caller.hasRole(ROLE_CENTRE_STAFF);
    if (!caller.isKiosk() && !caller.hasRole(ROLE_FACILITY_STAFF) && !caller.hasRole(ROLE_FACILITY_MANAGER)
        && !centreCaller)
        return forbidden();
    // A kiosk enters the loan for a visiting facility; staff request for their own.
    const std::string requesterOrg = caller.isKiosk() || centreCaller
        ? in.requester_org_id()
        : (in.requester_org_id().empty() ? caller.organisationId : in.requester_org_id());
    if (!caller.isKiosk() && !centreCaller && !authorization::isFacilityWorkerOf(caller, requesterOrg))
        return forbidden();
    if (!isUuid(in.id()))
        return badField("id");
    if (!isUuid(in.model_id()))
        return badField("model_id");
    if (!isUuid(requesterOrg))
        return badField("requester_org_id");
    if (in.purpose().size() > kMaxTextBytes)
        return badField("purpose");
    const auto from = domain::Date::parse(in.from_date());
    if (!from)
        return badField("from_date");
    const auto to = domain::Date::parse(in.to_date());
    if (!to)
        return badField("to_date");

    auto modelRecord = ctx.tx.find(RECORD_KIND_EQUIPMENT_MODEL, in.model_id());
    if (!modelRecord)
        return modelRecord.error();
    if (!*modelRecord)
        return notFound("機器", "The equipment");
    const EquipmentModel model = (*modelRecord)->equipment_model();
    if (centreCaller && !authorization::isCentreStaffOf(caller, model.prefecture_code()))
        return forbidden();
    auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, requesterOrg);
    if (!org)
        return org.error();
    if (!*org || (*org)->organisation().kind() != ORGANISATION_KIND_FACILITY)
        return notFound("事業所", "The facility");
    // A centre lends to the facilities of its own prefecture.
    if ((*org)->organisation().prefecture_code() != model.prefecture_code())
        return rejected("forbidden", "この機器は他の都道府県のセンターが貸し出しています。",
            "This equipment is lent by a centre of another prefecture.");

    auto existing = ctx.tx.find(RECORD_KIND_LOAN_REQUEST, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        const auto& stored = (*existing)->loan_request();
        if (stored.requester_org_id() == requesterOrg && stored.model_id() == in.model_id()
            && stored.from_date() == in.from_date() && stored.to_date() == in.to_date()
            && stored.requester_user_id() == caller.userId)
            return applied({ std::move(**existing) });
        return alreadyExists();
    }

    LoanRequest loan;
    loan.set_id(in.id());
    loan.set_model_id(model.id());
    loan.set_requester_org_id(requesterOrg);
    loan.set_requester_user_id(caller.userId);
    loan.set_from_date(in.from_date());
    loan.set_to_date(in.to_date());
    loan.set_purpose(in.purpose());
    *loan.mutable_requested_at() = toTimestamp(ctx.now);

    auto units = unitsOf(ctx, model);
    if (!units)
        return units.error();
    const auto decision = domain::LoanBookingRule().decide(*units, { *from, *to });
    switch (decision.kind) {
    case domain::LoanDecisionKind::Rejected:
        return loanRejected(decision.reason);
    case domain::LoanDecisionKind::Booked:
        loan.set_state(LOAN_STATE_REQUESTED);
        loan.set_unit_id(decision.unitId);
        break;
    case domain::LoanDecisionKind::Waitlisted:
        loan.set_state(LOAN_STATE_WAITLISTED);
        if (decision.alternative) {
            loan.set_proposed_from_date(decision.alternative->range.from.toString());
            loan.set_proposed_to_date(decision.alternative->range.to.toString());
        }
        break;
    }
    return storeLoan(ctx, loan);
}

Outcome approveLoan(RuleContext& ctx, const ApproveLoan& op)
{
    return centreStep(ctx, op.loan_id(), { LOAN_STATE_REQUESTED }, LOAN_STATE_APPROVED);
}

Outcome declineLoan(RuleContext& ctx, const DeclineLoan& op)
{
    if (charCount(op.reason()) > kMaxReasonChars)
        return badField("reason");
    return centreStep(
        ctx, op.loan_id(), { LOAN_STATE_REQUESTED, LOAN_STATE_WAITLISTED }, LOAN_STATE_DECLINED, op.reason());
}

Outcome markLoanLent(RuleContext& ctx, const MarkLoanLent& op)
{
    return centreStep(ctx, op.loan_id(), { LOAN_STATE_APPROVED }, LOAN_STATE_LENT);
}

Outcome markLoanReturned(RuleContext& ctx, const MarkLoanReturned& op)
{
    return centreStep(ctx, op.loan_id(), { LOAN_STATE_LENT }, LOAN_STATE_RETURNED);
}

Outcome cancelLoan(RuleContext& ctx, const CancelLoan& op)
{
    auto found = findLoan(ctx, op.loan_id());
    if (!found)
        return found.error();
    if (!*found)
        return loanNotFound();
    LoanRequest loan = (*found)->loan;
    if (!authorization::isFacilityWorkerOf(ctx.caller, loan.requester_org_id())
        && !authorization::isCentreStaffOf(ctx.caller, (*found)->prefectureCode))
        return forbidden();
    if (loan.state() == LOAN_STATE_CANCELLED)
        return applied({ wrap(loan) });
    if (loan.state() != LOAN_STATE_REQUESTED && loan.state() != LOAN_STATE_APPROVED
        && loan.state() != LOAN_STATE_WAITLISTED)
        return invalidState("貸出中または終了した申込みは取り消せません。",
            "A loan that is lent out or finished cannot be cancelled.");
    loan.set_state(LOAN_STATE_CANCELLED);
    return storeLoan(ctx, loan);
}

Outcome fileLoanReport(RuleContext& ctx, const FileLoanReport& op)
{
    auto found = findLoan(ctx, op.loan_id());
    if (!found)
        return found.error();
    if (!*found)
        return loanNotFound();
    LoanRequest loan = (*found)->loan;
    if (!authorization::isFacilityWorkerOf(ctx.caller, loan.requester_org_id()))
        return forbidden();
    LoanResultReport report = op.report();
    if (report.usefulness() < 1 || report.usefulness() > 5)
        return badField("usefulness");
    if (report.findings().size() > kMaxTextBytes)
        return badField("findings");
    if (report.problems().size() > kMaxTextBytes)
        return badField("problems");
    if (loan.state() != LOAN_STATE_RETURNED)
        return invalidState(
            "結果報告は返却の後に提出できます。", "A result report can be filed after the return.");
    report.clear_submitted_at();
    if (loan.has_report()) {
        LoanResultReport stored = loan.report();
        stored.clear_submitted_at();
        if (sameContent(stored, report))
            return applied({ wrap(loan) });
        return alreadyExists();
    }
    *report.mutable_submitted_at() = toTimestamp(ctx.now);
    *loan.mutable_report() = report;
    auto answer = storeLoan(ctx, loan);
    if (!answer || answer->status() != MUTATION_STATUS_APPLIED || !report.plans_to_adopt())
        return answer;
    // A facility that plans to buy after the trial enters the follow-up after adoption: its
    // first check-in falls a month from now (docs/protocol.md, "Follow-up after adoption").
    auto adoption = adoptionFromLoan(ctx, loan);
    if (!adoption)
        return adoption.error();
    *answer->add_records() = std::move(*adoption);
    return answer;
}

} // namespace yk::server::rules
