#include "domain/seat_allocator.h"

#include <algorithm>
#include <set>

namespace yk::domain {

namespace {

using Holders = std::vector<SeatHolder>;

Holders::const_iterator findRegistration(const Holders& holders, std::string_view registrationId)
{
    return std::find_if(holders.begin(), holders.end(),
        [&](const SeatHolder& h) { return h.registrationId == registrationId; });
}

Holders::const_iterator findAttendee(const Holders& holders, std::string_view attendeeId)
{
    return std::find_if(
        holders.begin(), holders.end(), [&](const SeatHolder& h) { return h.attendeeId == attendeeId; });
}

int positionIn(const Holders& holders, Holders::const_iterator it)
{
    return static_cast<int>(it - holders.begin()) + 1;
}

} // namespace

std::string_view reasonCode(SignUpRejectReason reason)
{
    switch (reason) {
    case SignUpRejectReason::None:
        return "";
    case SignUpRejectReason::EmptyRegistrationId:
        return "empty_registration_id";
    case SignUpRejectReason::DeadlinePassed:
        return "deadline_passed";
    case SignUpRejectReason::SessionCancelled:
        return "session_cancelled";
    }
    return "unknown";
}

Result<SeatAllocator, SeatAllocatorError> SeatAllocator::create(
    int capacity, std::optional<Instant> registrationDeadline)
{
    SessionSeats seats;
    seats.capacity = capacity;
    seats.registrationDeadline = registrationDeadline;
    return restore(std::move(seats));
}

Result<SeatAllocator, SeatAllocatorError> SeatAllocator::restore(SessionSeats seats)
{
    if (seats.capacity < 0)
        return SeatAllocatorError::NegativeCapacity;
    // One registration in two places would make promotion hand out a second seat.
    std::set<std::string_view> seen;
    for (const Holders* list : { &seats.confirmed, &seats.waitlist, &seats.cancelled }) {
        for (const SeatHolder& holder : *list) {
            if (holder.registrationId.empty() || !seen.insert(holder.registrationId).second)
                return SeatAllocatorError::DuplicateRegistration;
        }
    }
    // Stored state may predate a capacity increase the store did not act on: settle it now
    // so the allocator never holds a free seat next to a waiting attendee.
    SeatAllocator allocator(std::move(seats));
    allocator.promoteWhileSeatsFree();
    return allocator;
}

SignUpOutcome SeatAllocator::signUp(const SignUpRequest& request)
{
    SignUpOutcome outcome;
    if (request.registrationId.empty()) {
        outcome.reason = SignUpRejectReason::EmptyRegistrationId;
        return outcome;
    }

    const auto duplicateOf = [&](const SeatHolder& holder, SeatState state, int position) {
        outcome.status = SignUpStatus::Duplicate;
        outcome.existingRegistrationId = holder.registrationId;
        outcome.existingState = state;
        outcome.waitlistPosition = position;
        return outcome;
    };
    const Holders& confirmed = m_seats.confirmed;
    const Holders& waitlist = m_seats.waitlist;
    const Holders& cancelled = m_seats.cancelled;
    if (auto it = findRegistration(confirmed, request.registrationId); it != confirmed.end())
        return duplicateOf(*it, SeatState::Confirmed, 0);
    if (auto it = findRegistration(waitlist, request.registrationId); it != waitlist.end())
        return duplicateOf(*it, SeatState::Waitlisted, positionIn(waitlist, it));
    // A replayed sign-up must not take back a seat its own registration already gave up.
    if (auto it = findRegistration(cancelled, request.registrationId); it != cancelled.end())
        return duplicateOf(*it, SeatState::Cancelled, 0);
    if (!request.attendeeId.empty()) {
        if (auto it = findAttendee(confirmed, request.attendeeId); it != confirmed.end())
            return duplicateOf(*it, SeatState::Confirmed, 0);
        if (auto it = findAttendee(waitlist, request.attendeeId); it != waitlist.end())
            return duplicateOf(*it, SeatState::Waitlisted, positionIn(waitlist, it));
    }

    if (m_seats.sessionCancelled) {
        outcome.reason = SignUpRejectReason::SessionCancelled;
        return outcome;
    }
    if (m_seats.registrationDeadline && request.at > *m_seats.registrationDeadline) {
        outcome.reason = SignUpRejectReason::DeadlinePassed;
        return outcome;
    }

    SeatHolder holder { request.registrationId, request.attendeeId };
    // Every mutation ends with promoteWhileSeatsFree, so a free seat implies an empty
    // waitlist; the second test only guards that nobody could ever jump the queue.
    if (hasFreeSeat() && m_seats.waitlist.empty()) {
        m_seats.confirmed.push_back(std::move(holder));
        outcome.status = SignUpStatus::Confirmed;
        return outcome;
    }
    m_seats.waitlist.push_back(std::move(holder));
    outcome.status = SignUpStatus::Waitlisted;
    outcome.waitlistPosition = static_cast<int>(m_seats.waitlist.size());
    return outcome;
}

CancelOutcome SeatAllocator::cancel(std::string_view registrationId)
{
    CancelOutcome outcome;
    if (findRegistration(m_seats.cancelled, registrationId) != m_seats.cancelled.end()) {
        outcome.status = CancelStatus::AlreadyCancelled;
        outcome.previousState = SeatState::Cancelled;
        return outcome;
    }
    const auto moveToCancelled = [&](Holders& from, SeatState state) {
        auto it = std::find_if(from.begin(), from.end(),
            [&](const SeatHolder& h) { return h.registrationId == registrationId; });
        if (it == from.end())
            return false;
        m_seats.cancelled.push_back(std::move(*it));
        // Erasing from the vector is the renumbering: positions are indices + 1.
        from.erase(it);
        outcome.status = CancelStatus::Cancelled;
        outcome.previousState = state;
        return true;
    };
    if (moveToCancelled(m_seats.confirmed, SeatState::Confirmed))
        outcome.promoted = promoteWhileSeatsFree();
    else
        moveToCancelled(m_seats.waitlist, SeatState::Waitlisted);
    return outcome;
}

Result<std::vector<std::string>, SeatAllocatorError> SeatAllocator::setCapacity(int capacity)
{
    if (capacity < 0)
        return SeatAllocatorError::NegativeCapacity;
    m_seats.capacity = capacity;
    return promoteWhileSeatsFree();
}

SeatState SeatAllocator::stateOf(std::string_view registrationId) const
{
    if (findRegistration(m_seats.confirmed, registrationId) != m_seats.confirmed.end())
        return SeatState::Confirmed;
    if (findRegistration(m_seats.waitlist, registrationId) != m_seats.waitlist.end())
        return SeatState::Waitlisted;
    if (findRegistration(m_seats.cancelled, registrationId) != m_seats.cancelled.end())
        return SeatState::Cancelled;
    return SeatState::None;
}

int SeatAllocator::waitlistPosition(std::string_view registrationId) const
{
    const auto it = findRegistration(m_seats.waitlist, registrationId);
    return it == m_seats.waitlist.end() ? 0 : positionIn(m_seats.waitlist, it);
}

bool SeatAllocator::hasFreeSeat() const
{
    return m_seats.confirmed.size() < static_cast<std::size_t>(m_seats.capacity);
}

std::vector<std::string> SeatAllocator::promoteWhileSeatsFree()
{
    std::vector<std::string> promoted;
    // A cancelled session hands out no more seats, whatever frees up.
    if (m_seats.sessionCancelled)
        return promoted;
    std::size_t taken = 0;
    while (hasFreeSeat() && taken < m_seats.waitlist.size()) {
        promoted.push_back(m_seats.waitlist[taken].registrationId);
        m_seats.confirmed.push_back(std::move(m_seats.waitlist[taken]));
        ++taken;
    }
    m_seats.waitlist.erase(
        m_seats.waitlist.begin(), m_seats.waitlist.begin() + static_cast<std::ptrdiff_t>(taken));
    return promoted;
}

} // namespace yk::domain
