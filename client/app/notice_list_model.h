#pragma once

#include "variant_list_model.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace yk::app {

/// Which notices a list shows.
enum class NoticeScope {
    Unread, ///< waiting on the signed-in user's home page (store::unreadNoticesFor)
    Received, ///< every notice the person received, read ones too, newest first
    Sent, ///< their organisation's own, with "read by N of M organisations"
};

/// Notices as rows: title, sender, deadline (and whether it is near or past, as of `today`
/// in Japan), read or not for `userId`, and for the sender's organisation the read count.
/// Engine thread.
std::vector<QVariantMap> readNotices(DeviceContext& context, NoticeScope scope, const std::string& userId,
    const std::string& organisationId, const QDate& today);

/// The deadline as the person reads it: "締切 12月25日(金)", and whether it is within a week or past.
struct DeadlineText {
    QString text;
    QString tone; ///< "", "soon" (≤ 7 days) or "past"
};
DeadlineText deadlineTextOf(const std::string& deadline, const QDate& today);

/// お知らせ: the notices waiting for the person (the home card), every one received, or the
/// organisation's sent ones with their read counts.
class NoticeListModel : public VariantListModel {
    Q_OBJECT
    QML_ELEMENT
    /// "unread" (default), "received" or "sent".
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
public:
    using VariantListModel::VariantListModel;

    QString scope() const { return m_scope; }
    void setScope(const QString& scope);
    void reload() override;

Q_SIGNALS:
    void scopeChanged();

protected:
    QList<QByteArray> roleKeys() const override;

private:
    QString m_scope = QStringLiteral("unread");
};

} // namespace yk::app
