#pragma once

#include "store_list_model.h"
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

struct DeviceContext;

/// One trial loan as the loans page shows it.
struct LoanInfo {
    QString id;
    QString modelId;
    QString modelName;
    QString requesterName; ///< the requesting organisation (centre staff see many)
    QString fromDate; ///< YYYY-MM-DD
    QString toDate;
    int state = 0;
    QString proposedFrom;
    QString proposedTo;
    QString purpose;
    QString declineReason;
    bool hasReport = false;
    bool pending = false;
    QString syncText;
};

/// Reads the loans `organisationId` sees: its own requests, or for centre staff every loan
/// of the centre's equipment. Newest first; engine thread.
std::vector<LoanInfo> readLoans(DeviceContext& context, const std::string& organisationId, bool centreStaff);

/// Trial loans: my organisation's requests (for centre staff: all loans of the centre) with
/// their state, a free range when waitlisted, a decline reason, and whether a change still
/// waits to be sent.
class LoanListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        LoanIdRole = Qt::UserRole + 1,
        ModelIdRole,
        ModelNameRole,
        RequesterRole,
        FromTextRole,
        ToTextRole,
        FromDateRole,
        ToDateRole,
        StateRole,
        StateTextRole,
        PendingRole,
        SyncTextRole,
        ProposedTextRole,
        PurposeRole,
        DeclineReasonRole,
        HasReportRole,
    };
    Q_ENUM(Role)

    explicit LoanListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const override { return static_cast<int>(m_rows.size()); }

    void reload() override;

private:
    std::vector<LoanInfo> m_rows;
};

} // namespace yk::app
