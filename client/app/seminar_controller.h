#pragma once

#include "seminar_list_model.h"

#include "store_controller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

namespace yk::app {

/// One seminar session's page: what, when, where, seats left as last known, the deadline,
/// and this person's sign-up; signs up and cancels (offline too: the sign-up waits to be
/// sent and shows as such until the server decides).
class SeminarController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString audience READ audience NOTIFY changed)
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(QString venue READ venue NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(int capacity READ capacity NOTIFY changed)
    Q_PROPERTY(int seatsLeft READ seatsLeft NOTIFY changed)
    Q_PROPERTY(int waitlisted READ waitlisted NOTIFY changed)
    Q_PROPERTY(QString deadlineText READ deadlineText NOTIFY changed)
    Q_PROPERTY(bool deadlinePassed READ deadlinePassed NOTIFY changed)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY changed)
    Q_PROPERTY(bool certificate READ certificate NOTIFY changed)
    Q_PROPERTY(bool signedUp READ signedUp NOTIFY changed)
    Q_PROPERTY(QString registrationId READ registrationId NOTIFY changed)
    Q_PROPERTY(int registrationStatus READ registrationStatus NOTIFY changed)
    Q_PROPERTY(QString registrationText READ registrationText NOTIFY changed)
    Q_PROPERTY(bool canSignUp READ canSignUp NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit SeminarController(QObject* parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString& id);
    bool loaded() const { return m_loaded; }
    QString title() const { return m_info.title; }
    QString description() const { return m_info.description; }
    QString audience() const { return m_info.audience; }
    QString whenText() const;
    QString venue() const;
    QString address() const { return m_info.address; }
    int capacity() const { return m_info.capacity; }
    int seatsLeft() const { return m_info.seatsLeft(); }
    int waitlisted() const { return m_info.waitlisted; }
    QString deadlineText() const;
    bool deadlinePassed() const;
    bool cancelled() const { return m_info.cancelled; }
    bool certificate() const { return m_info.certificate; }
    bool signedUp() const { return !m_info.registrationId.isEmpty(); }
    QString registrationId() const { return m_info.registrationId; }
    int registrationStatus() const { return m_info.registrationStatus; }
    QString registrationText() const;
    bool canSignUp() const;
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /// Signs up (offline too); `attendeeName` defaults to the signed-in person's name.
    Q_INVOKABLE void signUp(const QString& attendeeName);
    /// Signs up a member of the public (a phone without an account) with their details.
    Q_INVOKABLE void signUpAs(const QString& name, const QString& organisation, const QString& email);
    Q_INVOKABLE void cancelRegistration(const QString& registrationId);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionIdChanged();
    void changed();
    void busyChanged();
    void errorTextChanged();
    void queued();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void queue(yokoten::v1::Mutation mutation);
    void setError(const QString& text);

    QString m_sessionId;
    bool m_loaded = false;
    SeminarSessionInfo m_info;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
