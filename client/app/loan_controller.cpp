#include "loan_controller.h"

#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"

#include <QCoreApplication>
#include <google/protobuf/util/time_util.h>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

LoanController::LoanController(QObject* parent)
    : StoreController(parent)
{
}

void LoanController::approve(const QString& loanId)
{
    Mutation m;
    m.mutable_approve_loan()->set_loan_id(loanId.toStdString());
    queue(loanId, std::move(m), { LOAN_STATE_REQUESTED, LOAN_STATE_WAITLISTED });
}

void LoanController::decline(const QString& loanId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        setError(tr("Please give a reason for the facility."));
        return;
    }
    Mutation m;
    m.mutable_decline_loan()->set_loan_id(loanId.toStdString());
    m.mutable_decline_loan()->set_reason(reason.trimmed().toStdString());
    queue(loanId, std::move(m), { LOAN_STATE_REQUESTED, LOAN_STATE_WAITLISTED, LOAN_STATE_APPROVED });
}

void LoanController::markLent(const QString& loanId)
{
    Mutation m;
    m.mutable_mark_loan_lent()->set_loan_id(loanId.toStdString());
    queue(loanId, std::move(m), { LOAN_STATE_APPROVED });
}

void LoanController::markReturned(const QString& loanId)
{
    Mutation m;
    m.mutable_mark_loan_returned()->set_loan_id(loanId.toStdString());
    queue(loanId, std::move(m), { LOAN_STATE_LENT });
}

void LoanController::cancel(const QString& loanId)
{
    Mutation m;
    m.mutable_cancel_loan()->set_loan_id(loanId.toStdString());
    queue(loanId, std::move(m), { LOAN_STATE_REQUESTED, LOAN_STATE_WAITLISTED, LOAN_STATE_APPROVED });
}

void LoanController::fileReport(const QString& loanId, int usefulness, bool plansToAdopt,
    const QString& findings, const QString& problems)
{
    if (usefulness < 1 || usefulness > 5) {
        setError(tr("Choose how useful the equipment was (1 to 5)."));
        return;
    }
    Mutation m;
    auto* op = m.mutable_file_loan_report();
    op->set_loan_id(loanId.toStdString());
    auto* r = op->mutable_report();
    r->set_usefulness(usefulness);
    r->set_plans_to_adopt(plansToAdopt);
    r->set_findings(findings.trimmed().toStdString());
    r->set_problems(problems.trimmed().toStdString());
    *r->mutable_submitted_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
    queue(loanId, std::move(m), { LOAN_STATE_RETURNED });
}

void LoanController::queue(const QString& loanId, Mutation mutation, std::vector<int> allowedStates)
{
    if (loanId.isEmpty() || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    const std::string id = loanId.toStdString();
    auto check = [id, allowedStates](DeviceContext& context) -> QString {
        auto loan = context.store->records().find<LoanRequest>(id);
        if (!loan || !*loan)
            return QCoreApplication::translate("LoanController", "This loan is not on this device.");
        if (std::find(allowedStates.begin(), allowedStates.end(), (*loan)->state()) == allowedStates.end())
            return QCoreApplication::translate("LoanController", "Not possible while the loan is: %1")
                .arg(loanStateText((*loan)->state()));
        return {};
    };
    queueMutation(
        bridge(), this, std::move(mutation),
        [this, loanId](QString error) {
            m_busy = false;
            Q_EMIT busyChanged();
            setError(error);
            if (error.isEmpty())
                Q_EMIT queued(loanId);
        },
        std::move(check));
}

void LoanController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
