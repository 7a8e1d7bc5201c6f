#pragma once

#include "reachability_source.h"

namespace yk::platform {

/// A ReachabilitySource set by hand: tests, and platforms where Qt has no network backend
/// (the engine's own failures then decide, see ConnectivityMonitor).
class ManualReachability : public ReachabilitySource {
    Q_OBJECT

public:
    explicit ManualReachability(NetworkState initial = {}, QObject* parent = nullptr);

    NetworkState state() const override { return m_state; }
    QString backendName() const override { return QStringLiteral("manual"); }

    void setState(const NetworkState& state);
    void setReachability(NetworkState::Reachability reachability);
    void setCaptivePortal(bool captivePortal);
    void setMetered(bool metered);

private:
    NetworkState m_state;
};

} // namespace yk::platform
