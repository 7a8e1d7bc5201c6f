#include "equipment_links.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "taxonomy.h"

#include "store/record_repository.h"
#include "store/relations.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace yk::app {

using namespace yokoten::v1;

namespace {

// A unit out of service today (repair, inspection) cannot go out now.
bool outOfServiceOn(const EquipmentUnit& unit, const std::string& today)
{
    if (unit.status() != UNIT_STATUS_OUT_OF_SERVICE)
        return false;
    if (unit.out_of_service_from().empty())
        return true;
    return unit.out_of_service_from() <= today
        && (unit.out_of_service_until().empty() || today <= unit.out_of_service_until());
}

QString number(double value)
{
    return QLocale().toString(value, 'f', std::fmod(value, 1.0) == 0 ? 0 : 1);
}

QString withUnit(double value, const std::string& unit)
{
    return unit.empty() ? number(value) : number(value) + QStringLiteral(" ") + qs(unit);
}

/// A typical effect across cases: "35% better" / "10% worse" / empty, always a positive
/// number and a word, never a sign a reader has to interpret. (One case's own figure is
/// told by figureChangeText, as on its page.)
QString improvementText(std::optional<double> improvement)
{
    if (!improvement)
        return {};
    const int percent = static_cast<int>(std::lround(std::fabs(*improvement) * 100));
    if (percent == 0)
        return QCoreApplication::translate("EquipmentLinks", "no change");
    return *improvement > 0 ? QCoreApplication::translate("EquipmentLinks", "%1% better").arg(percent)
                            : QCoreApplication::translate("EquipmentLinks", "%1% worse").arg(percent);
}

QVariantMap headlineMap(const MetricPair& m)
{
    QString when;
    if (!m.before_date().empty() || !m.after_date().empty())
        when = qs(m.before_date()) + QStringLiteral(" → ") + qs(m.after_date());
    QStringList evidence;
    if (!m.source().empty())
        evidence << qs(m.source());
    if (!when.isEmpty())
        evidence << when;
    return {
        { "label", qs(m.label()) },
        { "values",
            withUnit(m.before_value(), m.unit()) + QStringLiteral(" → ")
                + withUnit(m.after_value(), m.unit()) },
        { "change", figureChangeText(m.before_value(), m.after_value(), m.lower_is_better()) },
        { "improved", store::improvementOf(m).value_or(0) > 0 },
        { "evidence", evidence.join(QStringLiteral(" · ")) },
    };
}

QVariantMap caseMap(const store::ModelCase& c)
{
    QStringList services;
    for (int s : c.serviceTypes)
        services << Taxonomy::serviceTypeName(s);
    return {
        { "caseId", qs(c.id) },
        { "title", qs(c.title) },
        { "organisation", qs(c.organisationName) },
        { "prefecture", Taxonomy::prefectureName(c.prefectureCode) },
        { "serviceTypes", services.join(QStringLiteral("・")) },
        { "size",
            c.facilityCapacity > 0
                ? QCoreApplication::translate("EquipmentLinks", "%n place(s)", nullptr, c.facilityCapacity)
                : QString() },
        { "namesModel", c.namesModel },
        { "hasFigure", c.headline.has_value() },
        { "headline", c.headline ? headlineMap(*c.headline) : QVariantMap() },
    };
}

QString typicalEffectText(const store::ModelCaseCounts& counts)
{
    if (!counts.medianImprovement)
        return {};
    const int withFigure = static_cast<int>(counts.withFigure);
    return QCoreApplication::translate(
        "EquipmentLinks", "Typically %1 (median of %n case(s) with a figure)", nullptr, withFigure)
        .arg(improvementText(counts.medianImprovement));
}

QVariantMap modelMap(const EquipmentModel& m, const UnitCounts& units)
{
    return {
        { "modelId", qs(m.id()) },
        { "name", qs(m.name()) },
        { "maker", qs(m.maker()) },
        { "area", static_cast<int>(m.area()) },
        { "areaName", Taxonomy::equipmentAreaName(m.area()) },
        { "units", units.units },
        { "available", units.available },
        { "availability",
            units.units == 0
                ? QCoreApplication::translate("EquipmentLinks", "No units to lend")
                : QCoreApplication::translate("EquipmentLinks", "%1 of %2 units free (as of the last sync)")
                      .arg(units.available)
                      .arg(units.units) },
    };
}

std::string todayIso()
{
    return todayInJapan().toString(Qt::ISODate).toStdString();
}

} // namespace

