// AttemptLimiter: token buckets per account, device and address for failed sign-ins, and per
// address for failed enrolments, on an injected clock (no test sleeps).
#include "http/attempt_limiter.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using yk::server::http::AttemptLimit;
using yk::server::http::AttemptLimiter;
using yk::server::http::AttemptLimits;
using namespace std::chrono_literals;
using Bucket = AttemptLimiter::Bucket;

namespace {

struct FakeClock {
    std::chrono::steady_clock::time_point now = std::chrono::steady_clock::time_point(1000h);
    AttemptLimiter::Clock function()
    {
        return [this] { return now; };
    }
};

AttemptLimits limits(
    AttemptLimit account, AttemptLimit device, AttemptLimit address, AttemptLimit enrol = { 10, 6s })
{
    AttemptLimits l;
    l.perAccount = account;
    l.perDevice = device;
    l.perAddress = address;
    l.enrolPerAddress = enrol;
    return l;
}

const AttemptLimit kWide { 1000, 1ms };

/// Failed attempts until the first refusal (at most `max`).
int failuresUntilRefused(AttemptLimiter& limiter, const AttemptLimiter::SignInKeys& keys, int max = 1000)
{
    for (int i = 0; i < max; ++i) {
        if (!limiter.acquireSignIn(keys).allowed)
            return i;
        limiter.settleSignIn(keys, true);
    }
    return max;
}

} // namespace

class TestAttemptLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountBucketAllowsTheBurstThenOnePerRefill()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 10, 6s }, kWide, kWide), clock.function());
        const AttemptLimiter::SignInKeys keys { "sato", "device-1", "192.0.2.1" };
        QCOMPARE(failuresUntilRefused(limiter, keys), 10);

        const auto refused = limiter.acquireSignIn(keys);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.limitedBy, Bucket::Account);
        QCOMPARE(refused.retryAfter, 6s);
        QCOMPARE(limiter.refusals(Bucket::Account), std::int64_t(2)); // the helper's last try, and this

        clock.now += 5999ms;
        QVERIFY(!limiter.acquireSignIn(keys).allowed);
        clock.now += 1ms;
        QVERIFY(limiter.acquireSignIn(keys).allowed);
        limiter.settleSignIn(keys, true);
        QVERIFY(!limiter.acquireSignIn(keys).allowed);

        // A minute later: ten more, never more than the burst.
        clock.now += 10min;
        QCOMPARE(failuresUntilRefused(limiter, keys), 10);
    }

    void successGivesTheAttemptBack()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 3, 60s }, { 3, 60s }, { 3, 60s }), clock.function());
        const AttemptLimiter::SignInKeys keys { "sato", "device-1", "192.0.2.1" };
        // A device that signs in a thousand times in a row (tests, benchmarks) is never limited.
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(limiter.acquireSignIn(keys).allowed);
            limiter.settleSignIn(keys, false);
        }
        QCOMPARE(failuresUntilRefused(limiter, keys), 3);
    }

    void otherAccountsAreNotTouched()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 5, 60s }, kWide, kWide), clock.function());
        QCOMPARE(failuresUntilRefused(limiter, { "sato", "device-1", "192.0.2.1" }), 5);
        QVERIFY(limiter.acquireSignIn({ "suzuki", "device-1", "192.0.2.1" }).allowed);
    }

    void deviceBucketHoldsAcrossLogins()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits(kWide, { 4, 60s }, kWide), clock.function());
        for (int i = 0; i < 4; ++i) {
            const AttemptLimiter::SignInKeys keys { "login-" + std::to_string(i), "device-1", "192.0.2.1" };
            QVERIFY(limiter.acquireSignIn(keys).allowed);
            limiter.settleSignIn(keys, true);
        }
        const auto refused = limiter.acquireSignIn({ "login-9", "device-1", "192.0.2.1" });
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.limitedBy, Bucket::Device);
        QVERIFY(limiter.acquireSignIn({ "login-9", "device-2", "192.0.2.1" }).allowed);
    }

    void addressBucketHoldsAcrossDevicesAndLogins()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits(kWide, kWide, { 6, 60s }), clock.function());
        for (int i = 0; i < 6; ++i) {
            const AttemptLimiter::SignInKeys keys { "login-" + std::to_string(i),
                "device-" + std::to_string(i), "192.0.2.1" };
            QVERIFY(limiter.acquireSignIn(keys).allowed);
            limiter.settleSignIn(keys, true);
        }
        const auto refused = limiter.acquireSignIn({ "x", "y", "192.0.2.1" });
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.limitedBy, Bucket::Address);
        QVERIFY(limiter.acquireSignIn({ "x", "y", "192.0.2.2" }).allowed);
    }

    void aRefusalTakesNothingFromTheOtherBuckets()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 2, 60s }, { 5, 60s }, kWide), clock.function());
        QCOMPARE(failuresUntilRefused(limiter, { "sato", "device-1", "a" }), 2);
        // Refused attempts for sato used up nothing of device-1's bucket: three more fit.
        for (int i = 0; i < 20; ++i)
            QVERIFY(!limiter.acquireSignIn({ "sato", "device-1", "a" }).allowed);
        QCOMPARE(failuresUntilRefused(limiter, { "suzuki", "device-1", "a" }), 2);
        QCOMPARE(failuresUntilRefused(limiter, { "tanaka", "device-1", "a" }), 1);
    }

    void deviceSessionsHaveNoAccountBucket()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 1, 60s }, kWide, kWide), clock.function());
        QCOMPARE(failuresUntilRefused(limiter, { "", "kiosk-1", "a" }, 50), 50);
    }

    void retryAfterIsTheLongestWait()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 1, 30s }, { 1, 90s }, kWide), clock.function());
        QCOMPARE(failuresUntilRefused(limiter, { "sato", "device-1", "a" }), 1);
        const auto refused = limiter.acquireSignIn({ "sato", "device-1", "a" });
        QCOMPARE(refused.retryAfter, 90s);
        QCOMPARE(refused.limitedBy, Bucket::Device);
    }

    void enrolmentIsLimitedPerAddress()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits(kWide, kWide, kWide, { 10, 6s }), clock.function());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(limiter.acquireEnrolment("192.0.2.1").allowed);
            limiter.settleEnrolment("192.0.2.1", true);
        }
        const auto refused = limiter.acquireEnrolment("192.0.2.1");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.limitedBy, Bucket::EnrolAddress);
        QCOMPARE(limiter.refusals(Bucket::EnrolAddress), std::int64_t(1));
        QVERIFY(limiter.acquireEnrolment("192.0.2.2").allowed);
        // A successful enrolment costs nothing.
        limiter.settleEnrolment("192.0.2.2", false);
        clock.now += 6s;
        QVERIFY(limiter.acquireEnrolment("192.0.2.1").allowed);
    }

    // Concurrent guesses reserve their attempt before the slow check, so eight threads
    // together never get more than the burst.
    void concurrentGuessesNeverOverrunTheBucket()
    {
        FakeClock clock;
        AttemptLimiter limiter(limits({ 10, 6s }, kWide, kWide), clock.function());
        std::atomic<int> allowed { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                const AttemptLimiter::SignInKeys keys { "sato", "device-1", "a" };
                for (int i = 0; i < 200; ++i) {
                    if (limiter.acquireSignIn(keys).allowed) {
                        ++allowed;
                        limiter.settleSignIn(keys, true);
                    }
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(allowed.load(), 10);
    }

    void memoryStaysBounded()
    {
        FakeClock clock;
        AttemptLimits l = limits({ 2, 60s }, kWide, kWide);
        l.maxTracked = 100;
        AttemptLimiter limiter(l, clock.function());
        for (int i = 0; i < 10000; ++i) {
            const AttemptLimiter::SignInKeys keys { "login-" + std::to_string(i), "", "" };
            QVERIFY(limiter.acquireSignIn(keys).allowed);
            limiter.settleSignIn(keys, true);
            clock.now += 1ms;
        }
        // Nothing to count directly; the newest buckets are still remembered.
        QVERIFY(limiter.acquireSignIn({ "login-9999", "", "" }).allowed);
        QVERIFY(!limiter.acquireSignIn({ "login-9999", "", "" }).allowed);
    }

    void disabledLimitsAllowEverything()
    {
        AttemptLimits l = limits({ 1, 60s }, { 1, 60s }, { 1, 60s });
        l.enabled = false;
        AttemptLimiter limiter(l);
        QCOMPARE(failuresUntilRefused(limiter, { "sato", "d", "a" }, 100), 100);
    }
};

QTEST_GUILESS_MAIN(TestAttemptLimiter)
#include "tst_attemptlimiter.moc"
