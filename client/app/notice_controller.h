#pragma once

#include "store_controller.h"

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/common.pb.h"

#include <vector>

namespace yk::app {

/// One notice (お知らせ) and what a person does with it: opening it marks it read (for them on
/// this device, and for their organisation on the server, once); centre staff and prefecture
/// officers write one to an audience of their prefecture, with a deadline and a PDF or photo,
/// and withdraw their own. Checked here first, then built by the one builder of
/// sync/engine/mutations.h; all work offline.
class NoticeController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString noticeId READ noticeId WRITE setNoticeId NOTIFY noticeIdChanged)
    /// title, body, sender, publishedText, deadlineText, deadlineTone, attachments (names),
    /// withdrawn, own (sent by the person's organisation), readCountText, audienceText.
    Q_PROPERTY(QVariantMap details READ details NOTIFY detailsChanged)
    /// The municipalities of the person's prefecture, [{ id, name }], for the audience chooser.
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY municipalitiesChanged)
    Q_PROPERTY(QStringList attachmentNames READ attachmentNames NOTIFY attachmentsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// The person may write notices (centre staff or a prefecture officer).
    Q_PROPERTY(bool canPublish READ canPublish NOTIFY sessionManagerChanged)
public:
    using StoreController::StoreController;

    QString noticeId() const { return m_noticeId; }
    void setNoticeId(const QString& id);
    QVariantMap details() const { return m_details; }
    QVariantList municipalities() const { return m_municipalities; }
    QStringList attachmentNames() const;
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool canPublish() const;

    /// Marks the open notice read for the signed-in person; nothing when it already is, or is
    /// their organisation's own. `markedRead()` follows.
    Q_INVOKABLE void markRead();
    /// Withdraws the open notice (its sender's organisation); `withdrawn()` follows.
    Q_INVOKABLE void withdraw();
    /// A new notice from the form's fields: title, body, deadline (YYYY-MM-DD or empty),
    /// municipalityId (empty: the whole prefecture), serviceTypes and roles (lists of codes).
    /// The attachment is the one added with addAttachment. `published(id)` follows.
    Q_INVOKABLE void publish(const QVariantMap& fields);
    Q_INVOKABLE void addAttachment(const QString& filePath);
    Q_INVOKABLE void removeAttachment();
    Q_INVOKABLE void clearError() { setError({}); }
    Q_INVOKABLE void reload();
    /// Reads the municipalities for the audience chooser.
    Q_INVOKABLE void loadMunicipalities();

    /// What is wrong with a notice's fields as of `today` (Japan); empty when it can be sent.
    static QString noticeProblem(const QVariantMap& fields, const QDate& today);

Q_SIGNALS:
    void noticeIdChanged();
    void detailsChanged();
    void municipalitiesChanged();
    void attachmentsChanged();
    void busyChanged();
    void errorTextChanged();
    void markedRead();
    void withdrawn();
    void published(const QString& noticeId);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setBusy(bool busy);
    void setError(const QString& text);

    QString m_noticeId;
    QVariantMap m_details;
    QVariantList m_municipalities;
    std::vector<yokoten::v1::AttachmentRef> m_attachments;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
