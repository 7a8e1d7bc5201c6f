#pragma once

#include "reachability_source.h"

#include "engine/sync_error.h"

#include <QObject>
#include <QString>

namespace yk::platform {

/// Decides whether the app is online from two witnesses: the OS (a ReachabilitySource, when
/// one exists) and the sync engine's own results, because an OS that says "online" can still
/// be behind a dead server or a captive portal. Lives on the GUI thread; exposed to QML.
class ConnectivityMonitor : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool captivePortal READ isBehindCaptivePortal NOTIFY stateChanged)
    Q_PROPERTY(bool metered READ isMetered NOTIFY stateChanged)
    Q_PROPERTY(Status status READ status NOTIFY stateChanged)
    Q_PROPERTY(QString statusTextJa READ statusTextJa NOTIFY stateChanged)
    Q_PROPERTY(QString statusTextEn READ statusTextEn NOTIFY stateChanged)

public:
    /// What the status line says; the UI may translate the enum itself instead of the texts.
    enum class Status {
        Online,
        Offline, ///< the OS has no usable network
        ServerUnreachable, ///< a network, but the last sync could not reach the server
        CaptivePortal, ///< a network that wants a login page first
        Metered, ///< online on mobile data: no automatic retries
    };
    Q_ENUM(Status)

    /// `source` may be null (no OS backend): then only the engine's results decide. Not owned;
    /// it must outlive the monitor.
    explicit ConnectivityMonitor(ReachabilitySource* source, QObject* parent = nullptr);

    bool isOnline() const;
    /// True unless the OS rules a connection out (no network, link-local only, captive portal).
    /// The sync scheduler keeps retrying while this holds, even when isOnline() is false.
    bool isNetworkAvailable() const;
    bool isBehindCaptivePortal() const { return m_os.captivePortal; }
    bool isMetered() const { return m_os.metered; }
    Status status() const;
    QString statusTextJa() const;
    QString statusTextEn() const;
    QString backendName() const;

    /// The app reports each sync's outcome here. An offline-kind failure (unreachable, timed
    /// out, connection lost) makes the monitor offline even when the OS says online; a success
    /// makes it online.
    void reportSyncSucceeded();
    void reportSyncFailed(const sync::SyncError& error);
    /// True for the SyncError codes that mean "no connection", not "the server said no".
    static bool isOfflineError(const sync::SyncError& error);

Q_SIGNALS:
    void onlineChanged(bool online);
    /// Each offline → online transition, once.
    void cameOnline();
    /// Any change of online, captivePortal, metered or status.
    void stateChanged();

private:
    void onSourceChanged();
    void update();

    ReachabilitySource* m_source; ///< may be null; outlives the monitor
    NetworkState m_os;
    bool m_engineOffline = false;
    bool m_online = false;
    Status m_status = Status::Offline;
    bool m_reportedCaptive = false;
    bool m_reportedMetered = false;
};

} // namespace yk::platform