UnitCounts unitCountsOf(
    store::RecordRepository& records, const std::string& modelId, const std::string& today)
{
    UnitCounts counts;
    auto units = records.unitsOfModel(modelId);
    if (!units)
        return counts;
    for (const auto& u : *units) {
        if (u.status() == UNIT_STATUS_RETIRED)
            continue;
        ++counts.units;
        if (outOfServiceOn(u, today))
            ++counts.outOfService;
        else
            ++counts.available;
    }
    return counts;
}

// ---- ModelCasesController -------------------------------------------------------------------

ModelCasesController::ModelCasesController(QObject* parent)
    : StoreController(parent)
{
}

template <typename T> void ModelCasesController::setSetting(T& member, T value)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT settingsChanged();
    reload();
}

void ModelCasesController::setModelId(const QString& id)
{
    setSetting(m_modelId, id);
}

void ModelCasesController::setPublicOnly(bool publicOnly)
{
    setSetting(m_publicOnly, publicOnly);
}

void ModelCasesController::setLimit(int limit)
{
    setSetting(m_limit, qBound(1, limit, 200));
}

void ModelCasesController::setServiceType(int serviceType)
{
    setSetting(m_serviceType, serviceType);
}

void ModelCasesController::setFacilitySize(int size)
{
    setSetting(m_facilitySize, qBound(0, size, 3));
}

void ModelCasesController::reload()
{
    if (bridge() == nullptr || m_modelId.isEmpty())
        return;
    struct Result {
        bool loaded = false;
        QVariantList cases;
        store::ModelCaseCounts counts;
        QVariantList sessions;
    };
    const std::string id = m_modelId.toStdString();
    store::ModelCaseFilter filter;
    filter.publicOnly = m_publicOnly;
    filter.serviceType = m_serviceType;
    filter.size = static_cast<store::FacilitySize>(m_facilitySize);
    const int limit = m_limit;
    const bool publicOnly = m_publicOnly;
    const auto now = google::protobuf::util::TimeUtil::TimestampToMilliseconds(
        google::protobuf::util::TimeUtil::GetCurrentTime());
    bridge()->run<Result>(
        this,
        [=](DeviceContext& context) {
            Result result;
            if (context.store == nullptr)
                return result;
            auto model = context.store->records().find<EquipmentModel>(id);
            if (!model || !*model)
                return result;
            auto& relations = context.store->relations();
            const int area = (*model)->area();
            if (auto rows = relations.casesOfModel(id, area, filter, limit))
                for (const auto& row : *rows)
                    result.cases.append(caseMap(row));
            if (auto counts = relations.countsOfModel(id, area, publicOnly))
                result.counts = *counts;
            if (!publicOnly) {
                if (auto sessions = relations.sessionsShowing(id, now))
                    for (const auto& s : *sessions) {
                        auto seminar = context.store->records().find<Seminar>(s.seminar_id());
                        const QString title = seminar && *seminar ? qs((*seminar)->title()) : QString();
                        result.sessions.append(QVariantMap {
                            { "sessionId", qs(s.id()) },
                            { "title", title },
                            { "when", formatDateTime(toDateTime(s.starts_at())) },
                            { "venue",
                                s.venue_name().empty()
                                    ? QCoreApplication::translate("EquipmentLinks", "Online")
                                    : qs(s.venue_name()) },
                        });
                    }
            }
            result.loaded = true;
            return result;
        },
        [this](Result result) {
            m_loaded = result.loaded;
            m_cases = std::move(result.cases);
            m_namingCount = static_cast<int>(result.counts.namingModel);
            m_areaCount = static_cast<int>(result.counts.sameArea);
            m_typicalEffect = typicalEffectText(result.counts);
            m_sessions = std::move(result.sessions);
            Q_EMIT changed();
        });
}

