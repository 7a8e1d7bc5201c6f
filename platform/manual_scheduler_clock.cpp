#include "manual_scheduler_clock.h"

#include <algorithm>

namespace yk::platform {

void ManualSchedulerClock::arm(qint64 delayMs)
{
    m_deadline = m_now + std::max<qint64>(delayMs, 0);
    m_armed = true;
}

void ManualSchedulerClock::advance(qint64 ms)
{
    const qint64 target = m_now + std::max<qint64>(ms, 0);
    while (m_armed && m_deadline <= target) {
        m_now = m_deadline;
        m_armed = false;
        Q_EMIT fired();
    }
    m_now = target;
}

} // namespace yk::platform
