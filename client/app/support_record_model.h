#pragma once

#include "store_list_model.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace yk::store {
class Store;
}

namespace yk::app {

/// One event of a facility's support record (支援カルテ).
struct SupportEvent {
    enum class Kind {
        Consultation,
        SignUp,
        Attendance,
        Loan,
        LoanReport,
        KioskEntry,
        SelfAssessment,
        Programme,
        Adoption
    };
    Kind kind = Kind::Consultation;
    QDateTime at;
    QString title;
    QString detail;
    QString recordId; ///< the consultation, session, loan … it opens
};

/// Everything the centre and the facility did together, newest first: consultations, seminar
/// sign-ups and attendance (the server's accepted check-ins), loans and their result reports,
/// submitted self-assessments, support programmes and adoptions with their follow-up and, for centre staff
/// only, the kiosk entries matched to the facility. Engine thread.
std::vector<SupportEvent> readSupportRecord(
    store::Store& store, const std::string& organisationId, bool centreView);

/// The support record of one organisation as a list (the facility's own, or the one centre
/// staff chose from their prefecture's facilities).
class SupportRecordModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The facility; empty: the signed-in user's organisation.
    Q_PROPERTY(QString organisationId READ organisationIdProperty WRITE setOrganisationId NOTIFY
            organisationIdChanged)
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindTextRole,
        WhenTextRole,
        TitleRole,
        DetailRole,
        RecordIdRole,
    };
    Q_ENUM(Role)

    explicit SupportRecordModel(QObject* parent = nullptr);

    QString organisationIdProperty() const { return m_organisationId; }
    void setOrganisationId(const QString& id);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }
    void reload() override;

    /// "consultation", "signUp", "attendance", "loan", "loanReport", "kioskEntry", "selfAssessment".
    static QString kindKey(SupportEvent::Kind kind);

Q_SIGNALS:
    void organisationIdChanged();

private:
    QString m_organisationId;
    std::vector<SupportEvent> m_rows;
};

} // namespace yk::app
