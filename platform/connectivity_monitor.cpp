#include "connectivity_monitor.h"

#include "platform_logging.h"

namespace yk::platform {

namespace {

bool osAllowsConnection(const NetworkState& state)
{
    switch (state.reachability) {
    case NetworkState::Reachability::Disconnected:
    case NetworkState::Reachability::Local:
        return false;
    case NetworkState::Reachability::Unknown: // no backend: let the engine find out
    case NetworkState::Reachability::Site: // the server may be on the intranet, or a proxy
    case NetworkState::Reachability::Online:
        return true;
    }
    return true;
}

} // namespace

ConnectivityMonitor::ConnectivityMonitor(ReachabilitySource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    if (m_source) {
        m_os = m_source->state();
        connect(m_source, &ReachabilitySource::stateChanged, this, &ConnectivityMonitor::onSourceChanged);
    }
    m_online = isNetworkAvailable();
    m_status = status();
    m_reportedCaptive = m_os.captivePortal;
    m_reportedMetered = m_os.metered;
}

bool ConnectivityMonitor::isNetworkAvailable() const
{
    return osAllowsConnection(m_os) && !m_os.captivePortal;
}

bool ConnectivityMonitor::isOnline() const
{
    return m_online;
}

ConnectivityMonitor::Status ConnectivityMonitor::status() const
{
    if (!osAllowsConnection(m_os))
        return Status::Offline;
    if (m_os.captivePortal)
        return Status::CaptivePortal;
    if (m_engineOffline)
        return Status::ServerUnreachable;
    if (m_os.metered)
        return Status::Metered;
    return Status::Online;
}

// Care workers read these on a tablet: say what is going on, that nothing is lost, what to do.
QString ConnectivityMonitor::statusTextJa() const
{
    switch (status()) {
    case Status::Online:
        return QStringLiteral("オンラインです。");
    case Status::Offline:
        return QStringLiteral(
            "オフラインです。入力した内容はこの端末に保存され、接続が戻ると自動で送信されます。");
    case Status::ServerUnreachable:
        return QStringLiteral(
            "サーバーに接続できません。入力した内容はこの端末に保存されています。自動で再試行します。");
    case Status::CaptivePortal:
        return QStringLiteral(
            "このネットワークはログインが必要です（施設やホテルのWi-Fiなど）。ブラウザでログインして"
            "から「今すぐ同期」を押してください。");
    case Status::Metered:
        return QStringLiteral(
            "モバイル通信中です。通信量を抑えるため、自動の再送は行いません。「今すぐ同期」で送信で"
            "きます。");
    }
    return {};
}

QString ConnectivityMonitor::statusTextEn() const
{
    switch (status()) {
    case Status::Online:
        return QStringLiteral("Online.");
    case Status::Offline:
        return QStringLiteral("Offline. What you enter is saved on this device and sent automatically when "
                              "the connection returns.");
    case Status::ServerUnreachable:
        return QStringLiteral("Cannot reach the server. What you enter is saved on this device; retrying "
                              "automatically.");
    case Status::CaptivePortal:
        return QStringLiteral(
            "This network needs a login first (facility or hotel Wi-Fi). Log in with the browser, "
            "then press \"Sync now\".");
    case Status::Metered:
        return QStringLiteral(
            "On mobile data. To save data, failed sends are not retried automatically; \"Sync "
            "now\" sends them.");
    }
    return {};
}

QString ConnectivityMonitor::backendName() const
{
    return m_source ? m_source->backendName() : QStringLiteral("none");
}

bool ConnectivityMonitor::isOfflineError(const sync::SyncError& error)
{
    switch (error.code) {
    case sync::SyncErrorCode::Unreachable:
    case sync::SyncErrorCode::TimedOut:
    case sync::SyncErrorCode::ConnectionLost:
        return true;
    default:
        return false;
    }
}

void ConnectivityMonitor::reportSyncSucceeded()
{
    m_engineOffline = false;
    update();
}

void ConnectivityMonitor::reportSyncFailed(const sync::SyncError& error)
{
    if (!isOfflineError(error))
        return; // the server answered: the connection itself is fine
    m_engineOffline = true;
    update();
}

void ConnectivityMonitor::onSourceChanged()
{
    const NetworkState next = m_source->state();
    // A new network (or the same one back) is a reason to believe the server may answer again.
    if (next.reachability != m_os.reachability || next.captivePortal != m_os.captivePortal)
        m_engineOffline = false;
    m_os = next;
    update();
}

void ConnectivityMonitor::update()
{
    const bool online = isNetworkAvailable() && !m_engineOffline;
    const Status status = this->status();
    const bool changed = online != m_online || status != m_status || m_os.captivePortal != m_reportedCaptive
        || m_os.metered != m_reportedMetered;
    const bool onlineChangedNow = online != m_online;
    m_online = online;
    m_status = status;
    m_reportedCaptive = m_os.captivePortal;
    m_reportedMetered = m_os.metered;
    if (onlineChangedNow) {
        qCInfo(lcPlatform) << "connectivity:" << (online ? "online" : "offline") << status;
        Q_EMIT onlineChanged(online);
        if (online)
            Q_EMIT cameOnline();
    }
    if (changed)
        Q_EMIT stateChanged();
}

} // namespace yk::platform