// ---- ModelListController --------------------------------------------------------------------

ModelListController::ModelListController(QObject* parent)
    : StoreController(parent)
{
}

void ModelListController::setModelIds(const QStringList& ids)
{
    if (ids == m_modelIds)
        return;
    m_modelIds = ids;
    Q_EMIT settingsChanged();
    reload();
}

void ModelListController::setSessionId(const QString& id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    Q_EMIT settingsChanged();
    reload();
}

void ModelListController::reload()
{
    if (bridge() == nullptr)
        return;
    std::vector<std::string> ids;
    for (const auto& id : m_modelIds)
        ids.push_back(id.toStdString());
    const std::string sessionId = m_sessionId.toStdString();
    const std::string today = todayIso();
    bridge()->run<QVariantList>(
        this,
        [=](DeviceContext& context) {
            QVariantList list;
            if (context.store == nullptr)
                return list;
            auto& records = context.store->records();
            std::vector<EquipmentModel> models;
            if (!sessionId.empty()) {
                if (auto shown = context.store->relations().modelsShownAt(sessionId))
                    models = std::move(*shown);
            }
            for (const auto& id : ids)
                if (auto m = records.find<EquipmentModel>(id); m && *m)
                    models.push_back(std::move(**m));
            for (const auto& m : models)
                list.append(modelMap(m, unitCountsOf(records, m.id(), today)));
            return list;
        },
        [this](QVariantList list) {
            m_models = std::move(list);
            Q_EMIT changed();
        });
}

// ---- ModelCompareController -----------------------------------------------------------------

ModelCompareController::ModelCompareController(QObject* parent)
    : StoreController(parent)
{
}

void ModelCompareController::setModelIds(const QStringList& ids)
{
    const QStringList capped = ids.mid(0, kMaxModels);
    if (capped == m_modelIds)
        return;
    m_modelIds = capped;
    Q_EMIT modelIdsChanged();
    reload();
}

void ModelCompareController::setServiceType(int serviceType)
{
    if (serviceType == m_serviceType)
        return;
    m_serviceType = serviceType;
    Q_EMIT modelIdsChanged();
    reload();
}

void ModelCompareController::reload()
{
    if (bridge() == nullptr)
        return;
    std::vector<std::string> ids;
    for (const auto& id : m_modelIds)
        ids.push_back(id.toStdString());
    const std::string today = todayIso();
    const int serviceType = m_serviceType;
    bridge()->run<QVariantList>(
        this,
        [=](DeviceContext& context) {
            QVariantList rows;
            if (context.store == nullptr)
                return rows;
            auto& records = context.store->records();
            for (const auto& id : ids) {
                auto model = records.find<EquipmentModel>(id);
                if (!model || !*model)
                    continue;
                const EquipmentModel& m = **model;
                QVariantMap row = modelMap(m, unitCountsOf(records, id, today));
                const QString unknown = QCoreApplication::translate("EquipmentLinks", "Not known");
                row.insert("description", qs(m.description()));
                row.insert("priceRange", m.price_range().empty() ? unknown : qs(m.price_range()));
                row.insert("runningCost", m.running_cost().empty() ? unknown : qs(m.running_cost()));
                row.insert("subsidy", m.subsidy_note().empty() ? unknown : qs(m.subsidy_note()));
                row.insert("maxLoanDays", m.max_loan_days());
                if (auto counts = context.store->relations().countsOfModel(id, 0, false, serviceType)) {
                    row.insert("caseCount", static_cast<int>(counts->namingModel));
                    row.insert("typicalEffect",
                        counts->medianImprovement
                            ? typicalEffectText(*counts)
                            : QCoreApplication::translate("EquipmentLinks", "No measured figure yet"));
                }
                rows.append(row);
            }
            return rows;
        },
        [this](QVariantList rows) {
            m_rows = std::move(rows);
            Q_EMIT changed();
        });
}

} // namespace yk::app
