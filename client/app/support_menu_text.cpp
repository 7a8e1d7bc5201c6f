#include "support_menu_text.h"

#include "app_settings.h"
#include "record_text.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QLocale>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString yen(std::int64_t amount)
{
    // Japanese reads amounts in units of 10,000 yen (100万円); English keeps the full figure.
    if (AppSettings::japanese())
        return amount % 10000 == 0
            ? QStringLiteral("%1万円").arg(
                QLocale(QLocale::Japanese).toString(static_cast<qlonglong>(amount / 10000)))
            : QStringLiteral("%1円").arg(QLocale(QLocale::Japanese).toString(static_cast<qlonglong>(amount)));
    return QStringLiteral("¥%1").arg(QLocale(QLocale::English).toString(static_cast<qlonglong>(amount)));
}

QString staffRange(int minStaff, int maxStaff)
{
    if (minStaff > 0 && maxStaff > 0)
        return QCoreApplication::translate("SupportMenu", "%1–%2 staff").arg(minStaff).arg(maxStaff);
    if (minStaff > 0)
        return QCoreApplication::translate("SupportMenu", "%1 staff or more").arg(minStaff);
    if (maxStaff > 0)
        return QCoreApplication::translate("SupportMenu", "up to %1 staff").arg(maxStaff);
    return {};
}

} // namespace

QString menuEntryKindText(int kind)
{
    switch (kind) {
    case MENU_ENTRY_KIND_SUBSIDY:
        return QCoreApplication::translate("SupportMenu", "Subsidy");
    case MENU_ENTRY_KIND_PROGRAMME:
        return QCoreApplication::translate("SupportMenu", "Programme");
    default:
        return QCoreApplication::translate("SupportMenu", "Other support");
    }
}

QVariantMap menuEntryHeadline(const SupportMenuEntry& e, const QDate& today)
{
    return QVariantMap { { QStringLiteral("entryId"), qs(e.id()) }, { QStringLiteral("name"), qs(e.name()) },
        { QStringLiteral("provider"), qs(e.provider()) },
        { QStringLiteral("kindText"), menuEntryKindText(e.kind()) },
        { QStringLiteral("summary"), qs(e.summary()) },
        { QStringLiteral("windowText"), menuWindowText(e, today) },
        { QStringLiteral("open"), menuEntryOpen(e, today) }, { QStringLiteral("withdrawn"), e.withdrawn() } };
}

QString menuWindowText(const SupportMenuEntry& e, const QDate& today)
{
    if (e.apply_until().empty())
        return QCoreApplication::translate("SupportMenu", "Applications any time");
    const QString until = formatWireDate(e.apply_until());
    if (!menuEntryOpen(e, today))
        return e.apply_from().empty()
                || QDate::fromString(QString::fromStdString(e.apply_until()), Qt::ISODate) < today
            ? QCoreApplication::translate("SupportMenu", "Closed (deadline was %1)").arg(until)
            : QCoreApplication::translate("SupportMenu", "Applications %1 to %2")
                  .arg(formatWireDate(e.apply_from()), until);
    return QCoreApplication::translate("SupportMenu", "Deadline %1").arg(until);
}

bool menuEntryOpen(const SupportMenuEntry& e, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    return (e.apply_from().empty() || day >= qs(e.apply_from()))
        && (e.apply_until().empty() || day <= qs(e.apply_until()));
}

QString tierText(const SupportTier& t)
{
    QStringList parts;
    const QString range = staffRange(t.min_staff(), t.max_staff());
    if (!range.isEmpty())
        parts << range;
    if (t.cap_yen() > 0)
        parts << QCoreApplication::translate("SupportMenu", "cap %1").arg(yen(t.cap_yen()));
    if (t.rate_denominator() > 0)
        parts << QCoreApplication::translate("SupportMenu", "rate %1/%2")
                     .arg(t.rate_numerator())
                     .arg(t.rate_denominator());
    QString text = parts.join(QStringLiteral(" · "));
    if (!t.label().empty())
        text = text.isEmpty() ? qs(t.label()) : qs(t.label()) + QStringLiteral(": ") + text;
    if (t.demo_value() && !text.contains(QStringLiteral("デモ値")))
        text += QStringLiteral("（デモ値）");
    return text;
}

QString eligibilityText(const SupportMenuEntry& e)
{
    QStringList types;
    for (int type : e.eligible_service_types())
        types << Taxonomy::serviceTypeName(type);
    QStringList parts;
    parts << (types.isEmpty() ? QCoreApplication::translate("SupportMenu", "Every service type")
                              : types.join(QStringLiteral("、")));
    const QString range = staffRange(e.min_staff(), e.max_staff());
    if (!range.isEmpty())
        parts << range;
    QString text = parts.join(QStringLiteral(" · "));
    if (!e.eligibility_note().empty())
        text += QLatin1Char('\n') + qs(e.eligibility_note());
    return text;
}

QString requirementMetText(store::RequirementMet met)
{
    switch (met) {
    case store::RequirementMet::NotLinked:
        return {};
    case store::RequirementMet::No:
        return QCoreApplication::translate("SupportMenu", "Not met yet");
    case store::RequirementMet::Registered:
        return QCoreApplication::translate("SupportMenu", "Met: signed up for the seminar");
    case store::RequirementMet::Attended:
        return QCoreApplication::translate("SupportMenu", "Met: attended the seminar");
    case store::RequirementMet::Applied:
        return QCoreApplication::translate("SupportMenu", "Met: applied to the programme");
    case store::RequirementMet::Chosen:
        return QCoreApplication::translate("SupportMenu", "Met: chosen by the programme");
    case store::RequirementMet::Consulted:
        return QCoreApplication::translate("SupportMenu", "Met: consulted the centre");
    }
    return {};
}

} // namespace yk::app
