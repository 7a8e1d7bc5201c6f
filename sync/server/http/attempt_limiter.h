#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server::http {

/// One token bucket: `burst` attempts at once, then one more every `refill`.
struct AttemptLimit {
    int burst = 10;
    std::chrono::milliseconds refill { std::chrono::seconds(6) };
};

/// How many failed sign-ins and enrolments the server evaluates (docs/security.md says why
/// these numbers). Only failures use up an attempt: a successful sign-in gives its attempt
/// back, so devices that sign in often (tests, benchmarks, the demo) are never limited.
struct AttemptLimits {
    /// Failed sign-ins per login (whether it exists or not): 10 at once, then 10 a minute.
    AttemptLimit perAccount { 10, std::chrono::seconds(6) };
    /// Failed sign-ins per device id.
    AttemptLimit perDevice { 20, std::chrono::seconds(3) };
    /// Failed sign-ins per client address (all logins and devices behind it).
    AttemptLimit perAddress { 30, std::chrono::seconds(2) };
    /// Failed enrolments (wrong, used or expired codes) per client address.
    AttemptLimit enrolPerAddress { 10, std::chrono::seconds(6) };
    /// Buckets kept at most per kind; full buckets are forgotten first.
    std::size_t maxTracked = 100000;
    bool enabled = true;
};

/// Throttles password guessing and enrolment-code guessing, per account, per device and per
/// client address, with token buckets. acquire() takes an attempt from every bucket that
/// applies before the (slow) check runs, so concurrent guesses cannot overrun a bucket;
/// settle() gives it back when the attempt succeeded. Thread-safe; the clock is injectable.
class AttemptLimiter {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    enum class Bucket { Account, Device, Address, EnrolAddress };
    static constexpr std::size_t BucketCount = 4;
    /// The name of a bucket in /metrics and logs ("sign_in_account" …).
    static std::string_view name(Bucket bucket);

    /// Who is attempting: empty fields are not limited (a device session has no login).
    struct SignInKeys {
        std::string account;
        std::string device;
        std::string address;
    };

    struct Decision {
        bool allowed = true;
        /// When refused: how long until the fullest refusing bucket has an attempt again.
        std::chrono::seconds retryAfter { 0 };
        Bucket limitedBy = Bucket::Account;
    };

    explicit AttemptLimiter(AttemptLimits limits = {}, Clock clock = {});

    Decision acquireSignIn(const SignInKeys& keys);
    /// `failed`: the attempt was a wrong guess (it keeps its attempt); else it is given back.
    void settleSignIn(const SignInKeys& keys, bool failed);
    Decision acquireEnrolment(std::string_view address);
    void settleEnrolment(std::string_view address, bool failed);

    /// Attempts refused so far by each bucket.
    std::int64_t refusals(Bucket bucket) const;
    const AttemptLimits& limits() const { return m_limits; }

private:
    struct State {
        double tokens = 0;
        std::chrono::steady_clock::time_point updated;
    };
    using Table = std::map<std::string, State, std::less<>>;

    const AttemptLimit& limitOf(Bucket bucket) const;
    /// Refills the bucket of `key` up to now; a bucket not seen yet is full.
    State& stateOf(Bucket bucket, std::string_view key, std::chrono::steady_clock::time_point now);
    void forgetFullBuckets(Bucket bucket, std::chrono::steady_clock::time_point now);
    Decision acquire(const std::array<std::pair<Bucket, std::string_view>, 3>& keys);
    void giveBack(const std::array<std::pair<Bucket, std::string_view>, 3>& keys);

    AttemptLimits m_limits;
    Clock m_clock;
    mutable std::mutex m_mutex;
    std::array<Table, BucketCount> m_tables;
    std::array<std::atomic<std::int64_t>, BucketCount> m_refusals {};
};

} // namespace yk::server::http
