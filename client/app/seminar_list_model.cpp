#include "seminar_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "session_manager.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/record.pb.h"

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

std::vector<SeminarSessionInfo> readSeminarSessions(
    DeviceContext& context, const std::string& userId, const std::string& onlySessionId)
{
    std::vector<SeminarSessionInfo> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    // The list shows every seminar and session the device holds (a prefecture's programme:
    // tens, not thousands), so both are read whole; one session is read by id.
    auto seminars = records.all<Seminar>();
    auto sessions = [&]() -> storage::StoreResult<std::vector<SeminarSession>> {
        if (onlySessionId.empty())
            return records.all<SeminarSession>();
        auto one = records.find<SeminarSession>(onlySessionId);
        if (!one)
            return one.error();
        std::vector<SeminarSession> found;
        if (*one)
            found.push_back(std::move(**one));
        return found;
    }();
    // Only this person's registrations matter here; with no one signed in, all are theirs.
    auto registrations = userId.empty() ? records.all<Registration>() : records.registrationsOfUser(userId);
    if (!seminars || !sessions || !registrations)
        return rows;
    std::map<std::string, const Seminar*> seminarById;
    for (const auto& s : *seminars)
        seminarById[s.id()] = &s;
    // This person's live registration per session (a cancelled one does not count).
    std::map<std::string, const Registration*> mine;
    for (const auto& r : *registrations)
        if (r.status() != REGISTRATION_STATUS_CANCELLED)
            mine[r.session_id()] = &r;
    for (const auto& session : *sessions) {
        SeminarSessionInfo info;
        info.sessionId = qs(session.id());
        info.seminarId = qs(session.seminar_id());
        if (auto it = seminarById.find(session.seminar_id()); it != seminarById.end()) {
            info.title = qs(it->second->title());
            info.description = qs(it->second->description());
            info.audience = qs(it->second->target_audience());
            info.kind = it->second->kind();
            info.certificate = it->second->issues_certificate();
            for (int area : it->second->equipment_areas())
                info.equipmentAreas.append(area);
        }
        info.startsAt = toDateTime(session.starts_at());
        info.endsAt = toDateTime(session.ends_at());
        info.venue = qs(session.venue_name());
        info.address = qs(session.venue_address());
        info.onlineUrl = qs(session.online_url());
        info.capacity = session.capacity();
        info.confirmed = session.confirmed_count();
        info.waitlisted = session.waitlist_count();
        info.deadline = toDateTime(session.registration_deadline());
        info.cancelled = session.cancelled();
        if (auto it = mine.find(session.id()); it != mine.end()) {
            const Registration& r = *it->second;
            info.registrationId = qs(r.id());
            info.registrationStatus = r.status();
            info.waitlistPosition = r.waitlist_position();
            info.registrationSyncText
                = syncStateText(context, RECORD_KIND_REGISTRATION, r.id(), &info.registrationPending);
        }
        rows.push_back(std::move(info));
    }
    std::sort(rows.begin(), rows.end(),
        [](const SeminarSessionInfo& a, const SeminarSessionInfo& b) { return a.startsAt < b.startsAt; });
    return rows;
}

SeminarListModel::SeminarListModel(QObject* parent)
    : StoreListModel(parent)
{
}

QVariant SeminarListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case SessionIdRole:
        return row.sessionId;
    case KindRole:
        return row.kind;
    case StartsAtTextRole:
        return formatDateTime(row.startsAt);
    case VenueRole:
        return row.venue.isEmpty() ? tr("Online") : row.venue;
    case CapacityRole:
        return row.capacity;
    case SeatsLeftRole:
        return row.seatsLeft();
    case DeadlineTextRole:
        return formatDateTime(row.deadline);
    case DeadlinePassedRole:
        return row.deadlinePassed(QDateTime::currentDateTime());
    case CancelledRole:
        return row.cancelled;
    case MyStatusRole:
        return row.registrationStatus;
    case MyStatusTextRole:
        return row.registrationId.isEmpty()
            ? QString()
            : (row.registrationPending && row.registrationStatus == REGISTRATION_STATUS_PENDING
                    ? registrationStatusText(REGISTRATION_STATUS_PENDING, 0)
                    : registrationStatusText(row.registrationStatus, row.waitlistPosition));
    case MyPendingRole:
        return row.registrationPending;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeminarListModel::roleNames() const
{
    return {
        { SessionIdRole, "sessionId" },
        { TitleRole, "title" },
        { KindRole, "kind" },
        { StartsAtTextRole, "startsAtText" },
        { VenueRole, "venue" },
        { CapacityRole, "capacity" },
        { SeatsLeftRole, "seatsLeft" },
        { DeadlineTextRole, "deadlineText" },
        { DeadlinePassedRole, "deadlinePassed" },
        { CancelledRole, "cancelled" },
        { MyStatusRole, "myStatus" },
        { MyStatusTextRole, "myStatusText" },
        { MyPendingRole, "myPending" },
    };
}

void SeminarListModel::setUpcomingOnly(bool value)
{
    if (value == m_upcomingOnly)
        return;
    m_upcomingOnly = value;
    Q_EMIT upcomingOnlyChanged();
    reload();
}

void SeminarListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string userId = this->userId();
    const bool upcoming = m_upcomingOnly;
    fetch<SeminarSessionInfo>(m_rows, [userId, upcoming](DeviceContext& context) {
        auto rows = readSeminarSessions(context, userId);
        if (upcoming) {
            // Keep sessions that have not ended yet (or have no time: on demand).
            const QDateTime now = QDateTime::currentDateTime();
            std::erase_if(rows, [&](const SeminarSessionInfo& r) {
                const QDateTime end = r.endsAt.isValid() ? r.endsAt : r.startsAt;
                return end.isValid() && end < now;
            });
        }
        return rows;
    });
}

} // namespace yk::app
