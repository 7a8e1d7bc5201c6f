#pragma once

#include "result.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yk::domain {

/// Server time in whole seconds; the caller passes the time it trusts (the server's receipt
/// time), never a device clock.
using Instant = std::chrono::sys_seconds;

/// Where a registration stands in a session.
enum class SeatState {
    None, ///< never signed up in this session
    Confirmed,
    Waitlisted,
    Cancelled,
};

/// What the server decided for one sign-up.
enum class SignUpStatus {
    Confirmed,
    Waitlisted,
    Rejected,
    Duplicate, ///< a replay or a second sign-up of the same attendee: nothing changed
};

/// Why a sign-up was rejected.
enum class SignUpRejectReason {
    None,
    EmptyRegistrationId,
    DeadlinePassed,
    SessionCancelled,
};

/// Stable machine code for the wire (`Registration.reject_reason`), e.g. "deadline_passed".
std::string_view reasonCode(SignUpRejectReason reason);

/// One sign-up intent, as replayed from a device outbox.
struct SignUpRequest {
    std::string registrationId; ///< idempotency key: the client-chosen registration id
    std::string attendeeId; ///< user id or normalised e-mail; empty when unknown
    Instant at {};
};

/// The decision on one sign-up, with what a duplicate refers to.
struct SignUpOutcome {
    SignUpStatus status = SignUpStatus::Rejected;
    /// 1-based; set when Waitlisted, or when Duplicate of a waitlisted registration.
    int waitlistPosition = 0;
    SignUpRejectReason reason = SignUpRejectReason::None;
    /// For Duplicate: the registration that already holds the place and its state.
    std::string existingRegistrationId;
    SeatState existingState = SeatState::None;
};

/// What happened to one cancellation.
enum class CancelStatus {
    Cancelled,
    AlreadyCancelled, ///< a replay: nothing changed
    NotFound,
};

/// The result of one cancellation, with whom it promoted.
struct CancelOutcome {
    CancelStatus status = CancelStatus::NotFound;
    SeatState previousState = SeatState::None;
    /// Registrations moved from the waitlist to a seat, in promotion (FIFO) order.
    std::vector<std::string> promoted;
};

/// A registration holding a place in a session.
struct SeatHolder {
    std::string registrationId;
    std::string attendeeId;

    friend bool operator==(const SeatHolder&, const SeatHolder&) = default;
};

/// Everything the allocator decides from, so the server can load it in a transaction.
struct SessionSeats {
    int capacity = 0;
    std::optional<Instant> registrationDeadline; ///< inclusive; nullopt = no deadline
    bool sessionCancelled = false;
    std::vector<SeatHolder> confirmed; ///< in confirmation order
    std::vector<SeatHolder> waitlist; ///< FIFO: front is position 1
    std::vector<SeatHolder> cancelled;
};

/// Why a capacity or a stored state was refused.
enum class SeatAllocatorError {
    NegativeCapacity,
    DuplicateRegistration, ///< a registration id appears twice in a snapshot
};

/// Decides seat or waitlist for seminar sign-ups and promotes the waitlist on cancellation.
///
/// Capacity reduced below the confirmed count: nobody is demoted (a confirmed attendee may
/// already have a ticket and travel plans), but no one is confirmed or promoted until
/// cancellations bring the confirmed count under the new capacity.
class SeatAllocator {
public:
    static Result<SeatAllocator, SeatAllocatorError> create(
        int capacity, std::optional<Instant> registrationDeadline = std::nullopt);
    /// Rebuilds the allocator from stored state; rejects negative capacity and repeated ids.
    static Result<SeatAllocator, SeatAllocatorError> restore(SessionSeats seats);

    /// Duplicates are checked before the deadline, so a replay after the deadline of a
    /// sign-up accepted in time still answers Duplicate rather than Rejected.
    SignUpOutcome signUp(const SignUpRequest& request);
    CancelOutcome cancel(std::string_view registrationId);
    /// Raising capacity promotes from the waitlist at once; lowering demotes nobody.
    Result<std::vector<std::string>, SeatAllocatorError> setCapacity(int capacity);
    /// Later sign-ups are rejected; existing places stay as they are for the record.
    void cancelSession() { m_seats.sessionCancelled = true; }

    SeatState stateOf(std::string_view registrationId) const;
    /// 1-based waitlist position, or 0 when not waitlisted.
    int waitlistPosition(std::string_view registrationId) const;
    int capacity() const { return m_seats.capacity; }
    std::size_t confirmedCount() const { return m_seats.confirmed.size(); }
    std::size_t waitlistCount() const { return m_seats.waitlist.size(); }
    const std::vector<SeatHolder>& confirmed() const { return m_seats.confirmed; }
    const std::vector<SeatHolder>& waitlist() const { return m_seats.waitlist; }
    const SessionSeats& snapshot() const { return m_seats; }

private:
    explicit SeatAllocator(SessionSeats seats)
        : m_seats(std::move(seats))
    {
    }

    bool hasFreeSeat() const;
    std::vector<std::string> promoteWhileSeatsFree();

    SessionSeats m_seats;
};

} // namespace yk::domain
