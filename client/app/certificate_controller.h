#pragma once

#include "store_controller.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// An attendee's certificate of attendance for one registration: whether it can be issued
/// yet (and why not, in the chosen language), and writing it as a PDF into the app's data
/// folder (certificates/). Reads and writes on the engine thread.
class CertificateController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString registrationId READ registrationId WRITE setRegistrationId NOTIFY registrationIdChanged)
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY availabilityChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY written)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Where PDFs go; by default <AppDataLocation>/certificates.
    Q_PROPERTY(
        QString outputDirectory READ outputDirectory WRITE setOutputDirectory NOTIFY outputDirectoryChanged)
public:
    explicit CertificateController(QObject* parent = nullptr);

    QString registrationId() const { return m_registrationId; }
    void setRegistrationId(const QString& id);
    bool available() const { return m_available; }
    QString reason() const { return m_reason; }
    QString filePath() const { return m_filePath; }
    QString errorText() const { return m_errorText; }
    bool busy() const { return m_busy; }
    QString outputDirectory() const { return m_outputDirectory; }
    void setOutputDirectory(const QString& directory);

    /// Writes the certificate of `registrationId` (the property's when empty); `written`
    /// gives the PDF's path, or `errorText` says why not.
    Q_INVOKABLE void write(const QString& registrationId = {});
    /// Checks again whether the certificate can be issued (also after every sync).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void registrationIdChanged();
    void availabilityChanged();
    void written(const QString& path);
    void errorTextChanged();
    void busyChanged();
    void outputDirectoryChanged();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setError(const QString& text);

    QString m_registrationId;
    bool m_available = false;
    QString m_reason;
    QString m_filePath;
    QString m_errorText;
    bool m_busy = false;
    QString m_outputDirectory;
};

} // namespace yk::app
