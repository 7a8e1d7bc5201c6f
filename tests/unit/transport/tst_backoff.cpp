// Backoff: full jitter below an exponentially growing, capped ceiling; reproducible with a
// seed; reset after a success.
#include "transport/backoff.h"

#include <QtTest>

#include <vector>

using yk::sync::Backoff;
using yk::sync::BackoffPolicy;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theCeilingDoublesUpToTheCap()
    {
        Backoff backoff(BackoffPolicy {}, 42);
        QVERIFY(backoff.ceiling() == 1s);
        std::vector<std::chrono::milliseconds> ceilings;
        for (int i = 0; i < 12; ++i) {
            ceilings.push_back(backoff.ceiling());
            (void)backoff.next();
        }
        QVERIFY(ceilings[1] == 2s);
        QVERIFY(ceilings[2] == 4s);
        QVERIFY(ceilings[8] == 256s);
        QVERIFY(ceilings[9] == 5min); // 512 s capped at 300 s
        QVERIFY(ceilings[11] == 5min);
        QCOMPARE(backoff.failures(), 12);
    }

    void everyWaitIsWithinItsCeiling()
    {
        Backoff backoff(BackoffPolicy { 100ms, 3.0, 10s }, 7);
        for (int i = 0; i < 1000; ++i) {
            const auto ceiling = backoff.ceiling();
            const auto wait = backoff.next();
            QVERIFY(wait >= 0ms);
            QVERIFY(wait <= ceiling);
            QVERIFY(wait <= 10s);
        }
    }

    void waitsAreSpreadNotFixed()
    {
        // Full jitter: at the cap, waits cover the range instead of repeating one value.
        Backoff backoff(BackoffPolicy { 1s, 2.0, 60s }, 1234);
        for (int i = 0; i < 10; ++i)
            (void)backoff.next();
        std::chrono::milliseconds lowest = 60s;
        std::chrono::milliseconds highest = 0ms;
        for (int i = 0; i < 200; ++i) {
            const auto wait = backoff.next();
            lowest = std::min(lowest, wait);
            highest = std::max(highest, wait);
        }
        QVERIFY(lowest < 15s);
        QVERIFY(highest > 45s);
    }

    void theSameSeedGivesTheSameWaits()
    {
        Backoff a(BackoffPolicy {}, 99);
        Backoff b(BackoffPolicy {}, 99);
        Backoff c(BackoffPolicy {}, 100);
        bool differs = false;
        for (int i = 0; i < 20; ++i) {
            const auto fromA = a.next();
            QVERIFY(fromA == b.next());
            differs = differs || fromA != c.next();
        }
        QVERIFY(differs);
    }

    void anInjectedSourceDecidesTheWait()
    {
        // The wait is the random value modulo (ceiling + 1): zero gives no wait.
        std::vector<std::uint64_t> values { 0, UINT64_MAX, 2001 };
        std::size_t index = 0;
        Backoff backoff(BackoffPolicy {}, [&] { return values[index++ % values.size()]; });
        QVERIFY(backoff.next() == 0ms);
        QVERIFY(backoff.next() == std::chrono::milliseconds(UINT64_MAX % 2001));
        QVERIFY(backoff.next() == std::chrono::milliseconds(2001 % 4001));
    }

    void resetStartsOver()
    {
        Backoff backoff(BackoffPolicy {}, 5);
        for (int i = 0; i < 6; ++i)
            (void)backoff.next();
        QVERIFY(backoff.ceiling() == 64s);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.ceiling() == 1s);
        QVERIFY(backoff.next() <= 1s);
    }

    void aBrokenPolicyIsMadeSafe()
    {
        Backoff backoff(BackoffPolicy { 0ms, 0.5, 0ms }, 3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(backoff.next() <= 1ms);
        QVERIFY(backoff.ceiling() == 1ms);
    }

    void manyFailuresDoNotOverflow()
    {
        Backoff backoff(BackoffPolicy {}, 11);
        for (int i = 0; i < 5000; ++i)
            QVERIFY(backoff.next() <= 5min);
        QVERIFY(backoff.ceiling() == 5min);
    }
};

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
