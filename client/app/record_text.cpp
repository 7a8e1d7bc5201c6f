#include "record_text.h"

#include <cmath>

#include "app_settings.h"

#include "store/labels.h"

#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <google/protobuf/timestamp.pb.h>

namespace yk::app {

QDateTime toDateTime(const google::protobuf::Timestamp& timestamp)
{
    if (timestamp.seconds() == 0 && timestamp.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timestamp.seconds() * 1000 + timestamp.nanos() / 1000000);
}

const QTimeZone& japanTime()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Tokyo"));
    return zone;
}

QDate todayInJapan()
{
    return QDateTime::currentDateTime().toTimeZone(japanTime()).date();
}

QString formatDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(japanTime());
    return formatDate(local.date()) + QStringLiteral(" ") + local.time().toString(QStringLiteral("HH:mm"));
}

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (AppSettings::japanese()) {
        static const char* const weekdays[] = { "月", "火", "水", "木", "金", "土", "日" };
        return QStringLiteral("%1年%2月%3日(%4)")
            .arg(date.year())
            .arg(date.month())
            .arg(date.day())
            .arg(QString::fromUtf8(weekdays[date.dayOfWeek() - 1]));
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString formatWireDate(const std::string& yyyyMmDd)
{
    return formatDate(QDate::fromString(QString::fromStdString(yyyyMmDd), Qt::ISODate));
}

QString registrationStatusText(int status, int waitlistPosition)
{
    switch (status) {
    case yokoten::v1::REGISTRATION_STATUS_PENDING:
        return QCoreApplication::translate("RecordText", "Waiting to send");
    case yokoten::v1::REGISTRATION_STATUS_CONFIRMED:
        return QCoreApplication::translate("RecordText", "Confirmed");
    case yokoten::v1::REGISTRATION_STATUS_WAITLISTED:
        return waitlistPosition > 0
            ? QCoreApplication::translate("RecordText", "Waitlisted (no. %1)").arg(waitlistPosition)
            : QCoreApplication::translate("RecordText", "Waitlisted");
    case yokoten::v1::REGISTRATION_STATUS_CANCELLED:
        return QCoreApplication::translate("RecordText", "Cancelled");
    case yokoten::v1::REGISTRATION_STATUS_REJECTED:
        return QCoreApplication::translate("RecordText", "Not accepted");
    default:
        return {};
    }
}

QString loanStateText(int state)
{
    switch (state) {
    case yokoten::v1::LOAN_STATE_REQUESTED:
        return QCoreApplication::translate("RecordText", "Requested");
    case yokoten::v1::LOAN_STATE_WAITLISTED:
        return QCoreApplication::translate("RecordText", "Waitlisted");
    case yokoten::v1::LOAN_STATE_APPROVED:
        return QCoreApplication::translate("RecordText", "Approved");
    case yokoten::v1::LOAN_STATE_LENT:
        return QCoreApplication::translate("RecordText", "On loan");
    case yokoten::v1::LOAN_STATE_RETURNED:
        return QCoreApplication::translate("RecordText", "Returned");
    case yokoten::v1::LOAN_STATE_DECLINED:
        return QCoreApplication::translate("RecordText", "Declined");
    case yokoten::v1::LOAN_STATE_CANCELLED:
        return QCoreApplication::translate("RecordText", "Cancelled");
    default:
        return {};
    }
}

QString caseStateText(int state)
{
    switch (state) {
    case yokoten::v1::CASE_STATE_DRAFT:
        return QCoreApplication::translate("RecordText", "Draft");
    case yokoten::v1::CASE_STATE_SUBMITTED:
        return QCoreApplication::translate("RecordText", "Submitted for review");
    case yokoten::v1::CASE_STATE_PUBLISHED:
        return QCoreApplication::translate("RecordText", "Published");
    case yokoten::v1::CASE_STATE_ARCHIVED:
        return QCoreApplication::translate("RecordText", "Archived");
    default:
        return {};
    }
}

namespace {
// The store's English labels are lower case (they run inside sentences); a label standing
// alone on a page starts with a capital.
QString standingAlone(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

QString consultationTopicText(int topic)
{
    return standingAlone(
        AppSettings::pick(store::consultationTopicJa(topic), store::consultationTopicEn(topic)));
}

QString consultationChannelText(int channel)
{
    return standingAlone(
        AppSettings::pick(store::consultationChannelJa(channel), store::consultationChannelEn(channel)));
}

QString consultationStateText(int state)
{
    return standingAlone(
        AppSettings::pick(store::consultationStateJa(state), store::consultationStateEn(state)));
}

QString figureChangeText(double before, double after, bool lowerIsBetter)
{
    if (before == 0 || !std::isfinite(before) || !std::isfinite(after))
        return {};
    const long percent = std::lround((after - before) / std::fabs(before) * 100);
    if (percent == 0)
        return QCoreApplication::translate("RecordText", "No change");
    const QString amount = percent < 0
        ? QCoreApplication::translate("RecordText", "%1 % less than before").arg(-percent)
        : QCoreApplication::translate("RecordText", "%1 % more than before").arg(percent);
    const bool better = lowerIsBetter ? after < before : after > before;
    return amount
        + (better ? QCoreApplication::translate("RecordText", " (better)")
                  : QCoreApplication::translate("RecordText", " (not better)"));
}

} // namespace yk::app

#include "engine/sync_engine.h"
#include "engine/sync_repository.h"
#include "engine_bridge.h"
#include "store/store.h"

namespace yk::app {

QString syncStateText(DeviceContext& context, int recordKind, const std::string& id, bool* pending)
{
    if (pending != nullptr)
        *pending = false;
    if (context.engine == nullptr)
        return {};
    auto state = context.engine->stateOf(static_cast<yokoten::v1::RecordKind>(recordKind), id);
    if (!state)
        return {};
    switch (*state) {
    case sync::RecordSyncState::Pending:
        if (pending != nullptr)
            *pending = true;
        return QCoreApplication::translate("RecordText", "Waiting to send");
    case sync::RecordSyncState::Rejected: {
        QString reason;
        if (auto outcome = sync::SyncRepository(context.store->database()).latestOutcome(recordKind, id);
            outcome && *outcome)
            reason = AppSettings::pick((*outcome)->messageJa, (*outcome)->messageEn);
        return QCoreApplication::translate("RecordText", "Not accepted: %1").arg(reason);
    }
    case sync::RecordSyncState::Synced:
        return {};
    }
    return {};
}

} // namespace yk::app
