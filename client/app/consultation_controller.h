#pragma once

#include "store_controller.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

#include <vector>

namespace yk::app {

struct DeviceContext;

/// One consultation as its page shows it (QML reads `details.*`): the facility, topic,
/// channel, state, question, the thread (送信待ち for a message not yet sent), the state's
/// history, referrals, the follow-up date, the linked records and what could be linked.
QVariantMap readConsultationDetails(DeviceContext& context, const std::string& consultationId);

/// A consultation's page and form: opens one (a facility for itself from the app, centre
/// staff on a facility's behalf by phone, visit, exhibition or e-mail), replies, and for
/// centre staff refers onward (つなぎ), sets or clears the follow-up date, links records and
/// closes it; writes the printable record (PDF). Every change is a mutation built by the
/// one builder of sync/engine/mutations.h and works offline.
class ConsultationController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QString consultationId READ consultationId WRITE setConsultationId NOTIFY consultationIdChanged)
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// Where printed records go; by default <AppDataLocation>/certificates, beside the certificates.
    Q_PROPERTY(
        QString outputDirectory READ outputDirectory WRITE setOutputDirectory NOTIFY outputDirectoryChanged)
public:
    explicit ConsultationController(QObject* parent = nullptr);

    QString consultationId() const { return m_consultationId; }
    void setConsultationId(const QString& id);
    QVariantMap details() const { return m_details; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString outputDirectory() const { return m_outputDirectory; }
    void setOutputDirectory(const QString& directory);
    QStringList attachmentNames() const;

    /// Keeps a photo or PDF (at most 50 MB) in the encrypted store and queues its upload, as
    /// a case's photos are; open() then carries it. A file path or a file: URL.
    Q_INVOKABLE void addAttachment(const QString& filePath);
    Q_INVOKABLE void removeAttachment(int index);

    /// A new consultation of `organisationId`; `channel` 1 (app) when a facility asks itself.
    /// `opened(id)` follows, or `errorText` says what is missing.
    Q_INVOKABLE void open(const QString& organisationId, int topic, int channel, const QString& question,
        const QString& contact);
    Q_INVOKABLE void reply(const QString& text);
    Q_INVOKABLE void refer(const QString& partner, const QString& note);
    /// "YYYY-MM-DD"; empty clears the follow-up.
    Q_INVOKABLE void setFollowUp(const QString& isoDate);
    /// Adds or removes one linked record: kind "case", "model", "session" or "loan".
    Q_INVOKABLE void toggleLink(const QString& kind, const QString& id);
    Q_INVOKABLE void close(const QString& note);
    /// Writes the printable record; `recordWritten(path)` follows, or `errorText`.
    Q_INVOKABLE void writeRecord();
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void consultationIdChanged();
    void detailsChanged();
    void busyChanged();
    void errorTextChanged();
    void outputDirectoryChanged();
    void attachmentsChanged();
    void opened(const QString& consultationId);
    /// A change was queued ("reply", "refer", "followUp", "link", "close").
    void queued(const QString& what);
    void recordWritten(const QString& path);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void queue(const QString& what, yokoten::v1::Mutation mutation, bool needsOpen);
    void setBusy(bool busy);
    void setError(const QString& text);

    QString m_consultationId;
    QVariantMap m_details;
    bool m_busy = false;
    QString m_errorText;
    QString m_outputDirectory;
    std::vector<yokoten::v1::AttachmentRef> m_attachments;
};

} // namespace yk::app
