#include "domain/date.h"

#include <array>
#include <cstdio>

namespace yk::domain {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic
// Gregorian calendar, no loops, no tables, so month ends and leap years need no cases.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool parseDigits(std::string_view text, int& out)
{
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

} // namespace

bool Date::isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int Date::daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && isLeapYear(year))
        return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (year < minYear || year > maxYear || month < 1 || month > 12 || day < 1
        || day > daysInMonth(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!parseDigits(text.substr(0, 4), year) || !parseDigits(text.substr(5, 2), month)
        || !parseDigits(text.substr(8, 2), day))
        return std::nullopt;
    return fromYmd(year, month, day);
}

Date Date::fromDayNumber(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    return { static_cast<int>(y), static_cast<int>(m), static_cast<int>(d) };
}

std::string Date::toString() const
{
    std::array<char, 32> buffer {};
    const int n = std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", m_year, m_month, m_day);
    return { buffer.data(), n > 0 ? static_cast<std::size_t>(n) : 0 };
}

std::int64_t Date::dayNumber() const
{
    return daysFromCivil(m_year, static_cast<unsigned>(m_month), static_cast<unsigned>(m_day));
}

Date Date::addDays(std::int64_t days) const
{
    return fromDayNumber(dayNumber() + days);
}

std::int64_t Date::daysBetween(Date from, Date to)
{
    return to.dayNumber() - from.dayNumber();
}

Date japanDate(std::chrono::system_clock::time_point time)
{
    const auto japan = std::chrono::floor<std::chrono::seconds>(time) + std::chrono::hours(9);
    return Date::fromDayNumber(std::chrono::floor<std::chrono::days>(japan).time_since_epoch().count());
}

} // namespace yk::domain
