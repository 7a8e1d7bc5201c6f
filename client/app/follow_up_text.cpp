#include "follow_up_text.h"

#include "app_settings.h"

#include "follow_up_labels.h"

#include <QCoreApplication>

namespace yk::app {

using namespace yokoten::v1;

QString programmeKindText(int kind)
{
    const auto k = static_cast<ProgrammeKind>(kind);
    return AppSettings::pick(proto::programmeKindJa(k), proto::programmeKindEn(k));
}

QString improvementStepText(int step)
{
    const auto s = static_cast<ImprovementStep>(step);
    return AppSettings::pick(proto::improvementStepJa(s), proto::improvementStepEn(s));
}

QString participationStateText(int state)
{
    const auto s = static_cast<ParticipationState>(state);
    return AppSettings::pick(proto::participationStateJa(s), proto::participationStateEn(s));
}

QString adoptionUseText(int use)
{
    const auto u = static_cast<AdoptionUse>(use);
    return AppSettings::pick(proto::adoptionUseJa(u), proto::adoptionUseEn(u));
}

QString measureItemText(int item, const std::string& label)
{
    const auto i = static_cast<MeasureItem>(item);
    const QString name = AppSettings::pick(proto::measureItemJa(i), proto::measureItemEn(i));
    if (name.isEmpty())
        return QString::fromStdString(label);
    return label.empty() ? name
                         : name + QStringLiteral(" (") + QString::fromStdString(label) + QLatin1Char(')');
}

QString measureUnitText(int item)
{
    const std::string_view unit = proto::measureItemUnit(static_cast<MeasureItem>(item));
    return unitText(std::string(unit));
}

QString unitText(const std::string& unit)
{
    const QString ja = QString::fromStdString(unit);
    if (AppSettings::japanese())
        return ja;
    // The wire's units are Japanese (follow_up_labels.cpp); English readers get theirs.
    static const QHash<QString, QString> english { { QStringLiteral("時間/月"), QStringLiteral("h/month") },
        { QStringLiteral("日/年"), QStringLiteral("days/year") },
        { QStringLiteral("点"), QStringLiteral("points") },
        { QStringLiteral("分/日"), QStringLiteral("min/day") } };
    return english.value(ja, ja);
}

domain::Date toDomainDate(const QDate& date)
{
    return domain::Date::fromYmd(date.year(), date.month(), date.day()).value_or(domain::Date {});
}

bool isAnswered(const AdoptionCheckIn& checkIn)
{
    return checkIn.use() != ADOPTION_USE_UNSPECIFIED || checkIn.has_answered_at();
}

AdoptionStanding adoptionStanding(const Adoption& adoption, domain::Date today)
{
    AdoptionStanding s;
    s.noLongerUsed = adoption.no_longer_used();
    for (const auto& checkIn : adoption.check_ins()) {
        const auto due = domain::Date::parse(checkIn.due_date());
        if (!due)
            continue;
        const auto standing = domain::standingOf(*due, isAnswered(checkIn), today);
        if (standing == domain::CheckInStanding::Overdue)
            ++s.overdueCount;
        if (!s.nextMonthsAfter && standing != domain::CheckInStanding::Answered) {
            s.nextMonthsAfter = checkIn.months_after();
            s.nextDue = QString::fromStdString(checkIn.due_date());
            s.next = standing;
        }
    }
    s.stalled = s.noLongerUsed || s.overdueCount > 0;
    return s;
}

QString standingText(domain::CheckInStanding standing)
{
    switch (standing) {
    case domain::CheckInStanding::Later:
        return QCoreApplication::translate("FollowUp", "Not due yet");
    case domain::CheckInStanding::Due:
        return QCoreApplication::translate("FollowUp", "Due");
    case domain::CheckInStanding::Overdue:
        return QCoreApplication::translate("FollowUp", "Overdue");
    case domain::CheckInStanding::Answered:
        return QCoreApplication::translate("FollowUp", "Answered");
    }
    return {};
}

QString monthsAfterText(int months)
{
    return months == 1 ? QCoreApplication::translate("FollowUp", "1 month after")
                       : QCoreApplication::translate("FollowUp", "%1 months after").arg(months);
}

int fiscalYearOf(const QDate& date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

} // namespace yk::app
