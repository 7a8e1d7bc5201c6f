#include "manual_reachability.h"

namespace yk::platform {

ManualReachability::ManualReachability(NetworkState initial, QObject* parent)
    : ReachabilitySource(parent)
    , m_state(initial)
{
}

void ManualReachability::setState(const NetworkState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void ManualReachability::setReachability(NetworkState::Reachability reachability)
{
    NetworkState next = m_state;
    next.reachability = reachability;
    setState(next);
}

void ManualReachability::setCaptivePortal(bool captivePortal)
{
    NetworkState next = m_state;
    next.captivePortal = captivePortal;
    setState(next);
}

void ManualReachability::setMetered(bool metered)
{
    NetworkState next = m_state;
    next.metered = metered;
    setState(next);
}

} // namespace yk::platform
