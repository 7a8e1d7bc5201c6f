#include "mutator.h"

#include "authorization.h"
#include "rule_context.h"
#include "ticket_signer.h"

namespace yk::server {

using namespace yokoten::v1;

Mutator::Mutator(const TicketSigner& signer)
    : m_signer(signer)
{
}

StoreResult<MutationResult> Mutator::apply(WriteTransaction& tx, const Principal& caller,
    const Mutation& mutation, std::chrono::system_clock::time_point now)
{
    rules::RuleContext ctx { tx, caller, m_signer, now };
    const auto op = mutation.op_case();
    auto outcome = [&]() -> rules::Outcome {
        if (caller.isKiosk() && !rules::authorization::kioskMay(op))
            return rules::forbidden();
        switch (op) {
        case Mutation::kCreateCase:
            return rules::createCase(ctx, mutation.create_case());
        case Mutation::kEditCase:
            return rules::editCase(ctx, mutation.edit_case());
        case Mutation::kSubmitCase:
            return rules::submitCase(ctx, mutation.submit_case());
        case Mutation::kPublishCase:
            return rules::publishCase(ctx, mutation.publish_case());
        case Mutation::kArchiveCase:
            return rules::archiveCase(ctx, mutation.archive_case());
        case Mutation::kCreateSeminar:
            return rules::createSeminar(ctx, mutation.create_seminar());
        case Mutation::kCreateSession:
            return rules::createSession(ctx, mutation.create_session());
        case Mutation::kSignUp:
            return rules::signUp(ctx, mutation.sign_up());
        case Mutation::kCancelRegistration:
            return rules::cancelRegistration(ctx, mutation.cancel_registration());
        case Mutation::kRecordCheckIn:
            return rules::recordCheckIn(ctx, mutation.record_check_in());
        case Mutation::kRequestLoan:
            return rules::requestLoan(ctx, mutation.request_loan());
        case Mutation::kApproveLoan:
            return rules::approveLoan(ctx, mutation.approve_loan());
        case Mutation::kDeclineLoan:
            return rules::declineLoan(ctx, mutation.decline_loan());
        case Mutation::kMarkLoanLent:
            return rules::markLoanLent(ctx, mutation.mark_loan_lent());
        case Mutation::kMarkLoanReturned:
            return rules::markLoanReturned(ctx, mutation.mark_loan_returned());
        case Mutation::kCancelLoan:
            return rules::cancelLoan(ctx, mutation.cancel_loan());
        case Mutation::kFileLoanReport:
            return rules::fileLoanReport(ctx, mutation.file_loan_report());
        case Mutation::kPublishTemplate:
            return rules::publishTemplate(ctx, mutation.publish_template());
        case Mutation::kSubmitAssessment:
            return rules::submitAssessment(ctx, mutation.submit_assessment());
        case Mutation::kSubmitVisitorEntry:
            return rules::submitVisitorEntry(ctx, mutation.submit_visitor_entry());
        case Mutation::OP_NOT_SET:
            break;
        }
        // An operation this server does not know (a newer client) or none at all.
        return rules::rejected("unknown_operation",
            "このサーバーでは処理できない操作です。アプリを更新してください。",
            "The server does not know this operation. Please update the app.");
    }();
    if (!outcome)
        return outcome.error();
    outcome->set_seq(mutation.seq());
    return outcome;
}

} // namespace yk::server
