#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "engine/sync_error.h"

#include <functional>
#include <optional>

namespace yk::app {

class EngineBridge;

/// The sync indicator shown everywhere and the sync page: what the engine is doing, what is
/// waiting, what went wrong and what the person can do about it. Runs sync rounds on the
/// engine thread; never two at once.
class SyncStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(int phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(Action errorAction READ errorAction NOTIFY changed)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY changed)
    /// What the last successful round sent and received (-1 before one), for the page to
    /// word in the language shown now.
    Q_PROPERTY(int lastSent READ lastSent NOTIFY changed)
    Q_PROPERTY(int lastReceived READ lastReceived NOTIFY changed)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(qint64 clockSkewSeconds READ clockSkewSeconds NOTIFY changed)
public:
    enum class State { NotConnected, Offline, Syncing, UpToDate, Waiting, Error };
    Q_ENUM(State)
    /// What the error line offers: try again, sign in again, nothing (wait for the network).
    enum class Action { None, Retry, SignIn, Update, ContactCentre };
    Q_ENUM(Action)

    explicit SyncStatus(EngineBridge& bridge, QObject* parent = nullptr);

    State state() const { return m_state; }
    int pending() const { return m_pending; }
    bool running() const { return m_running; }
    qint64 progressDone() const { return m_progressDone; }
    qint64 progressTotal() const { return m_progressTotal; }
    int phase() const { return m_phase; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString errorText() const { return m_errorText; }
    Action errorAction() const { return m_errorAction; }
    QString lastReport() const { return m_lastReport; }
    int lastSent() const { return m_lastSent; }
    int lastReceived() const { return m_lastReceived; }
    bool enrolled() const { return m_enrolled; }
    QString serverUrl() const { return m_serverUrl; }
    qint64 clockSkewSeconds() const { return m_clockSkewSeconds; }

    /// The person's "sync now" (and what a local write asks for): goes through the scheduler
    /// when one is set (platform/SyncScheduler paces retries and watches the network),
    /// otherwise runs a round at once.
    Q_INVOKABLE void syncNow();
    /// One sync round (push, pull, attachments). Ignored while one runs; the request is
    /// remembered and runs right after. The scheduler calls this.
    void runRound();
    /// Routes syncNow() through a scheduler (main wires platform::SyncScheduler here).
    void setScheduler(std::function<void()> requestSync) { m_requestSync = std::move(requestSync); }
    /// Why the last round failed (for the connectivity monitor), when it did.
    const std::optional<sync::SyncError>& lastFailure() const { return m_lastFailure; }
    /// Asks the server whether it is still there (a cheap request, no sync): when it is gone,
    /// the indicator says offline at once instead of at the next write.
    Q_INVOKABLE void probe();
    /// Probes every `ms` while no round runs and no error needs the person (0: never); a
    /// server found again starts a round.
    void setProbeInterval(int ms);
    /// Re-reads the counters (after a local write).
    Q_INVOKABLE void refresh();
    /// A local write was queued: refresh now and send soon.
    void noteLocalWrite();

Q_SIGNALS:
    void changed();
    void progressChanged();
    /// A round ended (ok = nothing failed); the platform scheduler paces retries from it.
    void finished(bool ok);
    /// The server revoked this device and its store was wiped.
    void deviceRevoked();

public:
    struct Snapshot;

private:
    void apply(const Snapshot& snapshot);

    EngineBridge& m_bridge;
    State m_state = State::NotConnected;
    int m_pending = 0;
    bool m_running = false;
    bool m_again = false;
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
    int m_phase = 0;
    QDateTime m_lastSuccess;
    QString m_errorText;
    Action m_errorAction = Action::None;
    QString m_lastReport;
    int m_lastSent = -1;
    int m_lastReceived = -1;
    bool m_enrolled = false;
    QString m_serverUrl;
    qint64 m_clockSkewSeconds = 0;
    std::optional<sync::SyncError> m_lastFailure;
    std::function<void()> m_requestSync;
    QTimer m_soonTimer;
    QTimer m_probeTimer;
    bool m_probing = false;
};

} // namespace yk::app
