#pragma once

#include "store_controller.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <optional>
#include <vector>

namespace yk::app {

/// The self-assessment (自己点検). Several templates are offered at once (the national seven
/// areas, the productivity-committee obligation for the services it applies to, a
/// prefecture's certification checklist); the person chooses one (`family`). For it: the
/// current version's areas and items with guidance, this organisation's draft (kept on this
/// device only, saved with every answer), the area scores for the radar chart or, for a
/// checklist, the requirements met, the submission (a mutation that works offline) and the
/// earlier submissions of that template side by side.
class AssessmentController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /// The chosen template family; empty or unknown: the first offered (the national guideline).
    Q_PROPERTY(QString family READ family WRITE setFamily NOTIFY familyChanged)
    /// The templates this organisation may fill, current versions only: [{family, title,
    /// kindText, forText, checklist, answered, itemCount, lastSubmittedText, chosen}].
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)
    /// The chosen template is a checklist (obligation, certification): requirements met, no score.
    Q_PROPERTY(bool checklist READ checklist NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    /// Whom the template is for and what it rests on, e.g. "施設系… 向け · 根拠: …".
    Q_PROPERTY(QString forText READ forText NOTIFY changed)
    Q_PROPERTY(QString basis READ basis NOTIFY changed)
    /// For a checklist's draft: {met, required, unmet: [item texts], areas: [{met, required}]}.
    Q_PROPERTY(QVariantMap requirements READ requirements NOTIFY answersChanged)
    Q_PROPERTY(QString templateId READ templateId NOTIFY changed)
    Q_PROPERTY(QString templateTitle READ templateTitle NOTIFY changed)
    Q_PROPERTY(QString templateDescription READ templateDescription NOTIFY changed)
    /// [{id, number, title, description, items: [{id, text, guidance, kind, unit,
    /// scale: [{value, label}]}]}]; kind: 1 level, 2 yes/no, 3 number, 4 text.
    Q_PROPERTY(QVariantList areas READ areas NOTIFY changed)
    Q_PROPERTY(QStringList areaLabels READ areaLabels NOTIFY changed)
    /// Item id → answer (int level, bool, double, string) of the draft.
    Q_PROPERTY(QVariantMap answers READ answers NOTIFY answersChanged)
    /// One score per area (0 … 100), -1 where nothing scored is answered yet.
    Q_PROPERTY(QVariantList areaScores READ areaScores NOTIFY answersChanged)
    Q_PROPERTY(double overallScore READ overallScore NOTIFY answersChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY answersChanged)
    /// Submitted responses of the chosen template, newest first: [{id, submittedText,
    /// scores: [...], overall, pending, syncText}], scores in the order of `areas`; for a
    /// checklist also {met, required, unmet: [item texts]}.
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    /// A prefecture aggregate is not synced to devices (yet): false, and the page says so.
    Q_PROPERTY(bool aggregateAvailable READ aggregateAvailable CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The submission just made on this page ({id, submittedText, scores, overall, pending,
    /// syncText} as in history), shown as the result until the person starts a new one.
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    Q_PROPERTY(bool showingResult READ showingResult NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    struct Snapshot {
        std::optional<yokoten::v1::AssessmentTemplate> current;
        std::optional<yokoten::v1::AssessmentResponse> draft;
        std::vector<yokoten::v1::AssessmentTemplate> templates; ///< every version
        std::vector<yokoten::v1::AssessmentTemplate> offered; ///< current version per family, in order
        std::vector<int> offeredAnswered; ///< answers in each offered template's draft
        std::vector<QString> offeredLastSubmitted; ///< each one's newest submission, or empty
        std::vector<yokoten::v1::AssessmentResponse> submitted; ///< newest first
        std::vector<bool> pending;
        QStringList syncTexts;
    };

    explicit AssessmentController(QObject* parent = nullptr);

    bool loaded() const { return m_snapshot.current.has_value(); }
    /// The family shown: the chosen one, or the first offered while none is chosen.
    QString family() const;
    void setFamily(const QString& family);
    QVariantList choices() const;
    bool checklist() const;
    QString kindText() const;
    QString forText() const;
    QString basis() const;
    QVariantMap requirements() const;
    QString templateId() const;
    QString templateTitle() const;
    QString templateDescription() const;
    QVariantList areas() const { return m_areas; }
    QStringList areaLabels() const;
    QVariantMap answers() const;
    QVariantList areaScores() const;
    double overallScore() const;
    int answeredCount() const;
    int itemCount() const;
    bool hasDraft() const { return m_snapshot.draft.has_value(); }
    QVariantList history() const;
    bool aggregateAvailable() const { return false; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QVariantMap result() const;
    bool showingResult() const { return !m_resultId.isEmpty(); }
    /// The questions not answered yet, as "area.item question" lines (for the submit dialog).
    Q_INVOKABLE QStringList unansweredItems() const;
    /// Leaves the result and shows the form for a new self-assessment.
    Q_INVOKABLE void startNew();

    /// Answers one item (an invalid or empty value clears it) and saves the draft.
    Q_INVOKABLE void setAnswer(const QString& itemId, const QVariant& value);
    /// Submits the draft (at least one answer) and drops it from this device.
    Q_INVOKABLE void submit();
    /// The mutation that submits `response` (a draft): the one place it is built, for submit()
    /// and the tour's demo store. A submission time of now where it has none.
    static yokoten::v1::Mutation submission(yokoten::v1::AssessmentResponse response);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void familyChanged();
    void answersChanged();
    void busyChanged();
    void errorTextChanged();
    /// The submission is in the outbox (response id).
    void submitted(const QString& responseId);
    /// A draft save finished (tests).
    void draftSaved();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setError(const QString& text);
    void rebuildAreas();
    /// Scores per area of `response` in the order of the current template (-1: none).
    QVariantList scoresOf(const yokoten::v1::AssessmentResponse& response, double* overall) const;
    /// A checklist response's requirements ({met, required, unmet, areas}); empty when unscorable.
    QVariantMap requirementsOf(const yokoten::v1::AssessmentResponse& response) const;
    const yokoten::v1::AssessmentTemplate& templateOf(const yokoten::v1::AssessmentResponse& response) const;

    Snapshot m_snapshot;
    QVariantList m_areas;
    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_errorText;
    QString m_resultId;
    QString m_family;
};

} // namespace yk::app
