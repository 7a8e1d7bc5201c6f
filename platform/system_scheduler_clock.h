#pragma once

#include "scheduler_clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace yk::platform {

/// The real clock: QElapsedTimer (monotonic) and a QTimer on the owning thread's event loop.
class SystemSchedulerClock : public SchedulerClock {
    Q_OBJECT

public:
    explicit SystemSchedulerClock(QObject* parent = nullptr);

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    void arm(qint64 delayMs) override;
    void disarm() override { m_timer.stop(); }
    bool isArmed() const override { return m_timer.isActive(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace yk::platform
