#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// This person's seminar sign-ups with their state as the server decided it (nothing is
/// shown as confirmed before it is) and, once confirmed, the signed ticket as a QR code
/// that works offline.
class TicketListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
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
    };
    Q_ENUM(Role)

    struct Row {
        QString registrationId;
        QString sessionId;
        QString title;
        QDateTime startsAt;
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

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void reloaded();

private:
    std::vector<Row> m_rows;
    quint64 m_generation = 0;
};

} // namespace yk::app
