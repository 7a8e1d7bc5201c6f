#pragma once

#include "store_controller.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// An attendee's phone without an account (参加者): the name, organisation and e-mail the
/// person registers once and every sign-up carries, and the questionnaire after a seminar.
/// The profile is personal data: it is kept inside the encrypted store (sync_state), never in
/// the settings file.
class AttendeeController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    /// Name, organisation and e-mail are all given.
    Q_PROPERTY(bool registered READ registered NOTIFY changed)
    Q_PROPERTY(QStringList answered READ answered NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit AttendeeController(QObject* parent = nullptr);

    bool loaded() const { return m_loaded; }
    QString name() const { return m_name; }
    QString organisation() const { return m_organisation; }
    QString email() const { return m_email; }
    bool registered() const { return !m_name.isEmpty() && !m_organisation.isEmpty() && !m_email.isEmpty(); }
    QStringList answered() const { return m_answered; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /// Checks and keeps the profile; false with errorText when a field is missing or wrong.
    Q_INVOKABLE bool save(const QString& name, const QString& organisation, const QString& email);
    /// The post-seminar questionnaire for one of this phone's registrations (queued offline).
    Q_INVOKABLE void submitQuestionnaire(
        const QString& registrationId, const QString& sessionId, const QVariantMap& answers);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void busyChanged();
    void errorTextChanged();
    void saved();
    void questionnaireQueued();

protected:
    void servicesChanged() override { reload(); }

private:
    void setError(const QString& text);
    void store();

    bool m_loaded = false;
    QString m_name;
    QString m_organisation;
    QString m_email;
    QStringList m_answered;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
