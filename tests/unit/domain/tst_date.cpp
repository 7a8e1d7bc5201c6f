// Date and DateRange: the calendar arithmetic loan booking rests on; and the follow-up
// schedule after adoption, which is month arithmetic on the same dates.
#include "domain/date.h"
#include "domain/date_range.h"
#include "domain/follow_up_schedule.h"
#include "test_dates.h"

#include <QTest>

using yk::domain::Date;
using yk::domain::DateRange;

using yk::test::date;

class TestDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << "2024-07-16" << true;
        QTest::newRow("leap day in leap year") << "2024-02-29" << true;
        QTest::newRow("leap day in common year") << "2023-02-29" << false;
        QTest::newRow("leap day in 1900 (not leap)") << "1900-02-29" << false;
        QTest::newRow("leap day in 2000 (leap)") << "2000-02-29" << true;
        QTest::newRow("31st of a 30-day month") << "2024-04-31" << false;
        QTest::newRow("31st of a 31-day month") << "2024-08-31" << true;
        QTest::newRow("month 13") << "2024-13-01" << false;
        QTest::newRow("month 0") << "2024-00-10" << false;
        QTest::newRow("day 0") << "2024-05-00" << false;
        QTest::newRow("year 0") << "0000-01-01" << false;
        QTest::newRow("last supported day") << "9999-12-31" << true;
        QTest::newRow("first supported day") << "0001-01-01" << true;
        QTest::newRow("no zero padding") << "2024-4-1" << false;
        QTest::newRow("slashes") << "2024/04/01" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("leading space") << " 2024-04-01" << false;
        QTest::newRow("trailing time") << "2024-04-01T00:00" << false;
        QTest::newRow("letter in day") << "2024-01-3a" << false;
        QTest::newRow("sign in year") << "+024-01-01" << false;
        QTest::newRow("full-width digits") << "２０２４-01-01" << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto parsed = Date::parse(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(parsed->toString()), text);
    }

    void fromYmd_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << 2024 << 3 << 1 << true;
        QTest::newRow("feb 29 leap") << 2024 << 2 << 29 << true;
        QTest::newRow("feb 29 common") << 2025 << 2 << 29 << false;
        QTest::newRow("negative day") << 2024 << 3 << -1 << false;
        QTest::newRow("year 10000") << 10000 << 1 << 1 << false;
    }

    void fromYmd()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(bool, valid);
        const auto d = Date::fromYmd(year, month, day);
        QCOMPARE(d.has_value(), valid);
        if (valid) {
            QCOMPARE(d->year(), year);
            QCOMPARE(d->month(), month);
            QCOMPARE(d->day(), day);
        }
    }

    void leapYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("leap");
        QTest::newRow("2024") << 2024 << true;
        QTest::newRow("2023") << 2023 << false;
        QTest::newRow("1900 century") << 1900 << false;
        QTest::newRow("2000 four centuries") << 2000 << true;
        QTest::newRow("2100 century") << 2100 << false;
    }

    void leapYear()
    {
        QFETCH(int, year);
        QFETCH(bool, leap);
        QCOMPARE(Date::isLeapYear(year), leap);
        QCOMPARE(Date::daysInMonth(year, 2), leap ? 29 : 28);
    }

    void addDays_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << "2024-05-15" << 0 << "2024-05-15";
        QTest::newRow("month end (31)") << "2024-01-31" << 1 << "2024-02-01";
        QTest::newRow("month end (30)") << "2024-04-30" << 1 << "2024-05-01";
        QTest::newRow("into leap day") << "2024-02-28" << 1 << "2024-02-29";
        QTest::newRow("out of leap day") << "2024-02-29" << 1 << "2024-03-01";
        QTest::newRow("no leap day in common year") << "2023-02-28" << 1 << "2023-03-01";
        QTest::newRow("no leap day in 1900") << "1900-02-28" << 1 << "1900-03-01";
        QTest::newRow("leap day in 2000") << "2000-02-28" << 1 << "2000-02-29";
        QTest::newRow("year end") << "2024-12-31" << 1 << "2025-01-01";
        QTest::newRow("back over leap day") << "2024-03-01" << -1 << "2024-02-29";
        QTest::newRow("back over year end") << "2024-01-01" << -1 << "2023-12-31";
        QTest::newRow("leap year is 366 days") << "2024-01-01" << 366 << "2025-01-01";
        QTest::newRow("common year is 365 days") << "2023-01-01" << 365 << "2024-01-01";
        QTest::newRow("fiscal year April to March") << "2024-04-01" << 364 << "2025-03-31";
        QTest::newRow("across the epoch") << "1969-12-31" << 1 << "1970-01-01";
        QTest::newRow("long way") << "2000-01-01" << 36524 << "2099-12-31";
    }

    void addDays()
    {
        QFETCH(QString, from);
        QFETCH(int, days);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(date(from).addDays(days).toString()), expected);
        // daysBetween is the inverse of addDays in both directions.
        QCOMPARE(Date::daysBetween(date(from), date(expected)), days);
        QCOMPARE(Date::daysBetween(date(expected), date(from)), -days);
    }

    // Walks every day of two centuries: each step must be the next calendar day, which
    // catches any month-end or leap-year slip in the day-number conversion.
    void everyDayFollowsThePrevious()
    {
        Date d = date("1899-12-31");
        const Date end = date("2101-01-01");
        std::int64_t steps = 0;
        while (d < end) {
            const Date next = d.addDays(1);
            if (d.day() < Date::daysInMonth(d.year(), d.month())) {
                QCOMPARE(next.year(), d.year());
                QCOMPARE(next.month(), d.month());
                QCOMPARE(next.day(), d.day() + 1);
            } else {
                QCOMPARE(next.day(), 1);
                QCOMPARE(next.month(), d.month() == 12 ? 1 : d.month() + 1);
                QCOMPARE(next.year(), d.month() == 12 ? d.year() + 1 : d.year());
            }
            QCOMPARE(Date::fromDayNumber(next.dayNumber()), next);
            d = next;
            ++steps;
        }
        // 201 years, 49 leap years among them (1900 and 2100 are not), plus the two ends.
        QCOMPARE(steps, std::int64_t(201 * 365 + 49 + 1));
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("same") << "2024-06-10"
                              << "2024-06-10" << 0;
        QTest::newRow("day decides") << "2024-06-10"
                                     << "2024-06-11" << -1;
        QTest::newRow("month before day") << "2024-05-31"
                                          << "2024-06-01" << -1;
        QTest::newRow("year before month") << "2023-12-31"
                                           << "2024-01-01" << -1;
        QTest::newRow("later") << "2025-01-01"
                               << "2024-12-31" << 1;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(date(a) < date(b), order < 0);
        QCOMPARE(date(a) == date(b), order == 0);
        QCOMPARE(date(a) > date(b), order > 0);
        // Ordering agrees with day numbers, which the booking search relies on.
        QCOMPARE(date(a).dayNumber() < date(b).dayNumber(), order < 0);
    }

    void defaultIsEpoch()
    {
        QCOMPARE(QString::fromStdString(Date().toString()), QStringLiteral("1970-01-01"));
        QCOMPARE(Date().dayNumber(), std::int64_t(0));
    }

    void rangeOverlap_data()
    {
        QTest::addColumn<QString>("aFrom");
        QTest::addColumn<QString>("aTo");
        QTest::addColumn<QString>("bFrom");
        QTest::addColumn<QString>("bTo");
        QTest::addColumn<bool>("overlaps");
        QTest::newRow("adjacent: ends 10th, starts 11th") << "2024-06-01"
                                                          << "2024-06-10"
                                                          << "2024-06-11"
                                                          << "2024-06-20" << false;
        QTest::newRow("boundary day shared") << "2024-06-01"
                                             << "2024-06-10"
                                             << "2024-06-10"
                                             << "2024-06-20" << true;
        QTest::newRow("contained") << "2024-06-01"
                                   << "2024-06-30"
                                   << "2024-06-10"
                                   << "2024-06-12" << true;
        QTest::newRow("identical single day") << "2024-06-10"
                                              << "2024-06-10"
                                              << "2024-06-10"
                                              << "2024-06-10" << true;
        QTest::newRow("gap of days") << "2024-06-01"
                                     << "2024-06-05"
                                     << "2024-06-08"
                                     << "2024-06-09" << false;
        QTest::newRow("adjacent over leap day") << "2024-02-20"
                                                << "2024-02-29"
                                                << "2024-03-01"
                                                << "2024-03-05" << false;
        QTest::newRow("adjacent over month end (common year)") << "2023-02-20"
                                                               << "2023-02-28"
                                                               << "2023-03-01"
                                                               << "2023-03-05" << false;
    }

    void rangeOverlap()
    {
        QFETCH(QString, aFrom);
        QFETCH(QString, aTo);
        QFETCH(QString, bFrom);
        QFETCH(QString, bTo);
        QFETCH(bool, overlaps);
        const DateRange a { date(aFrom), date(aTo) };
        const DateRange b { date(bFrom), date(bTo) };
        QCOMPARE(a.overlaps(b), overlaps);
        QCOMPARE(b.overlaps(a), overlaps);
    }

    void rangeLengthAndValidity()
    {
        QCOMPARE((DateRange { date("2024-06-10"), date("2024-06-10") }.lengthDays()), std::int64_t(1));
        QCOMPARE((DateRange { date("2024-02-01"), date("2024-03-01") }.lengthDays()), std::int64_t(30));
        QCOMPARE((DateRange { date("2023-02-01"), date("2023-03-01") }.lengthDays()), std::int64_t(29));
        QVERIFY((DateRange { date("2024-06-10"), date("2024-06-10") }.isValid()));
        QVERIFY(!(DateRange { date("2024-06-10"), date("2024-06-09") }.isValid()));
        const DateRange june { date("2024-06-01"), date("2024-06-30") };
        QVERIFY(june.contains(date("2024-06-01")));
        QVERIFY(june.contains(date("2024-06-30")));
        QVERIFY(!june.contains(date("2024-07-01")));
        QVERIFY(!june.contains(date("2024-05-31")));
    }

    void addMonths_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "2025-04-15" << 1 << "2025-05-15";
        QTest::newRow("into a shorter month") << "2025-01-31" << 1 << "2025-02-28";
        QTest::newRow("into a leap February") << "2024-01-31" << 1 << "2024-02-29";
        QTest::newRow("across the year") << "2025-11-30" << 3 << "2026-02-28";
        QTest::newRow("three years") << "2024-02-29" << 36 << "2027-02-28";
        QTest::newRow("backwards") << "2025-03-31" << -1 << "2025-02-28";
    }
    void addMonths()
    {
        QFETCH(QString, from);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(yk::domain::addMonths(date(from), months).toString()), expected);
    }

    void checkInScheduleAndStanding()
    {
        using yk::domain::CheckInStanding;
        const auto schedule = yk::domain::checkInSchedule(date("2025-08-31"));
        QCOMPARE(schedule.size(), std::size_t(6));
        QCOMPARE(QString::fromStdString(schedule[0].due.toString()), QStringLiteral("2025-09-30"));
        QCOMPARE(QString::fromStdString(schedule[2].due.toString()), QStringLiteral("2026-02-28"));
        QCOMPARE(schedule[5].monthsAfter, 36);
        QVERIFY(yk::domain::isScheduledMonth(12));
        QVERIFY(!yk::domain::isScheduledMonth(2));

        const Date due = date("2025-09-30");
        QCOMPARE(yk::domain::standingOf(due, false, date("2025-09-22")), CheckInStanding::Later);
        QCOMPARE(
            yk::domain::standingOf(due, false, date("2025-09-23")), CheckInStanding::Due); // 7 days ahead
        QCOMPARE(
            yk::domain::standingOf(due, false, date("2025-10-30")), CheckInStanding::Due); // 30 days late
        QCOMPARE(yk::domain::standingOf(due, false, date("2025-10-31")), CheckInStanding::Overdue);
        QCOMPARE(yk::domain::standingOf(due, true, date("2026-10-31")), CheckInStanding::Answered);
    }
};

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
