#include "system_scheduler_clock.h"

#include <algorithm>
#include <limits>

namespace yk::platform {

SystemSchedulerClock::SystemSchedulerClock(QObject* parent)
    : SchedulerClock(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // Waits are seconds to minutes: a coarse timer lets the OS batch wake-ups (battery).
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SchedulerClock::fired);
}

void SystemSchedulerClock::arm(qint64 delayMs)
{
    const qint64 bounded = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    m_timer.start(static_cast<int>(bounded));
}

} // namespace yk::platform
