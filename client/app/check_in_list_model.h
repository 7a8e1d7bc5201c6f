#pragma once

#include "store_list_model.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// The door's log for one seminar session: every check-in this device knows of, newest
/// first, with what became of it — waiting to be sent, accepted by the server, recorded as
/// a duplicate (another door or an earlier scan was first), or invalid / not accepted.
class CheckInListModel : public SessionScopedModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int duplicateCount READ duplicateCount NOTIFY countChanged)
public:
    enum Role {
        CheckInIdRole = Qt::UserRole + 1,
        RegistrationIdRole,
        AttendeeRole,
        CheckedInAtTextRole,
        ResultRole,
        ResultTextRole,
        ThisDeviceRole,
    };
    Q_ENUM(Role)

    /// How the server saw a check-in (Pending until it has).
    enum Result {
        Pending,
        Accepted,
        Duplicate,
        Invalid, ///< the server found the ticket invalid, or refused the event
    };
    Q_ENUM(Result)

    struct Row {
        QString id;
        QString registrationId;
        QString attendee;
        QDateTime checkedInAt;
        Result result = Pending;
        QString refusal; ///< why the server refused the event, when it did
        bool thisDevice = false;
    };

    explicit CheckInListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const override { return static_cast<int>(m_rows.size()); }
    int duplicateCount() const;

    void reload() override;

    static QString resultText(Result result);

private:
    std::vector<Row> m_rows;
};

} // namespace yk::app
