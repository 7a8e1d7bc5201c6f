#include "ticket_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "session_manager.h"
#include "ticket_code.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/record.pb.h"

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

TicketListModel::TicketListModel(QObject* parent)
    : StoreListModel(parent)
{
}

namespace {

bool ended(const TicketListModel::Row& row)
{
    const QDateTime end = row.endsAt.isValid() ? row.endsAt : row.startsAt;
    return end.isValid() && end < QDateTime::currentDateTime();
}

} // namespace

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SeminarTitleRole:
        return row.title;
    case RegistrationIdRole:
        return row.registrationId;
    case SessionIdRole:
        return row.sessionId;
    case StartsAtTextRole:
        return formatDateTime(row.startsAt);
    case VenueRole:
        return row.venue;
    case AttendeeRole:
        return row.attendee;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return registrationStatusText(row.status, row.waitlistPosition);
    case PendingRole:
        return row.pending;
    case SyncTextRole:
        return row.syncText;
    case ShortCodeRole:
        return row.shortCode;
    case QrTextRole:
        return row.qrText;
    case CanCancelRole:
        return !ended(row)
            && (row.status == REGISTRATION_STATUS_PENDING || row.status == REGISTRATION_STATUS_CONFIRMED
                || row.status == REGISTRATION_STATUS_WAITLISTED);
    case EndedRole:
        return ended(row);
    case CertificateRole:
        return row.certificate;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    return {
        { RegistrationIdRole, "registrationId" },
        { SessionIdRole, "sessionId" },
        { SeminarTitleRole, "seminarTitle" },
        { StartsAtTextRole, "startsAtText" },
        { VenueRole, "venue" },
        { AttendeeRole, "attendee" },
        { StatusRole, "status" },
        { StatusTextRole, "statusText" },
        { PendingRole, "pending" },
        { SyncTextRole, "syncText" },
        { ShortCodeRole, "shortCode" },
        { QrTextRole, "qrText" },
        { CanCancelRole, "canCancel" },
        { EndedRole, "ended" },
        { CertificateRole, "certificate" },
    };
}

void TicketListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string userId = this->userId();
    fetch<Row>(m_rows, [userId](DeviceContext& context) {
        std::vector<Row> rows;
        if (context.store == nullptr)
            return rows;
        auto& records = context.store->records();
        // No one signed in (a personal device before sign-in): every registration on it is
        // this person's, and there are few.
        auto registrations
            = userId.empty() ? records.all<Registration>() : records.registrationsOfUser(userId);
        if (!registrations)
            return rows;
        for (const auto& r : *registrations) {
            Row row;
            row.registrationId = qs(r.id());
            row.sessionId = qs(r.session_id());
            row.attendee = qs(r.attendee_name());
            row.status = r.status();
            row.waitlistPosition = r.waitlist_position();
            row.syncText = syncStateText(context, RECORD_KIND_REGISTRATION, r.id(), &row.pending);
            // A cancelled sign-up shows no ticket at once (offline too): a QR code next to
            // "cancelled" invites a trip to the door with a ticket that no longer holds.
            const bool live = r.status() != REGISTRATION_STATUS_CANCELLED;
            row.shortCode = live ? qs(r.ticket().short_code()) : QString();
            if (live && !r.ticket().payload().empty())
                // What a check-in device scans: the signed payload, verifiable offline.
                row.qrText = QString::fromStdString(TicketCode::format(r.ticket()));
            if (auto session = records.find<SeminarSession>(r.session_id()); session && *session) {
                row.startsAt = toDateTime((*session)->starts_at());
                row.endsAt = toDateTime((*session)->ends_at());
                row.venue = qs((*session)->venue_name());
                if (auto seminar = records.find<Seminar>((*session)->seminar_id()); seminar && *seminar) {
                    row.title = qs((*seminar)->title());
                    row.certificate = (*seminar)->issues_certificate();
                }
            }
            rows.push_back(std::move(row));
        }
        // Live sign-ups first, soonest first; cancelled ones last.
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            const bool aLive = a.status != REGISTRATION_STATUS_CANCELLED;
            const bool bLive = b.status != REGISTRATION_STATUS_CANCELLED;
            if (aLive != bLive)
                return aLive;
            return a.startsAt < b.startsAt;
        });
        return rows;
    });
}

} // namespace yk::app
