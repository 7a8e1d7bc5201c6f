#pragma once

#include "store_controller.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace yk::app {

/// The indicators (指標) page of prefecture officers, municipal officers and centre staff:
/// the sheets the device holds, read offline, one area at a time (the prefecture's total or a
/// municipality), every figure with its value or that it is withheld, its n, source and dates,
/// the national figure beside it and the published cases behind it; the prefecture's
/// municipalities side by side; asking the server to count again; the page as one A4 PDF.
class IndicatorController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    /// The areas this device holds: [{ municipalityId, name }], the prefecture's total first.
    Q_PROPERTY(QVariantList areas READ areas NOTIFY sheetChanged)
    /// The area shown: "" for the prefecture's total (the default), else a municipality id.
    Q_PROPERTY(
        QString municipalityId READ municipalityId WRITE setMunicipalityId NOTIFY municipalityIdChanged)
    /// { present, areaName, asOf (sentence), sections: [{ title, figures: [{ name, value, n, source,
    /// national, withheld, cases: [{ caseId, title }] }] }] }
    Q_PROPERTY(QVariantMap sheet READ sheet NOTIFY sheetChanged)
    /// The prefecture's total only: [{ municipalityId, name, facilities, consultations, inUse }].
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY sheetChanged)
    /// A request to count again is queued and not yet answered by the server.
    Q_PROPERTY(bool refreshPending READ refreshPending NOTIFY sheetChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// Where the PDF goes; by default <AppDataLocation>/certificates, beside the other records.
    Q_PROPERTY(
        QString outputDirectory READ outputDirectory WRITE setOutputDirectory NOTIFY outputDirectoryChanged)
public:
    explicit IndicatorController(QObject* parent = nullptr);

    QVariantList areas() const { return m_areas; }
    QString municipalityId() const { return m_municipalityId; }
    void setMunicipalityId(const QString& id);
    QVariantMap sheet() const { return m_sheet; }
    QVariantList municipalities() const { return m_municipalities; }
    bool refreshPending() const { return m_refreshPending; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString outputDirectory() const { return m_outputDirectory; }
    void setOutputDirectory(const QString& directory);

    /// Asks the server to count the prefecture's figures again (offline too: sent at the next
    /// sync); the new sheets arrive with the pull after it.
    Q_INVOKABLE void refresh();
    /// The shown area's page as an A4 PDF; `pdfWritten(path)` follows, or `errorText`.
    Q_INVOKABLE void writePdf();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void municipalityIdChanged();
    void sheetChanged();
    void busyChanged();
    void errorTextChanged();
    void outputDirectoryChanged();
    void pdfWritten(const QString& path);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setBusy(bool busy);
    void setError(const QString& text);

    QVariantList m_areas;
    QString m_municipalityId;
    QVariantMap m_sheet;
    QVariantList m_municipalities;
    bool m_refreshPending = false;
    int m_prefecture = 0; ///< of the signed-in organisation, as the store knows it
    bool m_busy = false;
    QString m_errorText;
    QString m_outputDirectory;
};

} // namespace yk::app
