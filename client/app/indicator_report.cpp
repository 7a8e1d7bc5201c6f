#include "indicator_report.h"

#include "app_settings.h"
#include "record_text.h"

#include "store/indicator_labels.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString sectionOf(IndicatorTopic topic)
{
    switch (topic) {
    case INDICATOR_TOPIC_SEMINAR_SIGN_UPS:
    case INDICATOR_TOPIC_SEMINAR_ATTENDANCE:
    case INDICATOR_TOPIC_EXHIBITION_VISITORS:
        return AppSettings::pick("研修・セミナー・展示会", "Seminars and exhibitions");
    case INDICATOR_TOPIC_LOANS_REQUESTED:
    case INDICATOR_TOPIC_LOANS_LENT:
    case INDICATOR_TOPIC_LOANS_REPORTED:
        return AppSettings::pick("試用貸出", "Trial loans");
    case INDICATOR_TOPIC_CONSULTATIONS:
        return AppSettings::pick("相談", "Consultations");
    case INDICATOR_TOPIC_PROGRAMME_APPLIED:
    case INDICATOR_TOPIC_PROGRAMME_CHOSEN:
    case INDICATOR_TOPIC_PROGRAMME_STEP:
    case INDICATOR_TOPIC_PROGRAMME_CLOSED:
        return AppSettings::pick("伴走支援・モデル事業所（今年度）", "Programmes (this fiscal year)");
    case INDICATOR_TOPIC_ADOPTIONS_IN_USE:
    case INDICATOR_TOPIC_ADOPTIONS_STALLED:
    case INDICATOR_TOPIC_ADOPTIONS_BY_AREA:
        return AppSettings::pick("導入後の定着", "After adoption");
    case INDICATOR_TOPIC_ASSESSMENT_AREA:
        return AppSettings::pick("自己点検（国の7つの取組）", "Self-assessment (the national seven areas)");
    default:
        return AppSettings::pick("国の指標との比較", "Beside the national figures");
    }
}

/// The server writes units in Japanese; English says them in words.
QString unitText(const std::string& unit)
{
    static const std::pair<std::string_view, std::string_view> kEnglish[]
        = { { "件", "" }, { "人", " people" }, { "施設", " facilities" }, { "か所", "" },
              { "時間/月", " h/month" }, { "日/年", " days/year" }, { "点", " points" }, { "%", " %" } };
    if (AppSettings::japanese())
        return QStringLiteral(" ") + qs(unit);
    for (const auto& [ja, en] : kEnglish)
        if (unit == ja)
            return QString::fromUtf8(en.data(), static_cast<int>(en.size()));
    return QStringLiteral(" ") + qs(unit);
}

/// "2023年度" in Japanese, "FY2023" in English.
QString fiscalYearText(const std::string& year)
{
    QString text = qs(year);
    if (AppSettings::japanese())
        return text;
    return QStringLiteral("FY") + text.remove(QStringLiteral("年度"));
}

QString number(double value)
{
    return value == static_cast<long long>(value) ? QString::number(static_cast<long long>(value))
                                                  : QString::number(value, 'f', 1);
}

} // namespace

IndicatorText indicatorText(
    const IndicatorSheet& sheet, const Indicator& f, const QMap<QString, QString>& areaTitles)
{
    IndicatorText t;
    t.section = sectionOf(f.topic());
    t.topic = AppSettings::pick(store::indicatorTopicJa(f.topic()), store::indicatorTopicEn(f.topic()));
    t.name = t.topic;
    const QString detail = f.topic() == INDICATOR_TOPIC_ASSESSMENT_AREA
        ? areaTitles.value(qs(f.key()), qs(f.key()))
        : AppSettings::pick(store::indicatorDetailJa(f), store::indicatorDetailEn(f));
    t.detail = detail;
    if (!detail.isEmpty())
        t.name += AppSettings::pick("：", ": ") + detail;
    t.withheld = f.withheld();
    if (f.withheld()) {
        t.value = AppSettings::pick("%1施設未満のため非表示", "Withheld: fewer than %1 facilities")
                      .arg(sheet.min_facilities());
    } else {
        t.value = number(f.value()) + unitText(f.unit());
        // Sign-ups, attendance and visitors also count people who came without an organisation.
        const bool people = f.topic() == INDICATOR_TOPIC_SEMINAR_SIGN_UPS
            || f.topic() == INDICATOR_TOPIC_SEMINAR_ATTENDANCE
            || f.topic() == INDICATOR_TOPIC_EXHIBITION_VISITORS;
        if (f.facility_count() > 0)
            t.n = people ? AppSettings::pick("n=%1（施設・個人）", "n=%1 (facilities or people)")
                               .arg(f.facility_count())
                         : AppSettings::pick("n=%1施設", "n=%1 facilities").arg(f.facility_count());
    }
    const QString period = f.period_from().empty()
        ? AppSettings::pick("%1時点", "as of %1").arg(qs(f.reference_date()))
        : qs(f.period_from()) + QStringLiteral("〜") + qs(f.reference_date());
    t.source = AppSettings::pick("出典：%1（%2）", "Source: %1 (%2)").arg(qs(f.source()), period);
    if (f.has_national()) {
        const auto& n = f.national();
        QString target = number(n.target()) + unitText(f.unit());
        if (!n.target_note().empty())
            target = AppSettings::pick(n.target_note(),
                n.target_note() == "維持または減少"   ? "keep or decrease"
                    : n.target_note() == "全都道府県" ? "every prefecture"
                                                      : n.target_note());
        t.national = AppSettings::pick("国：%1 %2 → %3 %4", "National: %1 %2 → %3 %4")
                         .arg(fiscalYearText(n.baseline_year()), number(n.baseline()) + unitText(f.unit()),
                             fiscalYearText(n.target_year()), target);
    }
    return t;
}

