#include "roster_model.h"

#include "engine_bridge.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/seminar.pb.h"

#include <algorithm>
#include <set>

namespace yk::app {

using namespace yokoten::v1;

RosterModel::RosterModel(QObject* parent)
    : SessionScopedModel(parent)
{
}

int RosterModel::checkedInCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.checkedIn; }));
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case AttendeeRole:
        return row.attendee;
    case RegistrationIdRole:
        return row.id;
    case OrganisationRole:
        return row.organisation;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return registrationStatusText(row.status, row.waitlistPosition);
    case CheckedInRole:
        return row.checkedIn;
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {
        { RegistrationIdRole, "registrationId" },
        { AttendeeRole, "attendee" },
        { OrganisationRole, "organisation" },
        { StatusRole, "status" },
        { StatusTextRole, "statusText" },
        { CheckedInRole, "checkedIn" },
    };
}

void RosterModel::reload()
{
    const std::string sessionId = sessionToRead();
    if (sessionId.empty())
        return;
    fetch<Row>(m_rows, [sessionId](DeviceContext& context) {
        std::vector<Row> rows;
        if (context.store == nullptr)
            return rows;
        auto registrations = context.store->records().registrationsOfSession(sessionId);
        auto checkIns = context.store->records().checkInsOfSession(sessionId);
        if (!registrations || !checkIns)
            return rows;
        std::set<std::string> arrived;
        for (const auto& c : *checkIns)
            if (c.result() != CHECK_IN_RESULT_INVALID)
                arrived.insert(c.registration_id());
        for (const auto& r : *registrations)
            if (r.status() != REGISTRATION_STATUS_CANCELLED)
                rows.push_back({ qs(r.id()), qs(r.attendee_name()), qs(r.attendee_organisation()), r.status(),
                    r.waitlist_position(), arrived.contains(r.id()) });
        // Confirmed first, then pending, the waiting list in its order, and refusals.
        const auto rank = [](const Row& r) {
            return r.status == REGISTRATION_STATUS_CONFIRMED ? 0
                : r.status == REGISTRATION_STATUS_PENDING    ? 1
                : r.status == REGISTRATION_STATUS_WAITLISTED ? 2
                                                             : 3;
        };
        std::stable_sort(rows.begin(), rows.end(), [&rank](const Row& a, const Row& b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (a.waitlistPosition != b.waitlistPosition)
                return a.waitlistPosition < b.waitlistPosition;
            return a.attendee < b.attendee;
        });
        return rows;
    });
}

} // namespace yk::app
