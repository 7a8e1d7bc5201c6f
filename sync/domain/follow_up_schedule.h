#pragma once

#include "date.h"

#include <array>
#include <optional>
#include <vector>

namespace yk::domain {

// Follow-up after adoption (定着フォロー): when check-ins fall due and when one left unanswered
// puts the adoption on the centre's list of stalled adoptions. The server writes the schedule;
// devices use the same rule to show what is due, so the home page and the centre's list agree.

/// Months after adoption of each check-in: 1, 3 and 6 months, then yearly for three years.
inline constexpr std::array<int, 6> kCheckInMonths { 1, 3, 6, 12, 24, 36 };
/// A check-in shows as due this many days before its date.
inline constexpr int kCheckInNoticeDays = 7;
/// An unanswered check-in this many days past its date counts as overdue (stalled).
inline constexpr int kCheckInOverdueDays = 30;

/// `date` moved by whole months, the day clamped to the month's end (01-31 + 1 month = 02-28).
Date addMonths(Date date, int months);

struct ScheduledCheckIn {
    int monthsAfter = 0;
    Date due;
};

/// The whole schedule of an adoption on `adoptedOn`, in order.
std::vector<ScheduledCheckIn> checkInSchedule(Date adoptedOn);

/// Whether `monthsAfter` is one of kCheckInMonths.
bool isScheduledMonth(int monthsAfter);

enum class CheckInStanding {
    Later, ///< not yet due
    Due, ///< inside the notice window or past its date, not yet overdue
    Overdue, ///< unanswered more than kCheckInOverdueDays after its date
    Answered,
};

CheckInStanding standingOf(Date due, bool answered, Date today);

} // namespace yk::domain
