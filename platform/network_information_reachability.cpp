#include "network_information_reachability.h"

#include "platform_logging.h"

#include <QNetworkInformation>

namespace yk::platform {

std::unique_ptr<NetworkInformationReachability> NetworkInformationReachability::create(QObject* parent)
{
    if (!QNetworkInformation::loadDefaultBackend() || QNetworkInformation::instance() == nullptr) {
        qCInfo(lcPlatform) << "no QNetworkInformation backend; available:"
                           << QNetworkInformation::availableBackends();
        return nullptr;
    }
    return std::unique_ptr<NetworkInformationReachability>(
        new NetworkInformationReachability(QNetworkInformation::instance(), parent));
}

NetworkInformationReachability::NetworkInformationReachability(QNetworkInformation* info, QObject* parent)
    : ReachabilitySource(parent)
    , m_info(info)
{
    connect(m_info, &QNetworkInformation::reachabilityChanged, this, &ReachabilitySource::stateChanged);
    connect(
        m_info, &QNetworkInformation::isBehindCaptivePortalChanged, this, &ReachabilitySource::stateChanged);
    connect(m_info, &QNetworkInformation::isMeteredChanged, this, &ReachabilitySource::stateChanged);
}

NetworkState NetworkInformationReachability::state() const
{
    NetworkState state;
    switch (m_info->reachability()) {
    case QNetworkInformation::Reachability::Unknown:
        state.reachability = NetworkState::Reachability::Unknown;
        break;
    case QNetworkInformation::Reachability::Disconnected:
        state.reachability = NetworkState::Reachability::Disconnected;
        break;
    case QNetworkInformation::Reachability::Local:
        state.reachability = NetworkState::Reachability::Local;
        break;
    case QNetworkInformation::Reachability::Site:
        state.reachability = NetworkState::Reachability::Site;
        break;
    case QNetworkInformation::Reachability::Online:
        state.reachability = NetworkState::Reachability::Online;
        break;
    }
    const auto features = m_info->supportedFeatures();
    state.captivePortal
        = features.testFlag(QNetworkInformation::Feature::CaptivePortal) && m_info->isBehindCaptivePortal();
    state.metered = features.testFlag(QNetworkInformation::Feature::Metered) && m_info->isMetered();
    return state;
}

QString NetworkInformationReachability::backendName() const
{
    return m_info->backendName();
}

} // namespace yk::platform
