#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <random>

namespace yk::sync {

/// How long to wait between retries: exponential with a cap.
struct BackoffPolicy {
    std::chrono::milliseconds base { std::chrono::seconds(1) }; ///< ceiling of the first wait
    double factor = 2.0; ///< the ceiling grows by this after every failure
    std::chrono::milliseconds cap { std::chrono::minutes(5) }; ///< the ceiling never passes this
};

/// Retry delays with "full jitter": the n-th wait is uniform in [0, min(cap, base·factorⁿ)], so
/// many devices that lost the server together do not come back together. reset() after a
/// success. Not thread-safe.
class Backoff {
public:
    /// Returns a uniformly distributed 64-bit value (tests inject a fixed sequence).
    using RandomSource = std::function<std::uint64_t()>;

    /// Seeded from std::random_device.
    explicit Backoff(BackoffPolicy policy = {});
    /// Reproducible: a std::mt19937_64 with `seed`.
    Backoff(BackoffPolicy policy, std::uint64_t seed);
    Backoff(BackoffPolicy policy, RandomSource random);

    /// The wait before the next retry; counts one more failure.
    std::chrono::milliseconds next();
    /// The ceiling next() draws below now.
    std::chrono::milliseconds ceiling() const;
    /// Failures counted since the last reset().
    int failures() const { return m_failures; }
    /// After a success: the next wait is drawn below `base` again.
    void reset() { m_failures = 0; }

private:
    BackoffPolicy m_policy;
    RandomSource m_random;
    int m_failures = 0;
};

} // namespace yk::sync
