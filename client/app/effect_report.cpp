#include "effect_report.h"

#include "app_settings.h"
#include "follow_up_text.h"
#include "record_text.h"

#include "follow_up_labels.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/adoption.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString sv(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString japaneseWireDate(const QString& yyyyMmDd)
{
    const QDate d = QDate::fromString(yyyyMmDd, Qt::ISODate);
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : yyyyMmDd;
}

QString number(double value)
{
    return QString::number(value, 'g', 8);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool inFiscalYear(const Adoption& a, int fiscalYear)
{
    if (a.funding_fiscal_year() != 0)
        return a.funding_fiscal_year() == fiscalYear;
    const QDate adopted = QDate::fromString(qs(a.adopted_on()), Qt::ISODate);
    return adopted.isValid() && fiscalYearOf(adopted) == fiscalYear;
}

} // namespace

std::optional<EffectReportContent> EffectReport::read(store::Store& store, const std::string& organisationId,
    const std::string& adoptionId, int fiscalYear, const QDateTime& now)
{
    auto& records = store.records();
    std::vector<Adoption> chosen;
    std::string organisation = organisationId;
    if (!adoptionId.empty()) {
        auto found = records.find<Adoption>(adoptionId);
        if (!found || !*found)
            return std::nullopt;
        chosen.push_back(**found);
        organisation = (*found)->organisation_id();
    } else {
        auto list = records.adoptionsOf(organisation);
        if (!list)
            return std::nullopt;
        for (const auto& a : *list)
            if (inFiscalYear(a, fiscalYear))
                chosen.push_back(a);
    }
    if (chosen.empty())
        return std::nullopt;
    EffectReportContent c;
    c.organisationId = qs(organisation);
    c.fiscalYear = adoptionId.empty() ? fiscalYear : 0;
    c.issuedOn = now.toTimeZone(japanTime()).date();
    if (auto org = records.find<Organisation>(organisation); org && *org) {
        c.facility = qs((*org)->name());
        if (auto all = records.all<Organisation>())
            for (const auto& o : *all)
                if (o.kind() == ORGANISATION_KIND_CENTRE && o.prefecture_code() == (*org)->prefecture_code())
                    c.centre = qs(o.name());
    }
    if (c.facility.isEmpty())
        c.facility = qs(chosen.front().organisation_name());
    const QString issued = c.issuedOn.toString(Qt::ISODate);
    for (const auto& a : chosen) {
        EffectReportContent::Entry e;
        e.adoptionId = qs(a.id());
        e.label = qs(a.label());
        if (e.label.isEmpty() && !a.model_id().empty())
            if (auto model = records.find<EquipmentModel>(a.model_id()); model && *model)
                e.label = qs((*model)->name());
        e.adoptedOn = qs(a.adopted_on());
        e.funding = qs(a.funding_source());
        e.fundingFiscalYear = a.funding_fiscal_year();
        e.purpose = qs(a.purpose());
        for (const auto& k : a.check_ins()) {
            // Check-ins that have fallen due by the issue date, and any answered early.
            if (!isAnswered(k) && qs(k.due_date()) > issued)
                continue;
            EffectReportContent::CheckIn ci;
            ci.monthsAfter = k.months_after();
            ci.dueDate = qs(k.due_date());
            ci.answered = isAnswered(k);
            ci.pending = ci.answered && !k.has_answered_at();
            ci.use = ci.answered ? sv(proto::adoptionUseJa(k.use())) : QString();
            ci.staffUsing = k.staff_using();
            ci.obstacles = qs(k.obstacles());
            for (const auto& m : k.kpis()) {
                QString item = sv(proto::measureItemJa(m.item()));
                if (item.isEmpty())
                    item = qs(m.label());
                else if (!m.label().empty())
                    item += QStringLiteral("（%1）").arg(qs(m.label()));
                ci.kpis.push_back(
                    { item, m.value(), m.unit().empty() ? sv(proto::measureItemUnit(m.item())) : qs(m.unit()),
                        qs(m.measured_on()), qs(m.source()) });
            }
            e.checkIns.push_back(ci);
        }
        c.adoptions.push_back(e);
    }
    return c;
}

