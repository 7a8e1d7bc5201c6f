#pragma once

#include "scheduler_clock.h"

namespace yk::platform {

/// A clock that moves only when told: tests call advance() and see exactly which timers fire.
class ManualSchedulerClock : public SchedulerClock {
    Q_OBJECT

public:
    using SchedulerClock::SchedulerClock;

    qint64 nowMs() const override { return m_now; }
    void arm(qint64 delayMs) override;
    void disarm() override { m_armed = false; }
    bool isArmed() const override { return m_armed; }
    /// When the armed timer fires; meaningless unless isArmed().
    qint64 deadlineMs() const { return m_deadline; }

    /// Moves time forward by `ms`, firing the timer at its deadline (again if it is re-armed
    /// within the same stretch).
    void advance(qint64 ms);

private:
    qint64 m_now = 0;
    qint64 m_deadline = 0;
    bool m_armed = false;
};

} // namespace yk::platform
