#pragma once

#include "store_controller.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

namespace yk::app {

/// What a facility, centre staff or a prefecture officer does with a support programme:
/// apply (a facility, inside the application window, once), choose or not choose an applicant
/// (centre staff; never beyond the places, which the server also refuses), and publish a new
/// programme. Each is checked here first, so the person hears what is missing before anything
/// is queued, then built by the one builder of sync/engine/mutations.h; all work offline.
class ProgrammeController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// The person may publish programmes (centre staff or a prefecture officer).
    Q_PROPERTY(bool canPublish READ canPublish NOTIFY sessionManagerChanged)
public:
    using StoreController::StoreController;

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool canPublish() const;

    /// A facility's application; `applied(participationId)` follows, or `errorText`.
    Q_INVOKABLE void apply(
        const QString& programmeId, const QString& reason, const QString& goals, const QString& contact);
    /// Centre staff's decision on one application; `decided()` follows, or `errorText`.
    Q_INVOKABLE void decide(const QString& participationId, bool chosen);
    /// A new programme from the form's fields: kind (1 accompaniment, 2 model facility), title,
    /// description, fiscalYear, applyFrom, applyUntil, supportFrom, supportUntil (YYYY-MM-DD),
    /// places, eligibility, minVisits. `published(id)` follows, or `errorText`.
    Q_INVOKABLE void publish(const QVariantMap& fields);
    Q_INVOKABLE void clearError() { setError({}); }

    /// What is missing in an application, in the person's language; empty when complete.
    static QString applicationProblem(const QString& reason, const QString& goals);
    /// What is wrong with a programme's fields; empty when it can be published.
    static QString programmeProblem(const QVariantMap& fields);

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    void applied(const QString& participationId);
    void decided();
    void published(const QString& programmeId);

private:
    void setBusy(bool busy);
    void setError(const QString& text);

    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
