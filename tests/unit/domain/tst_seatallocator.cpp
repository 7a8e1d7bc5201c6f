// SeatAllocator: seat or waitlist per sign-up, FIFO promotion, capacity changes, sessionDeadline.
#include "domain/seat_allocator.h"

#include <QStringList>
#include <QTest>

using namespace yk::domain;
using namespace std::chrono_literals;

namespace {

const Instant sessionDeadline { std::chrono::sys_days { std::chrono::year { 2024 } / 7 / 10 } + 17h };

QString describe(const SignUpOutcome& o)
{
    switch (o.status) {
    case SignUpStatus::Confirmed:
        return QStringLiteral("C");
    case SignUpStatus::Waitlisted:
        return QStringLiteral("W%1").arg(o.waitlistPosition);
    case SignUpStatus::Rejected:
        return QStringLiteral("R:")
            + QString::fromUtf8(reasonCode(o.reason).data(), reasonCode(o.reason).size());
    case SignUpStatus::Duplicate: {
        const QString existing = QString::fromStdString(o.existingRegistrationId);
        switch (o.existingState) {
        case SeatState::Confirmed:
            return QStringLiteral("D:C:") + existing;
        case SeatState::Waitlisted:
            return QStringLiteral("D:W%1:").arg(o.waitlistPosition) + existing;
        case SeatState::Cancelled:
            return QStringLiteral("D:X:") + existing;
        case SeatState::None:
            return QStringLiteral("D:?");
        }
    }
    }
    return QStringLiteral("?");
}

QString joinIds(const std::vector<std::string>& ids)
{
    QStringList out;
    for (const auto& id : ids)
        out << QString::fromStdString(id);
    return out.join(QLatin1Char(','));
}

QString joinHolders(const std::vector<SeatHolder>& holders)
{
    QStringList out;
    for (const auto& h : holders)
        out << QString::fromStdString(h.registrationId);
    return out.join(QLatin1Char(','));
}

QString describe(const CancelOutcome& o)
{
    switch (o.status) {
    case CancelStatus::NotFound:
        return QStringLiteral("x?");
    case CancelStatus::AlreadyCancelled:
        return QStringLiteral("x!");
    case CancelStatus::Cancelled:
        break;
    }
    QString s = o.previousState == SeatState::Confirmed ? QStringLiteral("x:C") : QStringLiteral("x:W");
    if (!o.promoted.empty())
        s += QLatin1Char('>') + joinIds(o.promoted);
    return s;
}

QString describeState(const SeatAllocator& allocator, const std::string& id)
{
    switch (allocator.stateOf(id)) {
    case SeatState::None:
        return QStringLiteral("N");
    case SeatState::Confirmed:
        return QStringLiteral("C");
    case SeatState::Waitlisted:
        return QStringLiteral("W%1").arg(allocator.waitlistPosition(id));
    case SeatState::Cancelled:
        return QStringLiteral("X");
    }
    return QStringLiteral("?");
}

// Runs a script of space-separated operations and describes each outcome:
//   +reg[/attendee]  sign up (before the sessionDeadline)  → C | W<pos> | R:<reason> |
//   D:<C|W<pos>|X>:<existing id> -reg             cancel                          → x:C[>promoted,…] | x:W |
//   x! (again) | x? (unknown) cap=N            set capacity                    → cap[>promoted,…] | cap!
//   (rejected) ?reg             query                           → C | W<pos> | X | N
QString run(SeatAllocator& allocator, const QString& script)
{
    QStringList out;
    const QStringList ops = script.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& op : ops) {
        const QString arg = op.mid(1);
        if (op.startsWith(QLatin1Char('+'))) {
            const QStringList parts = arg.split(QLatin1Char('/'));
            SignUpRequest request;
            request.registrationId = parts.value(0).toStdString();
            request.attendeeId = parts.value(1).toStdString();
            request.at = sessionDeadline - 1h;
            out << describe(allocator.signUp(request));
        } else if (op.startsWith(QLatin1Char('-'))) {
            out << describe(allocator.cancel(arg.toStdString()));
        } else if (op.startsWith(QLatin1Char('?'))) {
            out << describeState(allocator, arg.toStdString());
        } else if (op.startsWith(QLatin1String("cap="))) {
            const auto promoted = allocator.setCapacity(op.mid(4).toInt());
            if (!promoted)
                out << QStringLiteral("cap!");
            else
                out << (promoted->empty() ? QStringLiteral("cap")
                                          : QStringLiteral("cap>") + joinIds(*promoted));
        } else {
            qFatal("bad op in test script: %s", qPrintable(op));
        }
    }
    return out.join(QLatin1Char(' '));
}

