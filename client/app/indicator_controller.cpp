#include "indicator_controller.h"

#include "engine_bridge.h"
#include "indicator_report.h"
#include "mutation_queue.h"
#include "record_text.h"

#include "engine/mutations.h"
#include "indicator_ids.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace yk::app {

using namespace yokoten::v1;

namespace {

constexpr std::string_view kNationalFamily = "national-7-areas";
constexpr int kCasesShown = 3;

/// What the page needs, read on the engine thread.
struct Read {
    QVariantList areas;
    QVariantMap sheet;
    QVariantList municipalities;
    bool pending = false;
    int prefecture = 0;
};

QMap<QString, QString> assessmentAreaTitles(store::RecordRepository& records)
{
    QMap<QString, QString> titles;
    auto templates = records.all<AssessmentTemplate>();
    if (!templates)
        return titles;
    const AssessmentTemplate* newest = nullptr;
    for (const auto& t : *templates)
        if (t.family() == kNationalFamily && (!newest || t.version() > newest->version()))
            newest = &t;
    if (newest)
        for (const auto& area : newest->areas())
            titles.insert(qs(area.id()), qs(area.title()));
    return titles;
}

const Indicator* figureOf(const IndicatorSheet& s, IndicatorTopic topic, int code = 0)
{
    for (const auto& f : s.indicators())
        if (f.topic() == topic && f.code() == code)
            return &f;
    return nullptr;
}

QString shortValue(const Indicator* f)
{
    if (!f)
        return QStringLiteral("—");
    if (f->withheld())
        return QCoreApplication::translate("Indicators", "withheld");
    return QString::number(static_cast<long long>(f->value()));
}

QVariantMap sheetView(DeviceContext& context, const IndicatorSheet& s)
{
    auto& records = context.store->records();
    const auto titles = assessmentAreaTitles(records);
    QVariantMap view;
    view[QStringLiteral("present")] = true;
    view[QStringLiteral("areaName")] = qs(s.area_name());
    view[QStringLiteral("asOf")]
        = QCoreApplication::translate("Indicators",
            "As of %1 · counted from %2 · %3 facilities registered · a figure from fewer than %4 facilities "
            "is withheld")
              .arg(formatWireDate(s.reference_date()), formatWireDate(s.period_from()))
              .arg(s.facilities_registered())
              .arg(s.min_facilities());
    // A withheld figure with no national one beside it is only named, in one line per group,
    // as on paper (IndicatorReport): a page of "withheld" rows would hide what is shown.
    QVariantList sections;
    QVariantMap section;
    QVariantList figures;
    WithheldNames withheld;
    auto close = [&]() {
        if (figures.isEmpty() && withheld.isEmpty())
            return;
        section[QStringLiteral("figures")] = figures;
        section[QStringLiteral("withheld")] = withheld.sentence(s.min_facilities());
        sections.push_back(section);
        figures.clear();
        withheld.clear();
    };
    for (const auto& f : s.indicators()) {
        const IndicatorText t = indicatorText(s, f, titles);
        if (section.value(QStringLiteral("title")).toString() != t.section) {
            close();
            section = { { QStringLiteral("title"), t.section } };
        }
        if (t.withheld && t.national.isEmpty()) {
            withheld.add(t);
            continue;
        }
        QVariantList cases;
        for (const auto& id : f.case_ids()) {
            if (cases.size() >= kCasesShown)
                break;
            auto c = context.store->cases().find(id);
            if (c && *c)
                cases.push_back(QVariantMap {
                    { QStringLiteral("caseId"), qs(id) }, { QStringLiteral("title"), qs((*c)->title()) } });
        }
        figures.push_back(
            QVariantMap { { QStringLiteral("name"), t.name }, { QStringLiteral("value"), t.value },
                { QStringLiteral("n"), t.n }, { QStringLiteral("source"), t.source },
                { QStringLiteral("national"), t.national }, { QStringLiteral("withheld"), t.withheld },
                { QStringLiteral("cases"), cases }, { QStringLiteral("caseCount"), f.case_ids_size() } });
    }
    close();
    view[QStringLiteral("sections")] = sections;
    return view;
}

Read readIndicators(
    DeviceContext& context, const std::string& organisationId, const std::string& municipalityId)
{
    Read out;
    if (context.store == nullptr)
        return out;
    auto& records = context.store->records();
    auto sheets = records.all<IndicatorSheet>();
    if (!sheets)
        return out;
    // A device holds only the sheets of its own prefecture (placement.cpp); without a known
    // organisation (a demo store) the prefecture is that of the total it holds.
    out.prefecture = records.prefectureOf(organisationId);
    const IndicatorSheet* shown = nullptr;
    for (const auto& s : *sheets) {
        if (out.prefecture == 0 && s.municipality_id().empty())
            out.prefecture = s.prefecture_code();
        if (s.municipality_id().empty())
            out.areas.prepend(QVariantMap { { QStringLiteral("municipalityId"), QString() },
                { QStringLiteral("name"), qs(s.area_name()) } });
        if (s.municipality_id() == municipalityId)
            shown = &s;
    }
    syncStateText(
        context, RECORD_KIND_INDICATOR_SHEET, proto::indicatorSheetId(out.prefecture), &out.pending);
    for (const auto& s : *sheets) {
        if (s.municipality_id().empty())
            continue;
        out.areas.push_back(QVariantMap { { QStringLiteral("municipalityId"), qs(s.municipality_id()) },
            { QStringLiteral("name"), qs(s.area_name()) } });
        if (!municipalityId.empty())
            continue;
        // Side by side on the total's page: a few figures of each municipality.
        out.municipalities.push_back(
            QVariantMap { { QStringLiteral("municipalityId"), qs(s.municipality_id()) },
                { QStringLiteral("name"), qs(s.area_name()) },
                { QStringLiteral("facilities"), s.facilities_registered() },
                { QStringLiteral("consultations"), shortValue(figureOf(s, INDICATOR_TOPIC_CONSULTATIONS)) },
                { QStringLiteral("inUse"), shortValue(figureOf(s, INDICATOR_TOPIC_ADOPTIONS_IN_USE)) } });
    }
    if (shown)
        out.sheet = sheetView(context, *shown);
    return out;
}

} // namespace

