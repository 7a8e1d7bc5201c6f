#pragma once

#include "store_list_model.h"
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// Centre staff: who signed up for one seminar session (attendee, organisation, status)
/// and who has checked in at the door, as last synced. Cancelled sign-ups are left out.
class RosterModel : public SessionScopedModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int checkedInCount READ checkedInCount NOTIFY countChanged)
public:
    enum Role {
        RegistrationIdRole = Qt::UserRole + 1,
        AttendeeRole,
        OrganisationRole,
        StatusRole,
        StatusTextRole,
        CheckedInRole,
    };
    Q_ENUM(Role)

    struct Row {
        QString id;
        QString attendee;
        QString organisation;
        int status = 0;
        int waitlistPosition = 0;
        bool checkedIn = false;
    };

    explicit RosterModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const override { return static_cast<int>(m_rows.size()); }
    int checkedInCount() const;

    void reload() override;

private:
    std::vector<Row> m_rows;
};

} // namespace yk::app
