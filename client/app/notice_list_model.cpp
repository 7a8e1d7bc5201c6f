#include "notice_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"

#include "store/notice_reads.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

namespace {

constexpr int kSoonDays = 7;

} // namespace

DeadlineText deadlineTextOf(const std::string& deadline, const QDate& today)
{
    DeadlineText out;
    const QDate day = QDate::fromString(qs(deadline), Qt::ISODate);
    if (!day.isValid())
        return out;
    out.text = QCoreApplication::translate("Notices", "Deadline %1").arg(formatDate(day));
    const qint64 left = today.daysTo(day);
    out.tone = left < 0 ? QStringLiteral("past") : left <= kSoonDays ? QStringLiteral("soon") : QString();
    return out;
}

std::vector<QVariantMap> readNotices(DeviceContext& context, NoticeScope scope, const std::string& userId,
    const std::string& organisationId, const QDate& today)
{
    std::vector<QVariantMap> rows;
    if (context.store == nullptr)
        return rows;
    auto& db = context.store->database();
    auto notices = scope == NoticeScope::Unread
        ? store::unreadNoticesFor(db, context.store->records(), userId, organisationId)
        : context.store->records().all<Notice>();
    auto read = store::noticesReadBy(db, userId);
    if (!notices || !read)
        return rows;
    for (const auto& n : *notices) {
        const bool sent = !organisationId.empty() && n.sender_org_id() == organisationId;
        if ((scope == NoticeScope::Sent) != sent)
            continue;
        if (scope == NoticeScope::Received && n.withdrawn())
            continue;
        QVariantMap row;
        row[QStringLiteral("noticeId")] = qs(n.id());
        row[QStringLiteral("title")] = qs(n.title());
        row[QStringLiteral("sender")] = qs(n.sender_org_name());
        const auto deadline = deadlineTextOf(n.deadline(), today);
        row[QStringLiteral("deadlineText")] = deadline.text;
        row[QStringLiteral("deadlineTone")] = deadline.tone;
        row[QStringLiteral("publishedText")] = n.has_published_at()
            ? formatDate(toDateTime(n.published_at()).toTimeZone(japanTime()).date())
            : QCoreApplication::translate("Notices", "Waiting to be sent");
        row[QStringLiteral("read")] = std::find(read->begin(), read->end(), n.id()) != read->end();
        row[QStringLiteral("withdrawn")] = n.withdrawn();
        row[QStringLiteral("hasAttachment")] = n.attachments_size() > 0;
        row[QStringLiteral("readCountText")] = sent && n.audience_org_count() > 0
            ? QCoreApplication::translate("Notices", "Read by %1 of %2 organisations")
                  .arg(n.read_org_count())
                  .arg(n.audience_org_count())
            : QString();
        rows.push_back(std::move(row));
    }
    return rows;
}

QList<QByteArray> NoticeListModel::roleKeys() const
{
    return { "title", "noticeId", "sender", "deadlineText", "deadlineTone", "publishedText", "read",
        "withdrawn", "hasAttachment", "readCountText" };
}

void NoticeListModel::setScope(const QString& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reload();
}

void NoticeListModel::reload()
{
    if (bridge() == nullptr)
        return;
    const NoticeScope scope = m_scope == QLatin1String("sent") ? NoticeScope::Sent
        : m_scope == QLatin1String("received")                 ? NoticeScope::Received
                                                               : NoticeScope::Unread;
    const std::string user = userId();
    const std::string organisation = organisationId();
    const QDate today = todayInJapan();
    fetchRows([=](DeviceContext& context) { return readNotices(context, scope, user, organisation, today); });
}

} // namespace yk::app
