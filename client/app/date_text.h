#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// The one place that reads and writes dates and times for people: every date in Japan time,
/// written out unambiguously (2027年1月10日(日) / Sun 10 Jan 2027), and typed dates read the
/// way Japanese users write them (2027-01-10, 2027/1/10, 2027年1月10日, 令和9年1月10日, 1月10日,
/// 1/10, full-width digits too). Stateless: QML uses it as the `DateText` singleton.
class DateText : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit DateText(QObject* parent = nullptr);

    /// The date a person typed, or an invalid date. A date without a year is the next such
    /// day on or after `today` (forms here ask for days to come: a loan, a session).
    static QDate parse(const QString& typed, const QDate& today);

    /// parse() against today in Japan, as "YYYY-MM-DD" (empty when unreadable).
    Q_INVOKABLE QString isoFromTyped(const QString& typed) const;
    /// "2027年1月10日(日)" / "Sun 10 Jan 2027" for a "YYYY-MM-DD" (empty when unreadable).
    Q_INVOKABLE QString date(const QString& iso) const;
    /// Date and time in Japan time ("2026年12月7日(月) 16:40").
    Q_INVOKABLE QString dateTime(const QDateTime& time) const;
    /// The time alone in Japan time, with the zone named ("16:40（日本時間）" / "16:40 JST"):
    /// for places where a device set to another zone could confuse.
    Q_INVOKABLE QString timeWithZone(const QDateTime& time) const;
    /// dateTime() with the zone named.
    Q_INVOKABLE QString dateTimeWithZone(const QDateTime& time) const;
    /// Today in Japan as "YYYY-MM-DD".
    Q_INVOKABLE QString today() const;
    /// `iso` moved by `days` ("YYYY-MM-DD"; empty when unreadable).
    Q_INVOKABLE QString addDays(const QString& iso, int days) const;
};

} // namespace yk::app
