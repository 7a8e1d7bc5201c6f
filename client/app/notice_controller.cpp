#include "notice_controller.h"

#include "chosen_file.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "notice_list_model.h"
#include "record_text.h"
#include "taxonomy.h"

#include "engine/mutations.h"
#include "store/notice_reads.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString roleName(int role)
{
    switch (role) {
    case ROLE_FACILITY_STAFF:
        return QCoreApplication::translate("Notices", "facility staff");
    case ROLE_FACILITY_MANAGER:
        return QCoreApplication::translate("Notices", "facility managers");
    case ROLE_MUNICIPAL_OFFICER:
        return QCoreApplication::translate("Notices", "municipal officers");
    case ROLE_PREFECTURE_OFFICER:
        return QCoreApplication::translate("Notices", "prefecture officers");
    case ROLE_CENTRE_STAFF:
        return QCoreApplication::translate("Notices", "centre staff");
    default:
        return {};
    }
}

// Who a notice is for, in one sentence.
QString audienceText(store::RecordRepository& records, const NoticeAudience& a)
{
    QString where = Taxonomy::prefectureName(a.prefecture_code());
    if (!a.municipality_id().empty()) {
        auto found = records.find<Organisation>(a.municipality_id());
        if (found && *found)
            where = qs((*found)->name());
    }
    QStringList who;
    for (int type : a.service_types())
        who << Taxonomy::serviceTypeName(type);
    for (int role : a.roles())
        who << roleName(role);
    return who.isEmpty()
        ? QCoreApplication::translate("Notices", "Everyone in %1").arg(where)
        : QCoreApplication::translate("Notices", "%1: %2").arg(where, who.join(QStringLiteral(", ")));
}

QVariantMap readNoticeDetails(DeviceContext& context, const std::string& id, const std::string& userId,
    const std::string& organisationId, const QDate& today)
{
    QVariantMap d;
    if (context.store == nullptr)
        return d;
    auto& records = context.store->records();
    auto found = records.find<Notice>(id);
    if (!found || !*found)
        return d;
    const auto& n = **found;
    const bool own = !organisationId.empty() && n.sender_org_id() == organisationId;
    d[QStringLiteral("title")] = qs(n.title());
    d[QStringLiteral("body")] = qs(n.body());
    d[QStringLiteral("sender")] = qs(n.sender_org_name());
    d[QStringLiteral("publishedText")] = n.has_published_at()
        ? formatDate(toDateTime(n.published_at()).toTimeZone(japanTime()).date())
        : QCoreApplication::translate("Notices", "Waiting to be sent");
    const auto deadline = deadlineTextOf(n.deadline(), today);
    d[QStringLiteral("deadlineText")] = deadline.text;
    d[QStringLiteral("deadlineTone")] = deadline.tone;
    QStringList attachments;
    for (const auto& a : n.attachments())
        attachments << qs(a.file_name());
    d[QStringLiteral("attachments")] = attachments;
    d[QStringLiteral("withdrawn")] = n.withdrawn();
    d[QStringLiteral("own")] = own;
    d[QStringLiteral("audienceText")] = audienceText(records, n.audience());
    d[QStringLiteral("readCountText")] = own && n.audience_org_count() > 0
        ? QCoreApplication::translate("Notices", "Read by %1 of %2 organisations")
              .arg(n.read_org_count())
              .arg(n.audience_org_count())
        : QString();
    bool read = false;
    if (auto ids = store::noticesReadBy(context.store->database(), userId))
        read = std::find(ids->begin(), ids->end(), id) != ids->end();
    d[QStringLiteral("read")] = read;
    return d;
}

QVariantList readMunicipalities(DeviceContext& context, const std::string& organisationId)
{
    QVariantList list;
    if (context.store == nullptr)
        return list;
    auto& records = context.store->records();
    auto own = records.find<Organisation>(organisationId);
    auto all = records.all<Organisation>();
    if (!own || !*own || !all)
        return list;
    for (const auto& o : *all)
        if (o.kind() == ORGANISATION_KIND_MUNICIPALITY && o.prefecture_code() == (*own)->prefecture_code())
            list.append(QVariantMap {
                { QStringLiteral("id"), qs(o.id()) }, { QStringLiteral("name"), qs(o.name()) } });
    return list;
}

} // namespace

void NoticeController::setNoticeId(const QString& id)
{
    if (id == m_noticeId)
        return;
    m_noticeId = id;
    Q_EMIT noticeIdChanged();
    reload();
}

bool NoticeController::canPublish() const
{
    const SessionManager* session = sessionManager();
    return session != nullptr && (session->centreStaff() || session->prefectureOfficer());
}

QStringList NoticeController::attachmentNames() const
{
    QStringList names;
    for (const auto& a : m_attachments)
        names << qs(a.file_name());
    return names;
}

