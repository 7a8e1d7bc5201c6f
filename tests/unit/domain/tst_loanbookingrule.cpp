// LoanBookingRule: first free unit by id, inclusive ranges, out of service, alternatives.
#include "domain/loan_booking_rule.h"
#include "test_dates.h"

#include <QStringList>
#include <QTest>

using namespace yk::domain;

using yk::test::date;

namespace {

std::optional<Date> optionalDate(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return date(text);
}

DateRange range(const QString& text)
{
    const QStringList ends = text.split(QStringLiteral(".."));
    return { date(ends.value(0)), date(ends.value(1)) };
}

// Units separated by " | "; each is an id followed by any of
//   retired                      the unit is retired
//   oos=FROM..UNTIL              out of service; either end may be empty (open)
//   booked=FROM..TO,FROM..TO     existing bookings, inclusive
std::vector<LoanUnit> units(const QString& spec)
{
    std::vector<LoanUnit> out;
    for (const QString& unitSpec : spec.split(QStringLiteral(" | "), Qt::SkipEmptyParts)) {
        const QStringList tokens = unitSpec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        LoanUnit unit;
        unit.id = tokens.value(0).toStdString();
        for (const QString& token : tokens.mid(1)) {
            if (token == QLatin1String("retired")) {
                unit.retired = true;
            } else if (token.startsWith(QLatin1String("oos="))) {
                const QStringList ends = token.mid(4).split(QStringLiteral(".."));
                unit.outOfService = OutOfService { optionalDate(ends.value(0)), optionalDate(ends.value(1)) };
            } else if (token.startsWith(QLatin1String("booked="))) {
                for (const QString& r : token.mid(7).split(QLatin1Char(',')))
                    unit.bookings.push_back(range(r));
            } else {
                qFatal("bad unit token in test data: %s", qPrintable(token));
            }
        }
        out.push_back(std::move(unit));
    }
    return out;
}

// booked:UNIT | wait:UNIT:FROM..TO | wait:none | rejected:REASON
QString describe(const LoanDecision& d)
{
    switch (d.kind) {
    case LoanDecisionKind::Booked:
        return QStringLiteral("booked:") + QString::fromStdString(d.unitId);
    case LoanDecisionKind::Waitlisted:
        if (!d.alternative)
            return QStringLiteral("wait:none");
        return QStringLiteral("wait:%1:%2..%3")
            .arg(QString::fromStdString(d.alternative->unitId),
                QString::fromStdString(d.alternative->range.from.toString()),
                QString::fromStdString(d.alternative->range.to.toString()));
    case LoanDecisionKind::Rejected:
        return QStringLiteral("rejected:")
            + QString::fromUtf8(reasonCode(d.reason).data(), reasonCode(d.reason).size());
    }
    return QStringLiteral("?");
}

} // namespace

class TestLoanBookingRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One unit booked 2024-06-05..2024-06-10: where a request may and may not go.
    void aroundOneBooking_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ends the day before") << "2024-06-01..2024-06-04"
                                             << "booked:A";
        QTest::newRow("ends on the first booked day") << "2024-06-01..2024-06-05"
                                                      << "wait:A:2024-06-11..2024-06-15";
        QTest::newRow("starts on the last booked day") << "2024-06-10..2024-06-12"
                                                       << "wait:A:2024-06-11..2024-06-13";
        QTest::newRow("starts the day after (adjacent)") << "2024-06-11..2024-06-15"
                                                         << "booked:A";
        QTest::newRow("inside") << "2024-06-06..2024-06-07"
                                << "wait:A:2024-06-11..2024-06-12";
        QTest::newRow("covers it") << "2024-06-01..2024-06-30"
                                   << "wait:A:2024-06-11..2024-07-10";
        QTest::newRow("single day on the boundary") << "2024-06-10..2024-06-10"
                                                    << "wait:A:2024-06-11..2024-06-11";
        QTest::newRow("single day after") << "2024-06-11..2024-06-11"
                                          << "booked:A";
    }

    void aroundOneBooking()
    {
        QFETCH(QString, request);
        QFETCH(QString, expected);
        const LoanModelUnits model { 0, units(QStringLiteral("A booked=2024-06-05..2024-06-10")) };
        QCOMPARE(describe(LoanBookingRule().decide(model, range(request))), expected);
    }

    void decide_data()
    {
        QTest::addColumn<QString>("unitSpec");
        QTest::addColumn<int>("maxLoanDays");
        QTest::addColumn<int>("horizonDays"); // -1: the default
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("expected");

        const QString june = QStringLiteral("2024-06-10..2024-06-12");
        QTest::newRow("first free unit") << "A | B" << 14 << -1 << june << "booked:A";
        QTest::newRow("units ordered by id, not input order")
            << "C | A booked=2024-06-01..2024-06-30 | B" << 14 << -1 << june << "booked:B";
        QTest::newRow("next unit when the first overlaps on the boundary day")
            << "A booked=2024-06-01..2024-06-10 | B" << 14 << -1 << june << "booked:B";
        QTest::newRow("fits between bookings ending the day before and starting the day after")
            << "A booked=2024-06-01..2024-06-09,2024-06-13..2024-06-20" << 14 << -1 << june << "booked:A";

        QTest::newRow("leap day booked: 1 March is free")
            << "A booked=2024-02-28..2024-02-29" << 14 << -1 << "2024-03-01..2024-03-03"
            << "booked:A";
        QTest::newRow("leap day booked: request starting on it waits")
            << "A booked=2024-02-28..2024-02-29" << 14 << -1 << "2024-02-29..2024-03-02"
            << "wait:A:2024-03-01..2024-03-03";
        QTest::newRow("common year: 28 Feb and 1 Mar are adjacent")
            << "A booked=2023-02-20..2023-02-28" << 14 << -1 << "2023-03-01..2023-03-05"
            << "booked:A";
        QTest::newRow("alternative runs over the leap day")
            << "A booked=2024-02-20..2024-02-27" << 14 << -1 << "2024-02-25..2024-03-01"
            << "wait:A:2024-02-28..2024-03-04";
        QTest::newRow("alternative over the year end")
            << "A booked=2024-12-20..2024-12-31" << 14 << -1 << "2024-12-30..2025-01-02"
            << "wait:A:2025-01-01..2025-01-04";

        QTest::newRow("out of service covering the request")
            << "A oos=2024-06-01..2024-06-30 | B booked=2024-06-01..2024-06-15" << 14 << -1 << june
            << "wait:B:2024-06-16..2024-06-18";
        QTest::newRow("out of service ending the day before")
            << "A oos=2024-06-01..2024-06-09" << 14 << -1 << june << "booked:A";
        QTest::newRow("out of service starting on the last requested day")
            << "A oos=2024-06-12..2024-06-20" << 14 << -1 << june << "wait:A:2024-06-21..2024-06-23";
        QTest::newRow("open-ended out of service blocks for good")
            << "A oos=2024-06-01.." << 14 << -1 << june << "wait:none";
        QTest::newRow("open-ended out of service starting after the request")
            << "A oos=2024-06-13.." << 14 << -1 << june << "booked:A";
        QTest::newRow("open-ended out of service, other unit offered")
            << "A oos=2024-06-01.. | B booked=2024-06-01..2024-07-31" << 14 << -1 << june
            << "wait:B:2024-08-01..2024-08-03";
        QTest::newRow("out of service since always, until a date")
            << "A oos=..2024-06-15" << 14 << -1 << june << "wait:A:2024-06-16..2024-06-18";

        QTest::newRow("retired unit skipped") << "A retired | B" << 14 << -1 << june << "booked:B";
        QTest::newRow("retired unit never offered as alternative")
            << "A retired | B booked=2024-06-01..2024-06-30" << 14 << -1 << june
            << "wait:B:2024-07-01..2024-07-03";
        QTest::newRow("all units retired")
            << "A retired | B retired" << 14 << -1 << june << "rejected:all_units_retired";
        QTest::newRow("zero units") << "" << 14 << -1 << june << "rejected:no_units";

        QTest::newRow("to before from") << "A" << 14 << -1 << "2024-06-12..2024-06-10"
                                        << "rejected:end_before_start";
        QTest::newRow("exactly the longest loan") << "A" << 14 << -1 << "2024-06-01..2024-06-14"
                                                  << "booked:A";
        QTest::newRow("one day longer than allowed") << "A" << 14 << -1 << "2024-06-01..2024-06-15"
                                                     << "rejected:longer_than_max_loan_days";
        QTest::newRow("invalid range reported before length") << "" << 1 << -1 << "2024-06-12..2024-06-01"
                                                              << "rejected:end_before_start";
        QTest::newRow("max 0 means no limit") << "A" << 0 << -1 << "2024-01-01..2024-12-31"
                                              << "booked:A";
        QTest::newRow("single-day loan") << "A" << 1 << -1 << "2024-06-10..2024-06-10"
                                         << "booked:A";

        QTest::newRow("earliest alternative: tie goes to the smaller id")
            << "B booked=2024-06-01..2024-06-20 | A booked=2024-06-01..2024-06-20" << 14 << -1 << june
            << "wait:A:2024-06-21..2024-06-23";
        QTest::newRow("earliest alternative on a later unit")
            << "A booked=2024-06-01..2024-06-30 | B booked=2024-06-05..2024-06-20" << 14 << -1 << june
            << "wait:B:2024-06-21..2024-06-23";
        QTest::newRow("alternative skips gaps too short for the length")
            << "A booked=2024-06-01..2024-06-10,2024-06-13..2024-06-20,2024-06-30..2024-07-05" << 14 << -1
            << "2024-06-05..2024-06-09"
            << "wait:A:2024-06-21..2024-06-25";
        QTest::newRow("overlapping and nested stored bookings")
            << "A booked=2024-06-05..2024-06-10,2024-06-01..2024-06-20" << 14 << -1
            << "2024-06-08..2024-06-09"
            << "wait:A:2024-06-21..2024-06-22";
        QTest::newRow("stored booking with swapped ends still blocks")
            << "A booked=2024-06-10..2024-06-05" << 14 << -1 << "2024-06-07..2024-06-08"
            << "wait:A:2024-06-11..2024-06-12";

        QTest::newRow("horizon: alternative starting exactly at the horizon")
            << "A booked=2024-06-01..2024-06-10" << 14 << 10 << "2024-06-01..2024-06-03"
            << "wait:A:2024-06-11..2024-06-13";
        QTest::newRow("horizon: one day beyond it")
            << "A booked=2024-06-01..2024-06-10" << 14 << 9 << "2024-06-01..2024-06-03"
            << "wait:none";
        QTest::newRow("default horizon of 365 days in a leap year")
            << "A booked=2024-01-01..2024-12-31" << 14 << -1 << "2024-01-01..2024-01-02"
            << "wait:none";
        QTest::newRow("horizon of 366 days reaches the next year")
            << "A booked=2024-01-01..2024-12-31" << 14 << 366 << "2024-01-01..2024-01-02"
            << "wait:A:2025-01-01..2025-01-02";
    }

    void decide()
    {
        QFETCH(QString, unitSpec);
        QFETCH(int, maxLoanDays);
        QFETCH(int, horizonDays);
        QFETCH(QString, request);
        QFETCH(QString, expected);
        const LoanModelUnits model { maxLoanDays, units(unitSpec) };
        const LoanBookingRule rule = horizonDays < 0 ? LoanBookingRule() : LoanBookingRule(horizonDays);
        const LoanDecision decision = rule.decide(model, range(request));
        QCOMPARE(describe(decision), expected);
        if (decision.kind == LoanDecisionKind::Waitlisted && decision.alternative) {
            // The alternative keeps the requested length and really is free on its unit.
            QCOMPARE(decision.alternative->range.lengthDays(), range(request).lengthDays());
            for (const LoanUnit& unit : model.units) {
                if (unit.id == decision.alternative->unitId)
                    QVERIFY(LoanBookingRule::isFree(unit, decision.alternative->range));
            }
        }
    }

    void isFree_data()
    {
        QTest::addColumn<QString>("unitSpec");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("free");
        QTest::newRow("no bookings") << "A"
                                     << "2024-06-10..2024-06-12" << true;
        QTest::newRow("adjacent booking") << "A booked=2024-06-01..2024-06-09"
                                          << "2024-06-10..2024-06-12" << true;
        QTest::newRow("shared boundary day") << "A booked=2024-06-01..2024-06-10"
                                             << "2024-06-10..2024-06-12" << false;
        QTest::newRow("retired") << "A retired"
                                 << "2024-06-10..2024-06-12" << false;
        QTest::newRow("invalid range") << "A"
                                       << "2024-06-12..2024-06-10" << false;
        QTest::newRow("open-ended out of service") << "A oos=2024-01-01.."
                                                   << "2030-06-10..2030-06-12" << false;
    }

    void isFree()
    {
        QFETCH(QString, unitSpec);
        QFETCH(QString, request);
        QFETCH(bool, free);
        QCOMPARE(LoanBookingRule::isFree(units(unitSpec).front(), range(request)), free);
    }
};

QTEST_GUILESS_MAIN(TestLoanBookingRule)
#include "tst_loanbookingrule.moc"
