#pragma once

#include "store_controller.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// Centre staff: plans a new session of a seminar (day, times, venue, seats, sign-up
/// deadline). Checks the form here, so a mistake is explained before anything is queued;
/// the server checks again that the person runs this prefecture's centre.
class SessionEditor : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList seminars READ seminars NOTIFY seminarsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The catalogue models on show at the session (an exhibition's devices), sent with it.
    Q_PROPERTY(QStringList shownModelIds MEMBER m_shownModelIds NOTIFY shownModelIdsChanged)
public:
    explicit SessionEditor(QObject* parent = nullptr);

    /// The seminars on this device, each {id, title}.
    QVariantList seminars() const { return m_seminars; }
    QString errorText() const { return m_errorText; }
    bool busy() const { return m_busy; }

    /// `date` and `deadline` as YYYY-MM-DD, times as HH:MM, all Japan time. The sign-up
    /// closes at 17:00 on the deadline day.
    Q_INVOKABLE void create(const QString& seminarId, const QString& date, const QString& startTime,
        const QString& endTime, const QString& venue, const QString& address, int capacity,
        const QString& deadline);

Q_SIGNALS:
    void seminarsChanged();
    void errorTextChanged();
    void busyChanged();
    void shownModelIdsChanged();
    void created(const QString& sessionId);

protected:
    /// Reads the seminars a session can belong to.
    void servicesChanged() override;

private:
    void setError(const QString& text);

    QVariantList m_seminars;
    QString m_errorText;
    bool m_busy = false;
    QStringList m_shownModelIds;
};

} // namespace yk::app
