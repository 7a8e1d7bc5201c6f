#pragma once

#include "consultation_record.h"

#include "yokoten/v1/indicator.pb.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

namespace yk::app {

/// How one indicator is said, the same on the page and on paper: its name, its value or
/// that it is withheld, its n, source and dates, and the national figure beside it.
struct IndicatorText {
    QString section; ///< the group it is shown in (研修・セミナー, 相談 …)
    QString name;
    QString value; ///< "12 件", or the withheld sentence
    QString n; ///< "n=7施設", empty when withheld or not facility data
    QString source; ///< "出典: … 2026-04-01〜2026-12-08"
    QString national; ///< "国: 2023年度 29 % → 2026年度 50 %", or empty
    bool withheld = false;
};

/// `areaTitles` names the self-assessment areas (template area id → title).
IndicatorText indicatorText(const yokoten::v1::IndicatorSheet& sheet, const yokoten::v1::Indicator& figure,
    const QMap<QString, QString>& areaTitles);

/// One area's indicator page on A4 (QPdfWriter, Noto Sans CJK JP), as a prefecture files it:
/// the area, reference date and period, every figure shown with its n, source and dates,
/// the withheld ones named in one line per group, and the national references.
class IndicatorReport {
public:
    static QVector<RecordLine> lines(const yokoten::v1::IndicatorSheet& sheet,
        const QMap<QString, QString>& areaTitles, const QDate& issuedOn);
    /// Writes the PDF to `path` atomically; an error for the person, or empty.
    static QString writePdf(const yokoten::v1::IndicatorSheet& sheet,
        const QMap<QString, QString>& areaTitles, const QDate& issuedOn, const QString& path);
    /// "indicators-<area id>-<reference date>.pdf".
    static QString fileName(const yokoten::v1::IndicatorSheet& sheet);
};

} // namespace yk::app
