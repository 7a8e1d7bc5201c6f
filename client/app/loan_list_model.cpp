#include "loan_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "session_manager.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/record.pb.h"

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

std::vector<LoanInfo> readLoans(DeviceContext& context, const std::string& organisationId, bool centreStaff)
{
    std::vector<LoanInfo> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    // A facility sees the loans it asked for; centre staff also every loan of the centre's
    // models, which needs the whole table (the centre's own workload). The catalogue is small.
    const bool everyLoan = centreStaff || organisationId.empty();
    auto loans = everyLoan ? records.all<LoanRequest>() : records.loansRequestedBy(organisationId);
    auto models = records.all<EquipmentModel>();
    if (!loans || !models)
        return rows;
    std::map<std::string, const EquipmentModel*> modelById;
    for (const auto& m : *models)
        modelById[m.id()] = &m;
    // The requesters' names, each read once.
    std::map<std::string, std::string> orgName;
    const auto requesterName = [&](const std::string& id) -> const std::string& {
        auto it = orgName.find(id);
        if (it == orgName.end()) {
            auto found = records.find<Organisation>(id);
            it = orgName.emplace(id, found && *found ? (*found)->name() : std::string()).first;
        }
        return it->second;
    };
    for (const auto& l : *loans) {
        const auto model = modelById.find(l.model_id());
        const bool mine = organisationId.empty() || l.requester_org_id() == organisationId;
        const bool centres
            = centreStaff && model != modelById.end() && model->second->centre_org_id() == organisationId;
        if (!mine && !centres)
            continue;
        LoanInfo info;
        info.id = qs(l.id());
        info.modelId = qs(l.model_id());
        if (model != modelById.end())
            info.modelName = qs(model->second->name());
        info.requesterName = qs(requesterName(l.requester_org_id()));
        info.fromDate = qs(l.from_date());
        info.toDate = qs(l.to_date());
        info.state = l.state();
        info.proposedFrom = qs(l.proposed_from_date());
        info.proposedTo = qs(l.proposed_to_date());
        info.purpose = qs(l.purpose());
        info.declineReason = qs(l.decline_reason());
        info.hasReport = l.has_report() && l.report().usefulness() > 0;
        info.syncText = syncStateText(context, RECORD_KIND_LOAN_REQUEST, l.id(), &info.pending);
        rows.push_back(std::move(info));
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const LoanInfo& a, const LoanInfo& b) { return a.fromDate > b.fromDate; });
    return rows;
}

LoanListModel::LoanListModel(QObject* parent)
    : StoreListModel(parent)
{
}

QVariant LoanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoanInfo& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case ModelNameRole:
        return row.modelName;
    case LoanIdRole:
        return row.id;
    case ModelIdRole:
        return row.modelId;
    case RequesterRole:
        return row.requesterName;
    case FromTextRole:
        return formatWireDate(row.fromDate.toStdString());
    case ToTextRole:
        return formatWireDate(row.toDate.toStdString());
    case FromDateRole:
        return row.fromDate;
    case ToDateRole:
        return row.toDate;
    case StateRole:
        return row.state;
    case StateTextRole:
        return row.pending && row.state == LOAN_STATE_REQUESTED ? row.syncText : loanStateText(row.state);
    case PendingRole:
        return row.pending;
    case SyncTextRole:
        return row.syncText;
    case ProposedTextRole:
        return row.state == LOAN_STATE_WAITLISTED && !row.proposedFrom.isEmpty()
            ? tr("Free from %1 to %2")
                  .arg(formatWireDate(row.proposedFrom.toStdString()),
                      formatWireDate(row.proposedTo.toStdString()))
            : QString();
    case PurposeRole:
        return row.purpose;
    case DeclineReasonRole:
        return row.declineReason;
    case HasReportRole:
        return row.hasReport;
    default:
        return {};
    }
}

QHash<int, QByteArray> LoanListModel::roleNames() const
{
    return {
        { LoanIdRole, "loanId" },
        { ModelIdRole, "modelId" },
        { ModelNameRole, "modelName" },
        { RequesterRole, "requester" },
        { FromTextRole, "fromText" },
        { ToTextRole, "toText" },
        { FromDateRole, "fromDate" },
        { ToDateRole, "toDate" },
        { StateRole, "loanState" },
        { StateTextRole, "stateText" },
        { PendingRole, "pending" },
        { SyncTextRole, "syncText" },
        { ProposedTextRole, "proposedText" },
        { PurposeRole, "purpose" },
        { DeclineReasonRole, "declineReason" },
        { HasReportRole, "hasReport" },
    };
}

void LoanListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string organisationId = this->organisationId();
    const SessionManager* session = sessionManager();
    const bool centreStaff = session != nullptr && session->centreStaff();
    fetch<LoanInfo>(
        m_rows, [=](DeviceContext& context) { return readLoans(context, organisationId, centreStaff); });
}

} // namespace yk::app
