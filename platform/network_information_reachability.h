#pragma once

#include "reachability_source.h"

#include <memory>

class QNetworkInformation;

namespace yk::platform {

/// The OS's view through QNetworkInformation (NetworkManager on Linux, the platform APIs on
/// Android, iOS, Windows and macOS). Qt keeps one instance per process.
class NetworkInformationReachability : public ReachabilitySource {
    Q_OBJECT

public:
    /// Loads Qt's default backend; nullptr when none loads (no NetworkManager on the system
    /// bus, a container): the caller then relies on the sync engine's failures alone.
    static std::unique_ptr<NetworkInformationReachability> create(QObject* parent = nullptr);

    NetworkState state() const override;
    QString backendName() const override;

private:
    NetworkInformationReachability(QNetworkInformation* info, QObject* parent);

    QNetworkInformation* m_info;
};

} // namespace yk::platform
