#pragma once

#include "consultation_record.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>
#include <string>

namespace yk::store {
class Store;
}

namespace yk::app {

/// A facility's effect report (効果報告) on what it adopted: for one adoption or for every
/// adoption of a fiscal year (by the subsidy's 年度, else the adoption date's), each check-in
/// that has fallen due with its use, staff, obstacles and KPI figures with date and source.
/// ICT subsidies ask for it for two to three years. Japanese, as the prefectures file it.
struct EffectReportContent {
    struct Kpi {
        QString item;
        double value = 0;
        QString unit;
        QString measuredOn;
        QString source;
    };
    struct CheckIn {
        int monthsAfter = 0;
        QString dueDate;
        bool answered = false;
        bool pending = false; ///< answered here, not yet sent
        QString use;
        int staffUsing = 0;
        QString obstacles;
        QVector<Kpi> kpis;
    };
    struct Entry {
        QString adoptionId;
        QString label;
        QString adoptedOn;
        QString funding;
        int fundingFiscalYear = 0;
        QString purpose;
        QVector<CheckIn> checkIns;
    };
    QString organisationId;
    QString facility;
    QString centre;
    int fiscalYear = 0; ///< 0: one adoption
    QDate issuedOn;
    QVector<Entry> adoptions;
};

/// Reads, lays out and writes the effect report: an A4 PDF (drawn as the consultation record
/// is) and a CSV of the same figures for the prefecture's spreadsheet.
class EffectReport {
public:
    /// One adoption (`adoptionId`), or every adoption of `organisationId` in `fiscalYear`;
    /// none when there is nothing to report. `now` is the issue date (in Japan). Engine thread.
    static std::optional<EffectReportContent> read(store::Store& store, const std::string& organisationId,
        const std::string& adoptionId, int fiscalYear, const QDateTime& now);
    static QVector<RecordLine> lines(const EffectReportContent& content);
    /// UTF-8 with a byte-order mark (spreadsheets read it as such), one row per KPI figure
    /// (a check-in without figures has one row), RFC 4180 quoting.
    static QByteArray csv(const EffectReportContent& content);
    /// Writes the PDF and the CSV atomically; an error for the person, or empty.
    static QString writePdf(const EffectReportContent& content, const QString& path);
    static QString writeCsv(const EffectReportContent& content, const QString& path);
    /// "effect-report-FY2026-<8 hex>" or "effect-report-<8 hex of the adoption>", no suffix.
    static QString baseName(const EffectReportContent& content);
};

} // namespace yk::app
