#pragma once

#include "store_controller.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace yk::app {

struct DeviceContext;

/// The door of one seminar session (centre staff): checks a ticket in from its QR text or
/// its short code, offline. The server's signature is verified on the device with the key
/// from the device account; a ticket this device already checked in is flagged as a
/// duplicate; every scan of a genuine ticket is queued as a RecordCheckIn event for the
/// server, which has the last word (it marks the later of two offline check-ins DUPLICATE,
/// and this controller shows that verdict once it is synced).
class CheckInController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(State state READ state NOTIFY resultChanged)
    Q_PROPERTY(QString attendeeName READ attendeeName NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString checkInId READ checkInId NOTIFY resultChanged)
    Q_PROPERTY(bool queued READ queued NOTIFY resultChanged)
    Q_PROPERTY(int checkedInCount READ checkedInCount NOTIFY countsChanged)
    Q_PROPERTY(int confirmedCount READ confirmedCount NOTIFY countsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    enum State {
        None, ///< nothing scanned yet (or cleared)
        Accepted, ///< genuine, first time at this door: queued
        Duplicate, ///< genuine, but this ticket was already checked in (here, or by the server's verdict)
        Tampered, ///< the signature does not match: payload or signature changed
        ForeignKey, ///< not signed by this server's ticket key
        WrongSession, ///< genuine, for another session
        NotFound, ///< no confirmed registration of this session has that short code
        Malformed, ///< not a Yokoten ticket
        NotConfirmed, ///< the store knows the registration is cancelled or was not accepted
        NoKey, ///< this device has not received the server's ticket key yet (sync once)
        Rejected, ///< the server did not accept the check-in (after sync)
        Failed, ///< the store could not be read or written
    };
    Q_ENUM(State)

    explicit CheckInController(QObject* parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString& id);
    State state() const { return m_state; }
    QString attendeeName() const { return m_attendeeName; }
    QString message() const;
    QString checkInId() const { return m_checkInId; }
    /// Whether the last scan queued a RecordCheckIn (accepted ones, and duplicates too).
    bool queued() const { return m_queued; }
    /// Attendees of this session checked in as far as this device knows (its own scans,
    /// pending or accepted, and the server's accepted ones after sync); duplicates count once.
    int checkedInCount() const { return m_checkedIn; }
    int confirmedCount() const { return m_confirmed; }
    bool busy() const { return m_pendingScans > 0; }

    /// A scanned QR text ("YK1.…").
    Q_INVOKABLE void checkInQr(const QString& text);
    /// A typed short code (case, spaces and dashes do not matter).
    Q_INVOKABLE void checkInShortCode(const QString& code);
    /// Back to the waiting screen.
    Q_INVOKABLE void clearResult();
    /// Reads the counts and the server's verdict on the last check-in again.
    Q_INVOKABLE void reload();

    /// What the engine thread found for one scan.
    struct Outcome {
        State state = None;
        QString attendeeName;
        QString checkInId;
        bool queued = false;
        QString error; ///< Failed: why, for the person
    };

Q_SIGNALS:
    void sessionIdChanged();
    void resultChanged();
    void countsChanged();
    void busyChanged();
    /// Every scan's result, also when it repeats the last one (a sound, a flash).
    void scanned(CheckInController::State state);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void run(std::function<Outcome(DeviceContext&)> job);
    void setOutcome(const Outcome& outcome);
    void show(const Outcome& outcome);

    QString m_sessionId;
    State m_state = None;
    QString m_attendeeName;
    QString m_checkInId;
    QString m_error;
    bool m_queued = false;
    bool m_duplicateAfterSync = false;
    int m_checkedIn = 0;
    int m_confirmed = 0;
    int m_pendingScans = 0;
};

} // namespace yk::app
