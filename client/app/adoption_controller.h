#pragma once

#include "store_controller.h"

#include <QDate>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

#include <optional>

namespace yk::app {

struct DeviceContext;

/// One adoption as its pages show it (QML reads `details.*`): what, when, funding and purpose,
/// each scheduled check-in with its standing as of `today`, answered or 送信待ち. Engine thread.
QVariantMap readAdoptionDetails(DeviceContext& context, const std::string& adoptionId, const QDate& today);

/// 定着フォロー for one facility: records an adoption, answers a check-in (the two-minute form:
/// still in use, by how many staff, what gets in the way, KPI figures each with date and
/// source), lets centre staff open a follow-up consultation on a stalled adoption in one tap,
/// and writes the yearly effect report (PDF and CSV). Every change is a mutation built by the
/// one builder of sync/engine/mutations.h and works offline.
class AdoptionController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString adoptionId READ adoptionId WRITE setAdoptionId NOTIFY adoptionIdChanged)
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// Where reports go; by default <AppDataLocation>/certificates, beside the other records.
    Q_PROPERTY(
        QString outputDirectory READ outputDirectory WRITE setOutputDirectory NOTIFY outputDirectoryChanged)
    /// The fiscal year (April–March) of today in Japan, the report's default.
    Q_PROPERTY(int currentFiscalYear READ currentFiscalYear CONSTANT)
public:
    explicit AdoptionController(QObject* parent = nullptr);

    QString adoptionId() const { return m_adoptionId; }
    void setAdoptionId(const QString& id);
    QVariantMap details() const { return m_details; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString outputDirectory() const { return m_outputDirectory; }
    void setOutputDirectory(const QString& directory);
    int currentFiscalYear() const;

    /// A new adoption of the signed-in facility (centre staff: of `fields.organisationId`):
    /// label and adoptedOn (YYYY-MM-DD) required; modelId, fundingSource, fundingFiscalYear,
    /// purpose optional. `recorded(id)` follows, or `errorText`.
    Q_INVOKABLE void record(const QVariantMap& fields);
    /// The answer to the check-in `monthsAfter` of this adoption. `use` 1 in use, 2 partly, 3 no
    /// longer used; `kpis` a list of { item, label, value, measuredOn, source } (a row left
    /// wholly empty is skipped). `answered()` follows, or `errorText`.
    Q_INVOKABLE void answerCheckIn(int monthsAfter, int use, const QString& staffUsing,
        const QString& obstacles, const QVariantList& kpis);
    /// Centre staff: a follow-up consultation of the adoption's facility, linked to it;
    /// `consultationOpened(id)` follows.
    Q_INVOKABLE void startFollowUp(const QString& question);
    /// The effect report of this adoption (fiscalYear 0) or of every adoption of the facility
    /// in `fiscalYear`; `reportWritten(pdf, csv)` follows, or `errorText`.
    Q_INVOKABLE void writeEffectReport(int fiscalYear);
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();

    /// What is missing in a check-in answer; empty when it can be sent.
    static QString checkInProblem(int use, const QString& staffUsing, const QVariantList& kpis);
    /// What is missing in a new adoption; empty when it can be recorded.
    static QString adoptionProblem(const QVariantMap& fields);

Q_SIGNALS:
    void adoptionIdChanged();
    void detailsChanged();
    void busyChanged();
    void errorTextChanged();
    void outputDirectoryChanged();
    void recorded(const QString& adoptionId);
    void answered();
    void consultationOpened(const QString& consultationId);
    void reportWritten(const QString& pdfPath, const QString& csvPath);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setBusy(bool busy);
    void setError(const QString& text);
    void finish(const QString& error);

    QString m_adoptionId;
    QVariantMap m_details;
    bool m_busy = false;
    QString m_errorText;
    QString m_outputDirectory;
};

} // namespace yk::app
