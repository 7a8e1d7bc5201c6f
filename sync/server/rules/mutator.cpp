#include "mutator.h"

#include "authorization.h"
#include "rule_context.h"
#include "ticket_signer.h"

#include <optional>
#include <string_view>

namespace yk::server {

using namespace yokoten::v1;

namespace {

struct Origin {
    std::string deviceId;
    std::string userId;
};

StoreResult<std::optional<Origin>> readOrigin(
    WriteTransaction& tx, std::string_view operation, std::string_view key)
{
    auto stmt
        = tx.db().cached("SELECT device_id, user_id FROM mutation_origins WHERE operation = ? AND key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, operation).bind(2, key);
    const auto step = (*stmt)->step();
    if (step == SqlStatement::Step::Error) {
        auto error = (*stmt)->lastError("read mutation origin");
        (*stmt)->reset();
        return error;
    }
    std::optional<Origin> origin;
    if (step == SqlStatement::Step::Row)
        origin = Origin { (*stmt)->columnText(0), (*stmt)->columnText(1) };
    (*stmt)->reset();
    return origin;
}

StoreStatus writeOrigin(
    WriteTransaction& tx, std::string_view operation, std::string_view key, const Principal& caller)
{
    auto stmt = tx.db().cached(
        "INSERT INTO mutation_origins(operation, key, device_id, user_id) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, operation).bind(2, key).bind(3, caller.deviceId).bind(4, caller.userId);
    return (*stmt)->run();
}

/// The same device, or the same account on another device (a user's own work follows them).
bool isSender(const Origin& origin, const Principal& caller)
{
    return origin.deviceId == caller.deviceId || (!origin.userId.empty() && origin.userId == caller.userId);
}

} // namespace

std::string Mutator::idempotencyKey(const Mutation& mutation)
{
    switch (mutation.op_case()) {
    case Mutation::kCreateCase:
        return mutation.create_case().good_practice_case().id();
    case Mutation::kCreateSeminar:
        return mutation.create_seminar().seminar().id();
    case Mutation::kCreateSession:
        return mutation.create_session().session().id();
    case Mutation::kSignUp:
        return mutation.sign_up().registration().id();
    case Mutation::kRecordCheckIn:
        return mutation.record_check_in().check_in().nonce();
    case Mutation::kRequestLoan:
        return mutation.request_loan().loan().id();
    case Mutation::kFileLoanReport:
        return mutation.file_loan_report().loan_id();
    case Mutation::kPublishTemplate:
        return mutation.publish_template().template_().id();
    case Mutation::kSubmitAssessment:
        return mutation.submit_assessment().response().id();
    case Mutation::kSubmitVisitorEntry:
        return mutation.submit_visitor_entry().entry().id();
    case Mutation::kOpenConsultation:
        return mutation.open_consultation().consultation().id();
    case Mutation::kReplyConsultation:
        return mutation.reply_consultation().message().id();
    case Mutation::kApplyToProgramme:
        return mutation.apply_to_programme().participation().id();
    case Mutation::kLogVisit:
        return mutation.log_visit().visit().id();
    case Mutation::kRecordMeasurement:
        return mutation.record_measurement().measurement().id();
    case Mutation::kRecordAdoption:
        return mutation.record_adoption().adoption().id();
    case Mutation::kPublishNotice:
        return mutation.publish_notice().notice().id();
    default:
        // State changes of an existing record (edit, submit, approve …) are checked against
        // the caller by their rules and answer only what the caller may see anyway.
        return {};
    }
}

Mutator::Mutator(const TicketSigner& signer)
    : m_signer(signer)
{
}

StoreResult<MutationResult> Mutator::apply(WriteTransaction& tx, const Principal& caller,
    const Mutation& mutation, std::chrono::system_clock::time_point now)
{
    rules::RuleContext ctx { tx, caller, m_signer, now };
    const auto op = mutation.op_case();
    const std::string key = idempotencyKey(mutation);
    // The oneof field's name ("sign_up"): stable, since it is the wire contract.
    const auto* field = Mutation::descriptor()->FindFieldByNumber(static_cast<int>(op));
    const std::string operation = field ? field->name() : std::string();
    bool firstUse = false;
    auto outcome = [&]() -> rules::Outcome {
        if (caller.isKiosk() && !rules::authorization::kioskMay(op))
            return rules::forbidden();
        if (!key.empty()) {
            auto origin = readOrigin(tx, operation, key);
            if (!origin)
                return origin.error();
            if (*origin && !isSender(**origin, caller))
                return rules::alreadyExists();
            ctx.replayBySender = origin->has_value();
            firstUse = !origin->has_value();
        }
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
        case Mutation::kHandleVisitorEntry:
            return rules::handleVisitorEntry(ctx, mutation.handle_visitor_entry());
        case Mutation::kOpenConsultation:
            return rules::openConsultation(ctx, mutation.open_consultation());
        case Mutation::kReplyConsultation:
            return rules::replyConsultation(ctx, mutation.reply_consultation());
        case Mutation::kReferConsultation:
            return rules::referConsultation(ctx, mutation.refer_consultation());
        case Mutation::kSetConsultationFollowUp:
            return rules::setConsultationFollowUp(ctx, mutation.set_consultation_follow_up());
        case Mutation::kLinkConsultation:
            return rules::linkConsultation(ctx, mutation.link_consultation());
        case Mutation::kCloseConsultation:
            return rules::closeConsultation(ctx, mutation.close_consultation());
        case Mutation::kPublishProgramme:
            return rules::publishProgramme(ctx, mutation.publish_programme());
        case Mutation::kApplyToProgramme:
            return rules::applyToProgramme(ctx, mutation.apply_to_programme());
        case Mutation::kDecideApplication:
            return rules::decideApplication(ctx, mutation.decide_application());
        case Mutation::kSetPlanStep:
            return rules::setPlanStep(ctx, mutation.set_plan_step());
        case Mutation::kLogVisit:
            return rules::logVisit(ctx, mutation.log_visit());
        case Mutation::kRecordMeasurement:
            return rules::recordMeasurement(ctx, mutation.record_measurement());
        case Mutation::kCloseParticipation:
            return rules::closeParticipation(ctx, mutation.close_participation());
        case Mutation::kRecordAdoption:
            return rules::recordAdoption(ctx, mutation.record_adoption());
        case Mutation::kAnswerAdoptionCheckIn:
            return rules::answerAdoptionCheckIn(ctx, mutation.answer_adoption_check_in());
        case Mutation::kPublishNotice:
            return rules::publishNotice(ctx, mutation.publish_notice());
        case Mutation::kMarkNoticeRead:
            return rules::markNoticeRead(ctx, mutation.mark_notice_read());
        case Mutation::kWithdrawNotice:
            return rules::withdrawNotice(ctx, mutation.withdraw_notice());
        case Mutation::kSaveMenuEntry:
            return rules::saveMenuEntry(ctx, mutation.save_menu_entry());
        case Mutation::kWithdrawMenuEntry:
            return rules::withdrawMenuEntry(ctx, mutation.withdraw_menu_entry());
        case Mutation::kRefreshIndicators:
            return rules::refreshIndicators(ctx, mutation.refresh_indicators());
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
    if (firstUse && outcome->status() == MUTATION_STATUS_APPLIED) {
        if (auto status = writeOrigin(tx, operation, key, caller); !status)
            return status.error();
    }
    outcome->set_seq(mutation.seq());
    return outcome;
}

} // namespace yk::server
