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
    QString name; ///< topic and detail: "相談：補助金・申請"
    QString topic; ///< "相談"
    QString detail; ///< "補助金・申請", or empty for the topic's total
    QString value; ///< "12 件", or the withheld sentence
    QString n; ///< "n=7施設", empty when withheld or not facility data
    QString source; ///< "出典: … 2026-04-01〜2026-12-08"
    QString national; ///< "国: 2023年度 29 % → 2026年度 50 %", or empty
    bool withheld = false;
};

/// The figures of a group that are withheld and have no national figure beside them: named
/// in one line rather than a row each, the details of one topic together
/// ("相談（業務の切り分け・役割分担、補助金・申請）"), the same on the page and on paper.
class WithheldNames {
public:
    void add(const IndicatorText& text);
    bool isEmpty() const { return m_topics.isEmpty(); }
    void clear();
    /// "5施設未満のため非表示：…", or empty when nothing is withheld.
    QString sentence(int minFacilities) const;

private:
    QStringList m_topics; ///< in order of first appearance
    QMap<QString, QStringList> m_details;
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
