#include "attempt_limiter.h"

#include <algorithm>
#include <cmath>

namespace yk::server::http {

namespace {

// Keys come from the client (a login, a device id): bounded before they are kept.
constexpr std::size_t kMaxKeyBytes = 128;

std::string_view bounded(std::string_view key)
{
    return key.substr(0, std::min(key.size(), kMaxKeyBytes));
}

std::size_t indexOf(AttemptLimiter::Bucket bucket)
{
    return static_cast<std::size_t>(bucket);
}

} // namespace

std::string_view AttemptLimiter::name(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Account:
        return "sign_in_account";
    case Bucket::Device:
        return "sign_in_device";
    case Bucket::Address:
        return "sign_in_address";
    case Bucket::EnrolAddress:
        return "enrol_address";
    }
    return "unknown";
}

AttemptLimiter::AttemptLimiter(AttemptLimits limits, Clock clock)
    : m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); }))
{
}

const AttemptLimit& AttemptLimiter::limitOf(Bucket bucket) const
{
    switch (bucket) {
    case Bucket::Account:
        return m_limits.perAccount;
    case Bucket::Device:
        return m_limits.perDevice;
    case Bucket::Address:
        return m_limits.perAddress;
    case Bucket::EnrolAddress:
        return m_limits.enrolPerAddress;
    }
    return m_limits.perAccount;
}

AttemptLimiter::State& AttemptLimiter::stateOf(
    Bucket bucket, std::string_view key, std::chrono::steady_clock::time_point now)
{
    const AttemptLimit& limit = limitOf(bucket);
    Table& table = m_tables[indexOf(bucket)];
    auto it = table.find(key);
    if (it == table.end()) {
        if (table.size() >= m_limits.maxTracked)
            forgetFullBuckets(bucket, now);
        it = table.emplace(std::string(key), State { static_cast<double>(limit.burst), now }).first;
        return it->second;
    }
    State& state = it->second;
    const auto elapsed = std::chrono::duration<double, std::milli>(now - state.updated).count();
    const auto refillMs = static_cast<double>(std::max<std::int64_t>(1, limit.refill.count()));
    if (elapsed > 0) {
        state.tokens = std::min(static_cast<double>(limit.burst), state.tokens + elapsed / refillMs);
        state.updated = now;
    }
    return state;
}

void AttemptLimiter::forgetFullBuckets(Bucket bucket, std::chrono::steady_clock::time_point now)
{
    // A full bucket is the same as none. If an attacker keeps more than maxTracked buckets
    // busy at once (many logins), the oldest half is forgotten: memory stays bounded, and
    // the per-address bucket still holds for them.
    const AttemptLimit& limit = limitOf(bucket);
    Table& table = m_tables[indexOf(bucket)];
    const auto refillMs = static_cast<double>(std::max<std::int64_t>(1, limit.refill.count()));
    for (auto it = table.begin(); it != table.end();) {
        const auto elapsed = std::chrono::duration<double, std::milli>(now - it->second.updated).count();
        if (it->second.tokens + elapsed / refillMs >= limit.burst)
            it = table.erase(it);
        else
            ++it;
    }
    if (table.size() < m_limits.maxTracked)
        return;
    std::vector<std::chrono::steady_clock::time_point> times;
    times.reserve(table.size());
    for (const auto& [key, state] : table)
        times.push_back(state.updated);
    auto middle = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    const auto cut = *middle;
    for (auto it = table.begin(); it != table.end();)
        it = it->second.updated <= cut ? table.erase(it) : std::next(it);
}

AttemptLimiter::Decision AttemptLimiter::acquire(
    const std::array<std::pair<Bucket, std::string_view>, 3>& keys)
{
    Decision decision;
    if (!m_limits.enabled)
        return decision;
    const auto now = m_clock();
    std::lock_guard lock(m_mutex);
    std::array<State*, 3> states {};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].second.empty())
            continue;
        State& state = stateOf(keys[i].first, bounded(keys[i].second), now);
        states[i] = &state;
        if (state.tokens < 1.0) {
            const auto refill = limitOf(keys[i].first).refill;
            const auto waitMs = std::ceil((1.0 - state.tokens) * static_cast<double>(refill.count()));
            const auto wait = std::chrono::ceil<std::chrono::seconds>(
                std::chrono::milliseconds(static_cast<std::int64_t>(waitMs)));
            if (decision.allowed || wait > decision.retryAfter) {
                decision.retryAfter = std::max(wait, std::chrono::seconds(1));
                decision.limitedBy = keys[i].first;
            }
            decision.allowed = false;
        }
    }
    if (!decision.allowed) {
        ++m_refusals[indexOf(decision.limitedBy)];
        return decision;
    }
    for (State* state : states) {
        if (state)
            state->tokens -= 1.0;
    }
    return decision;
}

void AttemptLimiter::giveBack(const std::array<std::pair<Bucket, std::string_view>, 3>& keys)
{
    if (!m_limits.enabled)
        return;
    const auto now = m_clock();
    std::lock_guard lock(m_mutex);
    for (const auto& [bucket, key] : keys) {
        if (key.empty())
            continue;
        State& state = stateOf(bucket, bounded(key), now);
        state.tokens = std::min(static_cast<double>(limitOf(bucket).burst), state.tokens + 1.0);
    }
}

AttemptLimiter::Decision AttemptLimiter::acquireSignIn(const SignInKeys& keys)
{
    return acquire({ std::pair { Bucket::Account, std::string_view(keys.account) },
        std::pair { Bucket::Device, std::string_view(keys.device) },
        std::pair { Bucket::Address, std::string_view(keys.address) } });
}

void AttemptLimiter::settleSignIn(const SignInKeys& keys, bool failed)
{
    if (failed)
        return;
    giveBack({ std::pair { Bucket::Account, std::string_view(keys.account) },
        std::pair { Bucket::Device, std::string_view(keys.device) },
        std::pair { Bucket::Address, std::string_view(keys.address) } });
}

AttemptLimiter::Decision AttemptLimiter::acquireEnrolment(std::string_view address)
{
    return acquire(
        { std::pair { Bucket::EnrolAddress, address }, std::pair { Bucket::EnrolAddress, std::string_view() },
            std::pair { Bucket::EnrolAddress, std::string_view() } });
}

void AttemptLimiter::settleEnrolment(std::string_view address, bool failed)
{
    if (failed)
        return;
    giveBack(
        { std::pair { Bucket::EnrolAddress, address }, std::pair { Bucket::EnrolAddress, std::string_view() },
            std::pair { Bucket::EnrolAddress, std::string_view() } });
}

std::int64_t AttemptLimiter::refusals(Bucket bucket) const
{
    return m_refusals[indexOf(bucket)].load();
}

} // namespace yk::server::http
