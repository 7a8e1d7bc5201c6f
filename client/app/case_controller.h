#pragma once

#include "store_controller.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

#include "yokoten/v1/case.pb.h"

namespace yk::app {

/// One case page: reads a case in the booklet's frame (background … key points), its metric
/// pairs and photos, and writes it: a new case, an edit of changed fields against the
/// revision it started from, a submission, and the choice that settles a field conflict.
/// Every write is a mutation that works offline.
class CaseController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int category READ category NOTIFY changed)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(int fiscalYear READ fiscalYear NOTIFY changed)
    Q_PROPERTY(int caseState READ caseState NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY changed)
    Q_PROPERTY(QVariantList photos READ photos NOTIFY changed)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QString tags READ tags NOTIFY changed)
    Q_PROPERTY(QStringList equipmentModelIds READ equipmentModelIds NOTIFY changed)
    Q_PROPERTY(QString funding READ funding NOTIFY changed)
    Q_PROPERTY(QString siteVisit READ siteVisit NOTIFY changed)
    Q_PROPERTY(QString syncText READ syncText NOTIFY changed)
    /// Only the case's summary is on this device (a phone, a kiosk): the whole text is being
    /// fetched, or cannot be now; wholeTextNote says which.
    /// Who may read the case once published (yokoten::v1::PublicationScope), the author's choice.
    Q_PROPERTY(int scope READ scope NOTIFY changed)
    /// The scopes this case may have ({value, label}): "municipality" only for an owner that has one.
    Q_PROPERTY(QVariantList scopeOptions READ scopeOptions NOTIFY changed)
    /// One plain sentence: who will see the case at its scope.
    Q_PROPERTY(QString scopeSentence READ scopeSentence NOTIFY changed)
    Q_PROPERTY(QString scopeName READ scopeName NOTIFY changed)
    /// Public cases go to the centre for review; narrower ones are published when submitted.
    Q_PROPERTY(bool submitGoesToReview READ submitGoesToReview NOTIFY changed)
    Q_PROPERTY(QString submitText READ submitText NOTIFY changed)
    Q_PROPERTY(QString submitQuestion READ submitQuestion NOTIFY changed)
    Q_PROPERTY(bool summaryOnly READ summaryOnly NOTIFY changed)
    Q_PROPERTY(QString wholeTextNote READ wholeTextNote NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(bool mine READ mine NOTIFY changed)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY dirtyChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit CaseController(QObject* parent = nullptr);

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& id);
    bool loaded() const { return m_loaded; }
    QString title() const;
    int category() const { return m_case.category(); }
    QString categoryName() const;
    QString organisation() const;
    QString place() const;
    int fiscalYear() const { return m_case.fiscal_year(); }
    int caseState() const { return m_case.state(); }
    QString stateText() const;
    QVariantList sections() const;
    QVariantList metrics() const;
    QVariantList photos() const;
    QVariantList conflicts() const;
    QString tags() const;
    /// The catalogue models the case used (links to their pages).
    QStringList equipmentModelIds() const;
    QString funding() const;
    QString siteVisit() const;
    QString syncText() const { return m_syncText; }
    bool summaryOnly() const { return m_loaded && m_case.summary_only(); }
    QString wholeTextNote() const;
    bool pending() const { return m_pending; }
    bool mine() const;
    bool dirty() const { return !m_changed.empty() || m_new; }
    /// Something was typed and not saved yet (a new case nobody wrote in is not "unsaved").
    bool unsaved() const { return !m_changed.empty(); }
    /// The field errorText is about ("title", "metric"), so the page shows it there.
    QString errorField() const { return m_errorField; }
    int scope() const;
    QVariantList scopeOptions() const;
    QString scopeSentence() const;
    QString scopeName() const;
    bool submitGoesToReview() const;
    QString submitText() const;
    QString submitQuestion() const;
    QString errorText() const { return m_errorText; }

    /// Starts a new case owned by the signed-in person's organisation (not saved yet).
    Q_INVOKABLE void startNew();
    /// Changes one editable field ("title", "sections.background" …) of the working copy.
    Q_INVOKABLE void setText(const QString& field, const QString& value);
    Q_INVOKABLE void setCategory(int category);
    /// Names the catalogue models the case used (replaces the list).
    Q_INVOKABLE void setEquipmentModels(const QStringList& modelIds);
    /// Chooses who may read the case once published.
    Q_INVOKABLE void setScope(int scope);
    /// Adds a figure; refused (errorText) without a name, a source and both dates: every figure
    /// carries where it comes from and when it was measured.
    Q_INVOKABLE void addMetric(const QString& label, const QString& unit, double before, double after,
        bool lowerIsBetter, const QString& source, const QString& beforeDate, const QString& afterDate);
    Q_INVOKABLE void removeMetric(int index);
    /// The measurement typed into the form but not yet added: added when complete (a name,
    /// both figures, a source and both dates), left alone when nothing was typed; otherwise
    /// nothing changes and the answer says what is missing (Save calls this first, so a figure
    /// is never lost).
    Q_INVOKABLE QString takeDraftMetric(const QString& label, const QString& unit, const QString& before,
        const QString& after, bool lowerIsBetter, const QString& source, const QString& beforeDate,
        const QString& afterDate);
    /// Adds a photo or PDF from a file (kept encrypted in the store, uploaded on sync).
    Q_INVOKABLE void addPhoto(const QString& filePath, const QString& caption);
    /// Queues the new case or the changed fields; returns false (with errorText) when
    /// nothing could be queued.
    Q_INVOKABLE void save();
    /// Publishes the case at its scope, or (public cases) asks the centre to review it first.
    Q_INVOKABLE void submit();
    /// Centre staff: publishes a submitted case (its scope as the author chose).
    Q_INVOKABLE void publish();
    /// Centre staff: archives a case (no longer listed).
    Q_INVOKABLE void archive();
    /// Settles a field conflict with `value` (one side, or a merged text).
    Q_INVOKABLE void resolveConflict(const QString& field, const QString& value);
    /// Drops unsaved changes.
    Q_INVOKABLE void revert();
    Q_INVOKABLE void reload();

    /// A photo's bytes as a data URL, when the store holds them (otherwise empty).
    Q_INVOKABLE QString photoSource(const QString& sha256) const;

