#pragma once

#include "store_controller.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

#include <optional>
#include <vector>

namespace yk::app {

struct DeviceContext;

/// One participation as its page shows it (QML reads `details.*`): the programme, the
/// facility, the six steps with the current one and who moved it, the visit logs in date order
/// (送信待ち until the server has them), the figures before and after per item with their date
/// and source, and after closing the case draft. `userId`/`organisationId`/`centreStaff` say
/// what this person may do (canSetStep, canLogVisit, canMeasure, canClose). Engine thread.
QVariantMap readParticipationDetails(DeviceContext& context, const std::string& participationId,
    const std::string& userId, const std::string& organisationId, bool centreStaff);

/// The participation page (facility, centre staff, the programme's advisers): moves the plan
/// along the six steps, logs visits, records figures, closes the support (centre staff: the
/// server then writes a case draft) and marks the draft case as accepting site visits.
class ParticipationController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString participationId READ participationId WRITE setParticipationId NOTIFY participationIdChanged)
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// The photos (or PDFs) chosen for the next visit log, by file name.
    Q_PROPERTY(QStringList attachmentNames READ attachmentNames NOTIFY attachmentsChanged)
public:
    using StoreController::StoreController;

    QString participationId() const { return m_participationId; }
    void setParticipationId(const QString& id);
    QVariantMap details() const { return m_details; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /// Moves the plan to `step` (1–6) with a note; `planGoal` empty keeps the aim.
    Q_INVOKABLE void setStep(int step, const QString& note, const QString& planGoal);
    /// A visit or phone follow-up: date YYYY-MM-DD and what was done are required.
    Q_INVOKABLE void logVisit(const QString& visitDate, bool byPhone, const QString& attendees,
        const QString& activities, const QString& nextActions, int step);
    /// A figure: item (MeasureItem), its label (required for "other"), phase 1 before / 2
    /// after, the value, when it was measured (YYYY-MM or YYYY-MM-DD) and its source.
    Q_INVOKABLE void recordMeasurement(int item, const QString& label, int phase, const QString& value,
        const QString& measuredOn, const QString& source);
    /// Centre staff: ends the support; the server makes the case draft.
    Q_INVOKABLE void close(const QString& note);
    /// Sets the draft case's 見学受入れ (site visits) through the case edit path.
    Q_INVOKABLE void acceptSiteVisits(const QString& contact);
    QStringList attachmentNames() const;
    /// Keeps a photo or PDF for the next visit log (encrypted in the store until it is sent).
    Q_INVOKABLE void addAttachment(const QString& filePath);
    Q_INVOKABLE void removeAttachment(int index);
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();

    /// What is missing in a visit log; empty when it can be saved.
    static QString visitProblem(const QString& visitDate, const QString& activities);
    /// What is missing in a figure; empty when it can be saved. Shared with the check-in form.
    static QString measurementProblem(int item, const QString& label, int phase, const QString& value,
        const QString& measuredOn, const QString& source);
    /// The figure as the wire carries it, when measurementProblem() is empty.
    static std::optional<yokoten::v1::Measurement> toMeasurement(int item, const QString& label, int phase,
        const QString& value, const QString& measuredOn, const QString& source);

Q_SIGNALS:
    void participationIdChanged();
    void detailsChanged();
    void busyChanged();
    void errorTextChanged();
    void attachmentsChanged();
    /// A change was queued: "step", "visit", "measurement", "close", "siteVisits".
    void queued(const QString& what);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void queue(const QString& what, yokoten::v1::Mutation mutation);
    void setBusy(bool busy);
    void setError(const QString& text);

    QString m_participationId;
    QVariantMap m_details;
    bool m_busy = false;
    QString m_errorText;
    std::vector<yokoten::v1::AttachmentRef> m_attachments; ///< for the next visit log
};

} // namespace yk::app
