#include "follow_up_schedule.h"

#include <algorithm>

namespace yk::domain {

Date addMonths(Date date, int months)
{
    const int index = date.year() * 12 + (date.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int day = std::min(date.day(), Date::daysInMonth(year, month));
    return Date::fromYmd(year, month, day).value_or(date);
}

std::vector<ScheduledCheckIn> checkInSchedule(Date adoptedOn)
{
    std::vector<ScheduledCheckIn> schedule;
    schedule.reserve(kCheckInMonths.size());
    for (int months : kCheckInMonths)
        schedule.push_back({ months, addMonths(adoptedOn, months) });
    return schedule;
}

bool isScheduledMonth(int monthsAfter)
{
    return std::find(kCheckInMonths.begin(), kCheckInMonths.end(), monthsAfter) != kCheckInMonths.end();
}

CheckInStanding standingOf(Date due, bool answered, Date today)
{
    if (answered)
        return CheckInStanding::Answered;
    const auto late = Date::daysBetween(due, today);
    if (late > kCheckInOverdueDays)
        return CheckInStanding::Overdue;
    if (late >= -kCheckInNoticeDays)
        return CheckInStanding::Due;
    return CheckInStanding::Later;
}

} // namespace yk::domain
