#include "certificate_controller.h"

#include "app_settings.h"
#include "certificate_writer.h"
#include "engine_bridge.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace yk::app {

namespace {

struct Written {
    QString path;
    QString error;
};

} // namespace

CertificateController::CertificateController(QObject* parent)
    : StoreController(parent)
    , m_outputDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("certificates")))
{
}

void CertificateController::setRegistrationId(const QString& id)
{
    if (id == m_registrationId)
        return;
    m_registrationId = id;
    Q_EMIT registrationIdChanged();
    reload();
}

void CertificateController::setOutputDirectory(const QString& directory)
{
    if (directory == m_outputDirectory)
        return;
    m_outputDirectory = directory;
    Q_EMIT outputDirectoryChanged();
}

void CertificateController::reload()
{
    if (bridge() == nullptr || m_registrationId.isEmpty())
        return;
    const std::string id = m_registrationId.toStdString();
    bridge()->run<CertificateCheck>(
        this,
        [id](DeviceContext& context) {
            if (context.store == nullptr)
                return CertificateCheck {};
            return CertificateWriter::check(*context.store, id, QDateTime::currentDateTimeUtc());
        },
        [this, id](const CertificateCheck& check) {
            if (id != m_registrationId.toStdString())
                return;
            m_available = check.content.has_value();
            m_reason = m_available ? QString() : (AppSettings::japanese() ? check.reasonJa : check.reasonEn);
            Q_EMIT availabilityChanged();
        });
}

void CertificateController::write(const QString& registrationId)
{
    const QString chosen = registrationId.isEmpty() ? m_registrationId : registrationId;
    if (bridge() == nullptr || chosen.isEmpty() || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    setError({});
    const std::string id = chosen.toStdString();
    const QString directory = m_outputDirectory;
    const bool japanese = AppSettings::japanese();
    bridge()->run<Written>(
        this,
        [id, directory, japanese](DeviceContext& context) -> Written {
            if (context.store == nullptr)
                return { {}, QCoreApplication::translate("MutationQueue", "The store is not open.") };
            auto check = CertificateWriter::check(*context.store, id, QDateTime::currentDateTimeUtc());
            if (!check.content)
                return { {}, japanese ? check.reasonJa : check.reasonEn };
            // The PDF is drawn here too: font embedding takes long enough to stutter the GUI.
            const QString path
                = QDir(directory).filePath(QStringLiteral("certificate-%1.pdf").arg(check.content->number));
            if (QString error = CertificateWriter::write(*check.content, path); !error.isEmpty())
                return { {}, error };
            return { path, {} };
        },
        [this](const Written& result) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (!result.error.isEmpty()) {
                setError(result.error);
                return;
            }
            m_filePath = result.path;
            Q_EMIT written(m_filePath);
        });
}

void CertificateController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