void WithheldNames::add(const IndicatorText& text)
{
    if (!m_details.contains(text.topic))
        m_topics.push_back(text.topic);
    auto& details = m_details[text.topic];
    if (!text.detail.isEmpty())
        details.push_back(text.detail);
}

void WithheldNames::clear()
{
    m_topics.clear();
    m_details.clear();
}

QString WithheldNames::sentence(int minFacilities) const
{
    if (m_topics.isEmpty())
        return {};
    const QString comma = AppSettings::pick("、", ", ");
    QStringList parts;
    for (const auto& topic : m_topics) {
        const QStringList details = m_details.value(topic);
        parts.push_back(details.isEmpty()
                ? topic
                : topic + AppSettings::pick("（", " (") + details.join(comma) + AppSettings::pick("）", ")"));
    }
    return AppSettings::pick("%1施設未満のため非表示：%2", "Withheld (fewer than %1 facilities): %2")
        .arg(minFacilities)
        .arg(parts.join(comma));
}

QVector<RecordLine> IndicatorReport::lines(
    const IndicatorSheet& sheet, const QMap<QString, QString>& areaTitles, const QDate& issuedOn)
{
    using Style = RecordLine::Style;
    QVector<RecordLine> out;
    out.push_back(
        { Style::Title, AppSettings::pick("%1の指標", "Indicators of %1").arg(qs(sheet.area_name())) });
    out.push_back({ Style::Subtitle,
        AppSettings::pick("基準日 %1 ・ 集計期間 %2〜 ・ 登録施設 %3 ・ %4施設未満の数値は非表示",
            "As of %1 · counted from %2 · %3 facilities registered · figures from fewer than %4 facilities "
            "withheld")
            .arg(qs(sheet.reference_date()), qs(sheet.period_from()))
            .arg(sheet.facilities_registered())
            .arg(sheet.min_facilities()) });
    QString section;
    WithheldNames withheld;
    auto flushWithheld = [&]() {
        if (!withheld.isEmpty())
            out.push_back({ Style::Note, withheld.sentence(sheet.min_facilities()) });
        withheld.clear();
    };
    for (const auto& f : sheet.indicators()) {
        const IndicatorText t = indicatorText(sheet, f, areaTitles);
        if (t.section != section) {
            flushWithheld();
            section = t.section;
            out.push_back({ Style::Heading, section });
        }
        // A withheld figure with no national figure beside it takes no line of its own.
        if (t.withheld && t.national.isEmpty()) {
            withheld.add(t);
            continue;
        }
        QString line = t.name + QStringLiteral("　") + t.value;
        if (!t.n.isEmpty())
            line += QStringLiteral("（") + t.n + QStringLiteral("）");
        if (!t.national.isEmpty())
            line += QStringLiteral("　") + t.national;
        out.push_back({ Style::Body, line });
        out.push_back({ Style::Note, t.source });
    }
    flushWithheld();
    out.push_back({ Style::Note,
        AppSettings::pick(
            "Yokoten の記録から集計（%1 出力）。", "Counted from Yokoten's records (issued %1).")
            .arg(issuedOn.toString(Qt::ISODate)) });
    return out;
}

QString IndicatorReport::writePdf(const IndicatorSheet& sheet, const QMap<QString, QString>& areaTitles,
    const QDate& issuedOn, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return AppSettings::pick(
            "保存先フォルダを作れませんでした。", "The folder for the report could not be created.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AppSettings::pick(
            "指標のファイルを書けませんでした。", "The indicator file could not be written.");
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("指標 / Indicators — %1").arg(qs(sheet.area_name())));
        pdf.setCreator(QStringLiteral("Yokoten"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return AppSettings::pick("指標のPDFを作れませんでした。", "The indicator PDF could not be made.");
        }
        ConsultationRecord::paintLines(painter, lines(sheet, areaTitles, issuedOn));
        painter.end();
    }
    if (!file.commit())
        return AppSettings::pick(
            "指標のファイルを保存できませんでした。", "The indicator file could not be saved.");
    return {};
}

QString IndicatorReport::fileName(const IndicatorSheet& sheet)
{
    return QStringLiteral("indicators-%1-%2.pdf").arg(qs(sheet.id()), qs(sheet.reference_date()));
}

} // namespace yk::app