QVector<RecordLine> EffectReport::lines(const EffectReportContent& c)
{
    using S = RecordLine::Style;
    QVector<RecordLine> out;
    out.push_back({ S::Title, QStringLiteral("導入機器の効果報告") });
    out.push_back({ S::Subtitle,
        c.fiscalYear > 0 ? QStringLiteral("%1年度に導入した機器").arg(c.fiscalYear)
                         : QStringLiteral("導入機器 1件") });
    out.push_back({ S::Heading, QStringLiteral("事業所") });
    out.push_back({ S::Body, c.facility });
    for (const auto& e : c.adoptions) {
        out.push_back({ S::Heading, e.label });
        QString about = QStringLiteral("導入日 %1").arg(japaneseWireDate(e.adoptedOn));
        if (!e.funding.isEmpty())
            about += QStringLiteral("　財源 %1").arg(e.funding)
                + (e.fundingFiscalYear > 0 ? QStringLiteral("（%1年度）").arg(e.fundingFiscalYear)
                                           : QString());
        out.push_back({ S::Body, about });
        if (!e.purpose.isEmpty())
            out.push_back({ S::Body, QStringLiteral("目的：%1").arg(e.purpose) });
        if (e.checkIns.isEmpty())
            out.push_back({ S::Note, QStringLiteral("まだ確認の時期が来ていません。") });
        for (const auto& k : e.checkIns) {
            out.push_back({ S::Note,
                QStringLiteral("導入%1か月後の確認（予定日 %2）")
                    .arg(k.monthsAfter)
                    .arg(japaneseWireDate(k.dueDate)) });
            if (!k.answered) {
                out.push_back({ S::Body, QStringLiteral("未回答") });
                continue;
            }
            QString use = QStringLiteral("利用状況：%1　利用職員 %2人").arg(k.use).arg(k.staffUsing);
            if (k.pending)
                use += QStringLiteral("（送信待ち）");
            out.push_back({ S::Body, use });
            if (!k.obstacles.isEmpty())
                out.push_back({ S::Body, QStringLiteral("困りごと：%1").arg(k.obstacles) });
            for (const auto& m : k.kpis)
                out.push_back({ S::Body,
                    QStringLiteral("%1：%2 %3（測定 %4、出典 %5）")
                        .arg(m.item, number(m.value), m.unit, m.measuredOn, m.source) });
        }
    }
    out.push_back({ S::Note,
        QStringLiteral("発行日 %1　数値はすべて測定日と出典つきで記載しています。")
            .arg(QStringLiteral("%1年%2月%3日")
                     .arg(c.issuedOn.year())
                     .arg(c.issuedOn.month())
                     .arg(c.issuedOn.day())) });
    if (!c.centre.isEmpty())
        out.push_back({ S::Heading, c.centre });
    return out;
}

QByteArray EffectReport::csv(const EffectReportContent& c)
{
    QStringList rows;
    rows << QStringLiteral("事業所,導入機器,導入日,財源,財源年度,目的,確認時期（か月後）,確認予定日,利用状況,"
                           "利用職員数,困りごと,指標,値,単位,測定日,出典");
    for (const auto& e : c.adoptions) {
        const QStringList head { csvField(c.facility), csvField(e.label), e.adoptedOn, csvField(e.funding),
            e.fundingFiscalYear > 0 ? QString::number(e.fundingFiscalYear) : QString(), csvField(e.purpose) };
        for (const auto& k : e.checkIns) {
            QStringList base = head;
            base << QString::number(k.monthsAfter) << k.dueDate
                 << (k.answered ? csvField(k.use) : QStringLiteral("未回答"))
                 << (k.answered ? QString::number(k.staffUsing) : QString()) << csvField(k.obstacles);
            if (k.kpis.isEmpty()) {
                rows << (base + QStringList { {}, {}, {}, {}, {} }).join(QLatin1Char(','));
                continue;
            }
            for (const auto& m : k.kpis)
                rows << (base
                    + QStringList { csvField(m.item), number(m.value), csvField(m.unit), m.measuredOn,
                        csvField(m.source) })
                            .join(QLatin1Char(','));
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8()
        + QByteArrayLiteral("\r\n");
}

QString EffectReport::baseName(const EffectReportContent& c)
{
    if (c.fiscalYear > 0)
        return QStringLiteral("effect-report-FY%1-%2").arg(c.fiscalYear).arg(c.organisationId.left(8));
    return QStringLiteral("effect-report-%1")
        .arg(c.adoptions.isEmpty() ? QString() : c.adoptions.front().adoptionId.left(8));
}

QString EffectReport::writeCsv(const EffectReportContent& c, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return AppSettings::pick(
            "保存先フォルダを作れませんでした。", "The folder for the report could not be created.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(c)) < 0 || !file.commit())
        return AppSettings::pick(
            "効果報告のCSVを保存できませんでした。", "The report's CSV could not be saved.");
    return {};
}

QString EffectReport::writePdf(const EffectReportContent& c, const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return AppSettings::pick(
            "保存先フォルダを作れませんでした。", "The folder for the report could not be created.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AppSettings::pick(
            "効果報告のファイルを書けませんでした。", "The report file could not be written.");
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("導入機器の効果報告 / Effect report — %1").arg(c.facility));
        pdf.setCreator(QStringLiteral("Yokoten"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return AppSettings::pick(
                "効果報告のPDFを作れませんでした。", "The report PDF could not be made.");
        }
        ConsultationRecord::paintLines(painter, lines(c));
        painter.end();
    }
    if (!file.commit())
        return AppSettings::pick(
            "効果報告のファイルを保存できませんでした。", "The report file could not be saved.");
    return {};
}

} // namespace yk::app
