#pragma once

#include <QObject>
#include <QString>

namespace yk::platform {

/// What the operating system says about the network: one input of ConnectivityMonitor.
struct NetworkState {
    enum class Reachability {
        Unknown, ///< no information (no backend): let the sync engine find out
        Disconnected, ///< no network at all
        Local, ///< link-local only: the server cannot be reached
        Site, ///< a local network / intranet, maybe behind a captive portal
        Online, ///< the internet
    };
    Reachability reachability = Reachability::Unknown;
    bool captivePortal = false; ///< a hotel or station Wi-Fi login page intercepts traffic
    bool metered = false; ///< mobile data or a phone's hotspot: the user pays per byte

    bool operator==(const NetworkState&) const = default;
};

/// A source of NetworkState (the OS through QNetworkInformation, or a manual one for tests
/// and for platforms without a backend). Emits stateChanged() when any field changes.
class ReachabilitySource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~ReachabilitySource() override = default;

    virtual NetworkState state() const = 0;
    /// For logs and the diagnostics page: "networkmanager", "manual" …
    virtual QString backendName() const = 0;

Q_SIGNALS:
    void stateChanged();
};

} // namespace yk::platform