void NoticeController::reload()
{
    if (bridge() == nullptr || m_noticeId.isEmpty())
        return;
    const std::string id = m_noticeId.toStdString();
    const std::string user = userId();
    const std::string organisation = organisationId();
    const QDate today = todayInJapan();
    bridge()->run<QVariantMap>(
        this,
        [id, user, organisation, today](
            DeviceContext& context) { return readNoticeDetails(context, id, user, organisation, today); },
        [this, id](const QVariantMap& details) {
            if (id != m_noticeId.toStdString())
                return;
            m_details = details;
            Q_EMIT detailsChanged();
        });
}

void NoticeController::loadMunicipalities()
{
    if (bridge() == nullptr)
        return;
    const std::string organisation = organisationId();
    bridge()->run<QVariantList>(
        this, [organisation](DeviceContext& context) { return readMunicipalities(context, organisation); },
        [this](const QVariantList& list) {
            m_municipalities = list;
            Q_EMIT municipalitiesChanged();
        });
}

void NoticeController::markRead()
{
    if (m_busy || m_noticeId.isEmpty() || m_details.isEmpty()
        || m_details.value(QStringLiteral("read")).toBool() || m_details.value(QStringLiteral("own")).toBool()
        || m_details.value(QStringLiteral("withdrawn")).toBool())
        return;
    const std::string id = m_noticeId.toStdString();
    const std::string user = userId();
    // The person's own reading is written with the mutation, on the engine thread: the notice
    // leaves their home page at once, offline too.
    auto remember = [id, user](DeviceContext& context) {
        const auto now = QDateTime::currentMSecsSinceEpoch();
        (void)store::markNoticeReadBy(context.store->database(), id, user, now);
    };
    setBusy(true);
    queueMutation(
        bridge(), this, sync::makeMarkNoticeRead(id),
        [this](const QString& error) {
            setBusy(false);
            setError(error);
            if (error.isEmpty())
                Q_EMIT markedRead();
        },
        {}, std::move(remember));
}

void NoticeController::withdraw()
{
    if (m_busy || m_noticeId.isEmpty())
        return;
    setBusy(true);
    setError({});
    queueMutation(
        bridge(), this, sync::makeWithdrawNotice(m_noticeId.toStdString()), [this](const QString& error) {
            setBusy(false);
            setError(error);
            if (error.isEmpty())
                Q_EMIT withdrawn();
        });
}

QString NoticeController::noticeProblem(const QVariantMap& f, const QDate& today)
{
    if (f.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        return tr("Please write the notice's title.");
    const QString deadline = f.value(QStringLiteral("deadline")).toString().trimmed();
    if (!deadline.isEmpty()) {
        const QDate day = QDate::fromString(deadline, Qt::ISODate);
        if (deadline.size() != 10 || !day.isValid())
            return tr("Please write the deadline as YYYY-MM-DD, or leave it empty.");
        if (day < today)
            return tr("The deadline is already past.");
    }
    return {};
}

void NoticeController::publish(const QVariantMap& f)
{
    if (m_busy)
        return;
    if (!canPublish()) {
        setError(tr("Only centre staff and prefecture officers can send notices."));
        return;
    }
    if (const QString problem = noticeProblem(f, todayInJapan()); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    Notice n;
    n.set_title(f.value(QStringLiteral("title")).toString().trimmed().toStdString());
    n.set_body(f.value(QStringLiteral("body")).toString().trimmed().toStdString());
    n.set_deadline(f.value(QStringLiteral("deadline")).toString().trimmed().toStdString());
    auto* audience = n.mutable_audience();
    audience->set_municipality_id(f.value(QStringLiteral("municipalityId")).toString().toStdString());
    for (const auto& type : f.value(QStringLiteral("serviceTypes")).toList())
        audience->add_service_types(static_cast<ServiceType>(type.toInt()));
    for (const auto& role : f.value(QStringLiteral("roles")).toList())
        audience->add_roles(static_cast<Role>(role.toInt()));
    for (const auto& a : m_attachments)
        *n.add_attachments() = a;
    Mutation m = sync::makePublishNotice(std::move(n));
    const QString id = qs(m.publish_notice().notice().id());
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        setBusy(false);
        setError(error);
        if (!error.isEmpty())
            return;
        m_attachments.clear();
        Q_EMIT attachmentsChanged();
        Q_EMIT published(id);
    });
}

void NoticeController::addAttachment(const QString& filePath)
{
    if (bridge() == nullptr || m_busy)
        return;
    setBusy(true);
    const bool reading
        = addChosenFile(bridge(), this, filePath, [this](const QString& error, const AttachmentRef& ref) {
              setBusy(false);
              setError(error);
              if (!error.isEmpty())
                  return;
              m_attachments = { ref }; // one file: a second choice replaces the first
              Q_EMIT attachmentsChanged();
          });
    if (!reading) {
        setBusy(false);
        setError(tr("Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached."));
    }
}

void NoticeController::removeAttachment()
{
    m_attachments.clear();
    Q_EMIT attachmentsChanged();
}

void NoticeController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void NoticeController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
