#include "backoff.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace yk::sync {

namespace {

Backoff::RandomSource engineSource(std::uint64_t seed)
{
    auto engine = std::make_shared<std::mt19937_64>(seed);
    return [engine] { return (*engine)(); };
}

BackoffPolicy sane(BackoffPolicy policy)
{
    policy.base = std::max(policy.base, std::chrono::milliseconds(1));
    policy.cap = std::max(policy.cap, policy.base);
    if (!(policy.factor >= 1.0))
        policy.factor = 1.0;
    return policy;
}

} // namespace

Backoff::Backoff(BackoffPolicy policy)
    : Backoff(policy, (std::uint64_t(std::random_device {}()) << 32) ^ std::random_device {}())
{
}

Backoff::Backoff(BackoffPolicy policy, std::uint64_t seed)
    : Backoff(policy, engineSource(seed))
{
}

Backoff::Backoff(BackoffPolicy policy, RandomSource random)
    : m_policy(sane(policy))
    , m_random(random ? std::move(random) : engineSource(0))
{
}

std::chrono::milliseconds Backoff::ceiling() const
{
    // In double to avoid overflow after many failures; the cap bounds the result.
    const double grown = static_cast<double>(m_policy.base.count()) * std::pow(m_policy.factor, m_failures);
    const double capped = std::min(grown, static_cast<double>(m_policy.cap.count()));
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(capped));
}

std::chrono::milliseconds Backoff::next()
{
    const auto limit = static_cast<std::uint64_t>(ceiling().count());
    if (m_failures < 1000)
        ++m_failures;
    // Uniform in [0, limit]; the modulo bias is below 2^-40 for any cap under a day.
    return std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(m_random() % (limit + 1)));
}

} // namespace yk::sync