IndicatorController::IndicatorController(QObject* parent)
    : StoreController(parent)
    , m_outputDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("certificates")))
{
}

void IndicatorController::setMunicipalityId(const QString& id)
{
    if (id == m_municipalityId)
        return;
    m_municipalityId = id;
    Q_EMIT municipalityIdChanged();
    reload();
}

void IndicatorController::setOutputDirectory(const QString& directory)
{
    if (directory == m_outputDirectory)
        return;
    m_outputDirectory = directory;
    Q_EMIT outputDirectoryChanged();
}

void IndicatorController::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string organisation = organisationId();
    const std::string municipality = m_municipalityId.toStdString();
    bridge()->run<Read>(
        this,
        [organisation, municipality](
            DeviceContext& context) { return readIndicators(context, organisation, municipality); },
        [this, municipality](const Read& read) {
            if (municipality != m_municipalityId.toStdString())
                return;
            m_areas = read.areas;
            m_sheet = read.sheet;
            m_municipalities = read.municipalities;
            m_refreshPending = read.pending;
            m_prefecture = read.prefecture;
            Q_EMIT sheetChanged();
        });
}

void IndicatorController::refresh()
{
    if (m_busy || bridge() == nullptr)
        return;
    if (m_prefecture == 0) {
        setError(QCoreApplication::translate(
            "Indicators", "This device does not know its prefecture yet. Please sync first."));
        return;
    }
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, sync::makeRefreshIndicators(m_prefecture), [this](const QString& error) {
        setBusy(false);
        setError(error);
        reload();
    });
}

void IndicatorController::writePdf()
{
    if (m_busy || bridge() == nullptr)
        return;
    const std::string municipality = m_municipalityId.toStdString();
    const QString directory = m_outputDirectory;
    struct Written {
        QString path;
        QString error;
    };
    setBusy(true);
    setError({});
    bridge()->run<Written>(
        this,
        [=](DeviceContext& context) -> Written {
            if (context.store == nullptr)
                return { {}, QCoreApplication::translate("MutationQueue", "The store is not open.") };
            auto& records = context.store->records();
            auto sheets = records.all<IndicatorSheet>();
            const IndicatorSheet* sheet = nullptr;
            if (sheets)
                for (const auto& s : *sheets)
                    if (s.municipality_id() == municipality)
                        sheet = &s;
            if (sheet == nullptr)
                return { {},
                    QCoreApplication::translate("Indicators", "There are no figures for this area yet.") };
            Written w { QDir(directory).filePath(IndicatorReport::fileName(*sheet)), {} };
            w.error
                = IndicatorReport::writePdf(*sheet, assessmentAreaTitles(records), todayInJapan(), w.path);
            return w;
        },
        [this](const Written& w) {
            setBusy(false);
            setError(w.error);
            if (w.error.isEmpty())
                Q_EMIT pdfWritten(w.path);
        });
}

void IndicatorController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void IndicatorController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