Q_SIGNALS:
    void caseIdChanged();
    void changed();
    void dirtyChanged();
    void errorTextChanged();
    /// A write was queued (id of the case).
    void saved(const QString& caseId);

protected:
    void servicesChanged() override;
    void recordsChanged() override;

private:
    void queue(yokoten::v1::Mutation mutation, const QString& id);
    /// Fetches the whole case of a summary (phones, kiosks); the store then holds it.
    void fetchWholeText();
    void setError(const QString& text, const QString& field = QString());
    void markChanged(const std::string& field);
    /// Looks up the owner's municipality (its name for the scope sentence).
    void loadMunicipality();

    QString m_caseId;
    bool m_loaded = false;
    bool m_new = false;
    yokoten::v1::GoodPracticeCase m_case; ///< what is shown (with unsaved changes)
    yokoten::v1::GoodPracticeCase m_stored; ///< as stored (the base of an edit)
    std::vector<std::string> m_changed;
    QHash<QString, QString> m_photoUrls;
    QString m_syncText;
    enum class WholeText { Held, Loading, Unavailable, Failed };
    WholeText m_wholeText = WholeText::Held;
    QString m_wholeTextError; ///< why the fetch failed, other than no connection
    bool m_pending = false;
    QString m_errorText;
    QString m_errorField;
    QString m_userId;
    QString m_organisationId;
    QString m_municipalityName; ///< of the owner; empty when it has none
    QString m_municipalityOf; ///< the owner it was looked up for
};

} // namespace yk::app
