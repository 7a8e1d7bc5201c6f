#pragma once

#include "store_list_model.h"
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

struct DeviceContext;

/// One seminar session as a list row or a detail page shows it, with this person's own
/// registration when there is one. Seats are as last synced ("as last known").
struct SeminarSessionInfo {
    QString sessionId;
    QString seminarId;
    QString title;
    QString description;
    QString audience;
    int kind = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QString venue;
    QString address;
    QString onlineUrl;
    int capacity = 0;
    int confirmed = 0;
    int waitlisted = 0;
    QDateTime deadline;
    bool cancelled = false;
    bool certificate = false;
    QList<int> equipmentAreas; ///< what an exhibition shows (EquipmentArea values)
    QString registrationId; ///< empty when not signed up (or cancelled)
    int registrationStatus = 0;
    int waitlistPosition = 0;
    bool registrationPending = false;
    QString registrationSyncText;

    int seatsLeft() const { return qMax(0, capacity - confirmed); }
    bool deadlinePassed(const QDateTime& now) const { return deadline.isValid() && now > deadline; }
};

/// Reads every session (or one) with the signed-in person's registration; engine thread.
std::vector<SeminarSessionInfo> readSeminarSessions(
    DeviceContext& context, const std::string& userId, const std::string& onlySessionId = {});

/// Seminar sessions, soonest first: what is on, seats left as last known, the deadline and
/// whether this person is signed up (pending, confirmed, waitlisted).
class SeminarListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool upcomingOnly READ upcomingOnly WRITE setUpcomingOnly NOTIFY upcomingOnlyChanged)
public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        StartsAtTextRole,
        VenueRole,
        CapacityRole,
        SeatsLeftRole,
        DeadlineTextRole,
        DeadlinePassedRole,
        CancelledRole,
        MyStatusRole,
        MyStatusTextRole,
        MyPendingRole,
    };
    Q_ENUM(Role)

    explicit SeminarListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool upcomingOnly() const { return m_upcomingOnly; }
    void setUpcomingOnly(bool value);
    int count() const override { return static_cast<int>(m_rows.size()); }

    void reload() override;

Q_SIGNALS:
    void upcomingOnlyChanged();

private:
    std::vector<SeminarSessionInfo> m_rows;
    bool m_upcomingOnly = true;
};

} // namespace yk::app
