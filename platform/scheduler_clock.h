#pragma once

#include <QObject>

namespace yk::platform {

/// Monotonic time plus one single-shot timer: what SyncScheduler needs of time, injectable so
/// tests advance it by hand instead of sleeping.
class SchedulerClock : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~SchedulerClock() override = default;

    /// Milliseconds on a monotonic clock (not wall time: a wrong device clock must not matter).
    virtual qint64 nowMs() const = 0;
    /// Fires fired() once after `delayMs`, replacing any armed deadline.
    virtual void arm(qint64 delayMs) = 0;
    virtual void disarm() = 0;
    virtual bool isArmed() const = 0;

Q_SIGNALS:
    void fired();
};

} // namespace yk::platform