SeatAllocator make(int capacity)
{
    auto allocator = SeatAllocator::create(capacity, sessionDeadline);
    if (!allocator)
        qFatal("could not create allocator");
    return std::move(*allocator);
}

} // namespace

class TestSeatAllocator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<QString>("confirmed");
        QTest::addColumn<QString>("waitlist");

        QTest::newRow("seats then waitlist") << 2 << "+r1 +r2 +r3 +r4"
                                             << "C C W1 W2"
                                             << "r1,r2"
                                             << "r3,r4";
        QTest::newRow("exactly full") << 3 << "+r1 +r2 +r3"
                                      << "C C C"
                                      << "r1,r2,r3"
                                      << "";
        QTest::newRow("capacity 0 waitlists everyone") << 0 << "+r1 +r2 +r3"
                                                       << "W1 W2 W3"
                                                       << ""
                                                       << "r1,r2,r3";
        QTest::newRow("empty registration id") << 2 << "+"
                                               << "R:empty_registration_id"
                                               << ""
                                               << "";

        QTest::newRow("cancel confirmed promotes first waitlisted and renumbers")
            << 2 << "+r1 +r2 +r3 +r4 -r1 ?r3 ?r4"
            << "C C W1 W2 x:C>r3 C W1"
            << "r2,r3"
            << "r4";
        QTest::newRow("promotion is FIFO over several cancellations") << 1 << "+r1 +r2 +r3 +r4 -r1 -r2 ?r4"
                                                                      << "C W1 W2 W3 x:C>r2 x:C>r3 W1"
                                                                      << "r3"
                                                                      << "r4";
        QTest::newRow("cancel waitlisted renumbers, promotes nobody") << 1 << "+r1 +r2 +r3 +r4 -r2 ?r3 ?r4"
                                                                      << "C W1 W2 W3 x:W W1 W2"
                                                                      << "r1"
                                                                      << "r3,r4";
        QTest::newRow("cancel with empty waitlist frees the seat") << 2 << "+r1 +r2 -r1 +r3 +r4"
                                                                   << "C C x:C C W1"
                                                                   << "r2,r3"
                                                                   << "r4";
        QTest::newRow("cancel twice is a no-op") << 1 << "+r1 +r2 -r1 -r1"
                                                 << "C W1 x:C>r2 x!"
                                                 << "r2"
                                                 << "";
        QTest::newRow("cancel unknown") << 1 << "+r1 -zz"
                                        << "C x?"
                                        << "r1"
                                        << "";

        QTest::newRow("duplicate registration, confirmed") << 1 << "+r1/a +r1/a"
                                                           << "C D:C:r1"
                                                           << "r1"
                                                           << "";
        QTest::newRow("duplicate registration, waitlisted") << 1 << "+r1 +r2 +r3 +r2"
                                                            << "C W1 W2 D:W1:r2"
                                                            << "r1"
                                                            << "r2,r3";
        QTest::newRow("same attendee, new registration id") << 5 << "+r1/a +r2/a"
                                                            << "C D:C:r1"
                                                            << "r1"
                                                            << "";
        QTest::newRow("same attendee while waitlisted") << 0 << "+r1/a +r2/b +r3/a"
                                                        << "W1 W2 D:W1:r1"
                                                        << ""
                                                        << "r1,r2";
        QTest::newRow("anonymous attendees never collide") << 5 << "+r1 +r2"
                                                           << "C C"
                                                           << "r1,r2"
                                                           << "";
        QTest::newRow("attendee may sign up again after cancelling") << 5 << "+r1/a -r1 +r2/a"
                                                                     << "C x:C C"
                                                                     << "r2"
                                                                     << "";
        QTest::newRow("replayed sign-up after cancel takes no seat") << 5 << "+r1 -r1 +r1 ?r1"
                                                                     << "C x:C D:X:r1 X"
                                                                     << ""
                                                                     << "";

        QTest::newRow("capacity lowered: nobody demoted, new sign-ups wait") << 3 << "+r1 +r2 +r3 cap=1 +r4"
                                                                             << "C C C cap W1"
                                                                             << "r1,r2,r3"
                                                                             << "r4";
        QTest::newRow("capacity lowered: promotion only once under capacity")
            << 3 << "+r1 +r2 +r3 +r4 cap=1 -r1 -r2 -r3"
            << "C C C W1 cap x:C x:C x:C>r4"
            << "r4"
            << "";
        QTest::newRow("capacity raised promotes in order") << 1 << "+r1 +r2 +r3 +r4 cap=3 ?r4"
                                                           << "C W1 W2 W3 cap>r2,r3 W1"
                                                           << "r1,r2,r3"
                                                           << "r4";
        QTest::newRow("capacity to zero") << 2 << "+r1 cap=0 +r2 -r1"
                                          << "C cap W1 x:C"
                                          << ""
                                          << "r2";
        QTest::newRow("negative capacity rejected, old one kept") << 2 << "+r1 cap=-1 +r2 +r3"
                                                                  << "C cap! C W1"
                                                                  << "r1,r2"
                                                                  << "r3";
    }

    void scenario()
    {
        QFETCH(int, capacity);
        QFETCH(QString, script);
        QFETCH(QString, outcomes);
        QFETCH(QString, confirmed);
        QFETCH(QString, waitlist);

        SeatAllocator allocator = make(capacity);
        QCOMPARE(run(allocator, script), outcomes);
        QCOMPARE(joinHolders(allocator.confirmed()), confirmed);
        QCOMPARE(joinHolders(allocator.waitlist()), waitlist);
    }

    void deadline_data()
    {
        QTest::addColumn<int>("secondsFromDeadline");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("a day before") << -86400 << "C";
        QTest::newRow("exactly at the deadline (inclusive)") << 0 << "C";
        QTest::newRow("one second late") << 1 << "R:deadline_passed";
        QTest::newRow("a week late") << 7 * 86400 << "R:deadline_passed";
    }

    void deadline()
    {
        QFETCH(int, secondsFromDeadline);
        QFETCH(QString, outcome);
        SeatAllocator allocator = make(10);
        const SignUpOutcome result
            = allocator.signUp({ "r1", "a", sessionDeadline + std::chrono::seconds(secondsFromDeadline) });
        QCOMPARE(describe(result), outcome);
        // A rejected sign-up leaves no trace.
        QCOMPARE(allocator.confirmedCount(), std::size_t(outcome == QLatin1String("C") ? 1 : 0));
        QCOMPARE(
            allocator.stateOf("r1"), outcome == QLatin1String("C") ? SeatState::Confirmed : SeatState::None);
    }

    void noDeadlineAcceptsAnyTime()
    {
        auto allocator = SeatAllocator::create(1);
        QVERIFY(allocator.ok());
        QCOMPARE(describe(allocator->signUp({ "r1", "", sessionDeadline + 10000h })), QStringLiteral("C"));
    }

    void replayAfterDeadlineIsDuplicateNotRejected()
    {
        SeatAllocator allocator = make(1);
        QCOMPARE(describe(allocator.signUp({ "r1", "a", sessionDeadline - 1h })), QStringLiteral("C"));
        QCOMPARE(describe(allocator.signUp({ "r2", "b", sessionDeadline - 1h })), QStringLiteral("W1"));
        QCOMPARE(describe(allocator.signUp({ "r1", "a", sessionDeadline + 1h })), QStringLiteral("D:C:r1"));
        QCOMPARE(describe(allocator.signUp({ "r2", "b", sessionDeadline + 1h })), QStringLiteral("D:W1:r2"));
        QCOMPARE(describe(allocator.signUp({ "r3", "c", sessionDeadline + 1h })),
            QStringLiteral("R:deadline_passed"));
        QCOMPARE(allocator.confirmedCount(), std::size_t(1));
        QCOMPARE(allocator.waitlistCount(), std::size_t(1));
    }

    void cancelledSessionRejectsAndPromotesNobody()
    {
        SeatAllocator allocator = make(1);
        QCOMPARE(run(allocator, "+r1 +r2"), QStringLiteral("C W1"));
        allocator.cancelSession();
        QCOMPARE(run(allocator, "+r3 -r1 ?r2"), QStringLiteral("R:session_cancelled x:C W1"));
        QCOMPARE(allocator.confirmedCount(), std::size_t(0));
    }

    void negativeCapacityCannotBeCreated()
    {
        const auto allocator = SeatAllocator::create(-1, sessionDeadline);
        QVERIFY(!allocator.ok());
        QCOMPARE(allocator.error(), SeatAllocatorError::NegativeCapacity);
    }

    void restoreContinuesFromStoredState()
    {
        SessionSeats seats;
        seats.capacity = 2;
        seats.registrationDeadline = sessionDeadline;
        seats.confirmed = { { "r1", "a" }, { "r2", "b" } };
        seats.waitlist = { { "r3", "c" }, { "r4", "d" } };
        seats.cancelled = { { "r0", "z" } };
        auto allocator = SeatAllocator::restore(seats);
        QVERIFY(allocator.ok());
        QCOMPARE(run(*allocator, "+r0 +r5/c -r2 +r6"), QStringLiteral("D:X:r0 D:W1:r3 x:C>r3 W2"));
        QCOMPARE(joinHolders(allocator->waitlist()), QStringLiteral("r4,r6"));
        // The snapshot is what the server writes back.
        QCOMPARE(joinHolders(allocator->snapshot().cancelled), QStringLiteral("r0,r2"));
    }

    void restoreSettlesAFreeSeatNextToAWaitlist()
    {
        SessionSeats seats;
        seats.capacity = 3;
        seats.confirmed = { { "r1", "" } };
        seats.waitlist = { { "r2", "" }, { "r3", "" }, { "r4", "" } };
        auto allocator = SeatAllocator::restore(seats);
        QVERIFY(allocator.ok());
        QCOMPARE(joinHolders(allocator->confirmed()), QStringLiteral("r1,r2,r3"));
        QCOMPARE(joinHolders(allocator->waitlist()), QStringLiteral("r4"));
    }

    void restoreRejectsInconsistentState_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("confirmed");
        QTest::addColumn<QString>("waitlist");
        QTest::addColumn<QString>("cancelled");
        QTest::addColumn<int>("error");
        QTest::newRow("negative capacity") << -3 << "r1"
                                           << ""
                                           << "" << int(SeatAllocatorError::NegativeCapacity);
        QTest::newRow("confirmed and waitlisted") << 1 << "r1"
                                                  << "r2,r1"
                                                  << "" << int(SeatAllocatorError::DuplicateRegistration);
        QTest::newRow("confirmed twice") << 5 << "r1,r1"
                                         << ""
                                         << "" << int(SeatAllocatorError::DuplicateRegistration);
        QTest::newRow("cancelled and confirmed") << 5 << "r1"
                                                 << ""
                                                 << "r1" << int(SeatAllocatorError::DuplicateRegistration);
        QTest::newRow("empty id") << 5 << ""
                                  << ""
                                  << "" << int(SeatAllocatorError::DuplicateRegistration);
    }

    void restoreRejectsInconsistentState()
    {
        QFETCH(int, capacity);
        QFETCH(QString, confirmed);
        QFETCH(QString, waitlist);
        QFETCH(QString, cancelled);
        QFETCH(int, error);
        const auto holders = [](const QString& ids) {
            std::vector<SeatHolder> out;
            for (const QString& id : ids.split(QLatin1Char(',')))
                out.push_back({ id.toStdString(), "" });
            return out;
        };
        SessionSeats seats;
        seats.capacity = capacity;
        seats.confirmed = holders(confirmed);
        if (!waitlist.isEmpty())
            seats.waitlist = holders(waitlist);
        if (!cancelled.isEmpty())
            seats.cancelled = holders(cancelled);
        const auto allocator = SeatAllocator::restore(seats);
        QVERIFY(!allocator.ok());
        QCOMPARE(int(allocator.error()), error);
    }

    void reasonCodesAreStable()
    {
        QCOMPARE(reasonCode(SignUpRejectReason::DeadlinePassed), std::string_view("deadline_passed"));
        QCOMPARE(reasonCode(SignUpRejectReason::SessionCancelled), std::string_view("session_cancelled"));
        QCOMPARE(
            reasonCode(SignUpRejectReason::EmptyRegistrationId), std::string_view("empty_registration_id"));
        QCOMPARE(reasonCode(SignUpRejectReason::None), std::string_view(""));
    }
};

QTEST_GUILESS_MAIN(TestSeatAllocator)
#include "tst_seatallocator.moc"
