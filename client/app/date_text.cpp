#include "date_text.h"

#include "app_settings.h"
#include "record_text.h"

#include <QRegularExpression>

namespace yk::app {

namespace {

// The Japanese eras a person may still write (the first year of each, Gregorian).
struct Era {
    const char* name;
    int firstYear;
};
constexpr Era kEras[] = { { "令和", 2019 }, { "平成", 1989 }, { "R", 2019 }, { "H", 1989 } };

QDate nextOnOrAfter(int month, int day, const QDate& today)
{
    QDate candidate(today.year(), month, day);
    if (!candidate.isValid() || candidate < today)
        candidate = QDate(today.year() + 1, month, day);
    // 2月29日 typed in a year without one: the next leap year's.
    for (int extra = 2; !candidate.isValid() && extra <= 4; ++extra)
        candidate = QDate(today.year() + extra, month, day);
    return candidate;
}

} // namespace

DateText::DateText(QObject* parent)
    : QObject(parent)
{
}

QDate DateText::parse(const QString& typed, const QDate& today)
{
    // Full-width digits and punctuation to ASCII; no spaces; the weekday in brackets goes.
    QString text = typed.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.remove(QRegularExpression(QStringLiteral("[(（][^)）]*[)）]$")));
    text.replace(QStringLiteral("元年"), QStringLiteral("1年"));
    if (text.isEmpty())
        return {};

    int eraStart = 0;
    for (const Era& era : kEras) {
        const QString name = QString::fromUtf8(era.name);
        if (text.startsWith(name, Qt::CaseInsensitive)) {
            eraStart = era.firstYear;
            text = text.mid(name.size());
            if (text.startsWith(QLatin1Char('.')))
                text = text.mid(1);
            break;
        }
    }

    // year? separator month separator day, with 年月日, '/', '-' or '.' as separators.
    static const QRegularExpression full(
        QStringLiteral("^(\\d{1,4})(?:年|/|-|\\.)(\\d{1,2})(?:月|/|-|\\.)(\\d{1,2})日?$"));
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})(?:月|/|-|\\.)(\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = full.match(text); m.hasMatch()) {
        int year = m.captured(1).toInt();
        if (eraStart > 0)
            year = eraStart + year - 1;
        else if (m.captured(1).size() != 4)
            return {}; // "26/1/10" could be read two ways
        return QDate(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (eraStart > 0)
        return {};
    if (auto m = compact.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = monthDay.match(text); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        if (!QDate(2024, month, day).isValid()) // 2024: a leap year, so 2月29日 is a day
            return {};
        return nextOnOrAfter(month, day, today);
    }
    return {};
}

QString DateText::isoFromTyped(const QString& typed) const
{
    const QDate date = parse(typed, todayInJapan());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DateText::date(const QString& iso) const
{
    return formatDate(QDate::fromString(iso, Qt::ISODate));
}

QString DateText::dateTime(const QDateTime& time) const
{
    return formatDateTime(time);
}

QString DateText::timeWithZone(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    const QString clock = time.toTimeZone(japanTime()).time().toString(QStringLiteral("HH:mm"));
    return AppSettings::japanese() ? clock + QStringLiteral("（日本時間）") : clock + QStringLiteral(" JST");
}

QString DateText::dateTimeWithZone(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(japanTime());
    return formatDate(local.date()) + QLatin1Char(' ') + timeWithZone(time);
}

QString DateText::today() const
{
    return todayInJapan().toString(Qt::ISODate);
}

QString DateText::addDays(const QString& iso, int days) const
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.addDays(days).toString(Qt::ISODate) : QString();
}

} // namespace yk::app
