#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yk::domain {

/// A calendar date (proleptic Gregorian, no time of day, no time zone), as loans are booked.
class Date {
public:
    // Parsing accepts years 1..9999 so that every parsed date formats back to four digits.
    static constexpr int minYear = 1;
    static constexpr int maxYear = 9999;

    /// 1970-01-01; exists so records holding a Date can be default-constructed.
    constexpr Date() = default;

    /// A valid date, or nullopt for e.g. 2023-02-29 or month 13.
    static std::optional<Date> fromYmd(int year, int month, int day);
    /// Strict "YYYY-MM-DD" (exactly ten characters, as on the wire); nullopt otherwise.
    static std::optional<Date> parse(std::string_view text);
    /// Inverse of dayNumber().
    static Date fromDayNumber(std::int64_t days);

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /// "YYYY-MM-DD".
    std::string toString() const;
    /// Days since 1970-01-01 (negative before): makes day arithmetic a subtraction.
    std::int64_t dayNumber() const;
    /// Exact across month ends and leap days; the result may leave years 1..9999, which
    /// callers that search forward bound with a horizon.
    Date addDays(std::int64_t days) const;
    /// `to - from` in days: 0 for the same day, 1 for the next day.
    static std::int64_t daysBetween(Date from, Date to);

    // Spelled out rather than `<=>`: Qt 6.4's moc cannot parse <compare>, and Qt code that
    // runs moc includes this header.
    friend constexpr bool operator==(const Date&, const Date&) = default;
    friend constexpr bool operator<(const Date& a, const Date& b) { return a.key() < b.key(); }
    friend constexpr bool operator>(const Date& a, const Date& b) { return b < a; }
    friend constexpr bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend constexpr bool operator>=(const Date& a, const Date& b) { return !(a < b); }

private:
    constexpr Date(int year, int month, int day)
        : m_year(year)
        , m_month(month)
        , m_day(day)
    {
    }

    // Chronological order as one integer: yyyymmdd.
    constexpr int key() const { return m_year * 10000 + m_month * 100 + m_day; }

    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

/// The calendar date in Japan (UTC+9, no daylight saving) at `time`: application windows, due
/// dates and visit dates are Japan dates wherever they are decided or shown.
Date japanDate(std::chrono::system_clock::time_point time);

} // namespace yk::domain
