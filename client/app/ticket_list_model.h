#pragma once

#include "store_list_model.h"
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// This person's seminar sign-ups with their state as the server decided it (nothing is
/// shown as confirmed before it is) and, once confirmed, the signed ticket as a QR code
/// that works offline.
class TicketListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        RegistrationIdRole = Qt::UserRole + 1,
        SessionIdRole,
        SeminarTitleRole,
        StartsAtTextRole,
        VenueRole,
        AttendeeRole,
        StatusRole,
        StatusTextRole,
        PendingRole,
        SyncTextRole,
        ShortCodeRole,
        QrTextRole,
        CanCancelRole,
        EndedRole, ///< the session is over: questionnaire and certificate time
        CertificateRole, ///< the seminar issues an attendance certificate
    };
    Q_ENUM(Role)

    struct Row {
        QString registrationId;
        QString sessionId;
        QString title;
        QDateTime startsAt;
        QDateTime endsAt;
        bool certificate = false;
        QString venue;
        QString attendee;
        int status = 0;
        int waitlistPosition = 0;
        bool pending = false;
        QString syncText;
        QString shortCode;
        QString qrText;
    };

    explicit TicketListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const override { return static_cast<int>(m_rows.size()); }

    void reload() override;

private:
    std::vector<Row> m_rows;
};

} // namespace yk::app
