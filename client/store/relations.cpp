#include "relations.h"

#include "case_repository.h"
#include "timestamps.h"

#include <cmath>
#include <limits>
#include <utility>

namespace yk::store {

using namespace yokoten::v1;

namespace {

constexpr int kPublished = CASE_STATE_PUBLISHED;
// Facility sizes by places (定員): small below 30, large from 80.
constexpr int kMediumFrom = 30;
constexpr int kLargeFrom = 80;

// The columns appendModelCases() reads, in its order. ?2 = public only, ?3 = service type,
// ?5 ≤ capacity < ?6 (?6 = 0: any size; cases.facility_capacity, so no payload is read for
// a row the filter drops).
constexpr std::string_view kModelCaseColumns
    = "c.id, c.title, c.owner_org_name, c.prefecture_code, c.fiscal_year, p.payload";
constexpr std::string_view kPublishedClause = R"sql(
   AND c.state = 3
   AND (?2 = 0 OR c.publication_scope = 3)
   AND (?3 = 0 OR EXISTS (SELECT 1 FROM case_service_types s WHERE s.service_type = ?3 AND s.case_docid = c.docid))
   AND (?6 = 0 OR (c.facility_capacity >= ?5 AND c.facility_capacity < ?6)))sql";

const std::string& namingSql()
{
    // The primary key (model_id, case_docid) walked backwards: newest written first, no sort.
    static const std::string sql = "SELECT " + std::string(kModelCaseColumns)
        + " FROM case_models m JOIN cases c ON c.docid = m.case_docid"
          " JOIN case_payloads p ON p.docid = c.docid WHERE m.model_id = ?1"
        + std::string(kPublishedClause) + " ORDER BY m.case_docid DESC";
    return sql;
}

const std::string& sameAreaSql()
{
    static const std::string sql = "SELECT " + std::string(kModelCaseColumns)
        + " FROM case_equipment_areas a JOIN cases c ON c.docid = a.case_docid"
          " JOIN case_payloads p ON p.docid = c.docid WHERE a.area = ?1"
        + std::string(kPublishedClause)
        + " AND NOT EXISTS (SELECT 1 FROM case_models m WHERE m.model_id = ?4 AND m.case_docid = "
          "a.case_docid)"
          " ORDER BY a.case_docid DESC";
    return sql;
}

// The capacity range [first, second) of a size; {0, 0} for any size.
std::pair<int, int> capacityRange(FacilitySize size)
{
    switch (size) {
    case FacilitySize::Small:
        return { 1, kMediumFrom };
    case FacilitySize::Medium:
        return { kMediumFrom, kLargeFrom };
    case FacilitySize::Large:
        return { kLargeFrom, std::numeric_limits<int>::max() };
    case FacilitySize::Any:
        break;
    }
    return { 0, 0 };
}

// Steps through `stmt` (bound by the caller) and appends its rows until `rows` holds `limit`.
StoreStatus appendModelCases(Statement& stmt, bool namesModel, int limit, std::vector<ModelCase>& rows)
{
    while (static_cast<int>(rows.size()) < limit) {
        const auto step = stmt.step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            StoreError error = stmt.lastError("list a model's cases");
            stmt.reset();
            return error;
        }
        GoodPracticeCase record;
        if (!record.ParseFromString(stmt.columnBlob(5))) {
            stmt.reset();
            return makeError(StoreErrorCode::Corrupt, "case payload does not parse");
        }
        ModelCase row;
        row.id = stmt.columnText(0);
        row.title = stmt.columnText(1);
        row.organisationName = stmt.columnText(2);
        row.prefectureCode = static_cast<int>(stmt.columnInt64(3));
        row.fiscalYear = static_cast<int>(stmt.columnInt64(4));
        row.serviceTypes.assign(record.service_types().begin(), record.service_types().end());
        row.facilityCapacity = record.facility_capacity();
        row.namesModel = namesModel;
        if (record.metrics_size() > 0)
            row.headline = record.metrics(0);
        rows.push_back(std::move(row));
    }
    stmt.reset();
    return {};
}

StoreStatus runEach(Database& db, const char* sql, const auto& bind)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    bind(**stmt);
    return (*stmt)->run();
}

} // namespace

FacilitySize facilitySizeOf(int capacity)
{
    if (capacity <= 0)
        return FacilitySize::Any;
    if (capacity < kMediumFrom)
        return FacilitySize::Small;
    if (capacity < kLargeFrom)
        return FacilitySize::Medium;
    return FacilitySize::Large;
}

std::optional<double> improvementOf(const MetricPair& metric)
{
    if (metric.before_value() == 0 || !std::isfinite(metric.before_value())
        || !std::isfinite(metric.after_value()))
        return std::nullopt;
    const double change = (metric.after_value() - metric.before_value()) / std::fabs(metric.before_value());
    return metric.lower_is_better() ? -change : change;
}

RelationRepository::RelationRepository(Database& db)
    : m_db(db)
{
}

StoreResult<std::vector<ModelCase>> RelationRepository::casesOfModel(
    std::string_view modelId, int area, const ModelCaseFilter& filter, int limit)
{
    std::vector<ModelCase> rows;
    if (limit <= 0)
        return rows;
    auto naming = m_db.cached(namingSql());
    if (!naming)
        return naming.error();
    const auto [minCapacity, capacityBound] = capacityRange(filter.size);
    (*naming)->bind(1, modelId).bind(2, filter.publicOnly ? 1 : 0).bind(3, filter.serviceType);
    (*naming)->bind(5, minCapacity).bind(6, capacityBound);
    if (auto status = appendModelCases(**naming, true, limit, rows); !status)
        return status.error();
    if (area == 0 || static_cast<int>(rows.size()) >= limit)
        return rows;
    auto sameArea = m_db.cached(sameAreaSql());
    if (!sameArea)
        return sameArea.error();
    (*sameArea)
        ->bind(1, area)
        .bind(2, filter.publicOnly ? 1 : 0)
        .bind(3, filter.serviceType)
        .bind(4, modelId);
    (*sameArea)->bind(5, minCapacity).bind(6, capacityBound);
    if (auto status = appendModelCases(**sameArea, false, limit, rows); !status)
        return status.error();
    return rows;
}

StoreResult<ModelCaseCounts> RelationRepository::countsOfModel(
    std::string_view modelId, int area, bool publicOnly, int serviceType)
{
    ModelCaseCounts counts;
    const int onlyPublic = publicOnly ? 1 : 0;
    auto naming = m_db.cached(R"sql(
        SELECT count(*), count(m.improvement) FROM case_models m JOIN cases c ON c.docid = m.case_docid
         WHERE m.model_id = ?1 AND c.state = ?2 AND (?3 = 0 OR c.publication_scope = 3)
           AND (?9 = 0 OR EXISTS (SELECT 1 FROM case_service_types s
                                   WHERE s.service_type = ?9 AND s.case_docid = c.docid)))sql");
    if (!naming)
        return naming.error();
    (*naming)->bind(1, modelId).bind(2, kPublished).bind(3, onlyPublic).bind(9, serviceType);
    if ((*naming)->step() != Statement::Step::Row) {
        StoreError error = (*naming)->lastError("count a model's cases");
        (*naming)->reset();
        return error;
    }
    counts.namingModel = (*naming)->columnInt64(0);
    counts.withFigure = (*naming)->columnInt64(1);
    (*naming)->reset();

    if (counts.withFigure > 0) {
        // The middle one or two of the sorted improvements (an index would not help: a model
        // has hundreds of cases at most, read once per page).
        auto middle = m_db.cached(R"sql(
            SELECT m.improvement FROM case_models m JOIN cases c ON c.docid = m.case_docid
             WHERE m.model_id = ?1 AND c.state = ?2 AND (?3 = 0 OR c.publication_scope = 3)
               AND m.improvement IS NOT NULL
               AND (?9 = 0 OR EXISTS (SELECT 1 FROM case_service_types s
                                       WHERE s.service_type = ?9 AND s.case_docid = c.docid))
             ORDER BY m.improvement LIMIT ?4 OFFSET ?5)sql");
        if (!middle)
            return middle.error();
        const std::int64_t n = counts.withFigure;
        (*middle)->bind(1, modelId).bind(2, kPublished).bind(3, onlyPublic).bind(9, serviceType);
        (*middle)->bind(4, n % 2 == 0 ? 2 : 1).bind(5, (n - 1) / 2);
        auto values = storage::collectRows<double>(
            **middle, "median of a model's cases", [](Statement& row) { return row.columnDouble(0); });
        if (!values)
            return values.error();
        if (!values->empty()) {
            double sum = 0;
            for (double v : *values)
                sum += v;
            counts.medianImprovement = sum / static_cast<double>(values->size());
        }
    }

    if (area != 0) {
        auto sameArea = m_db.cached(R"sql(
            SELECT count(*) FROM case_equipment_areas a JOIN cases c ON c.docid = a.case_docid
             WHERE a.area = ?1 AND c.state = ?2 AND (?3 = 0 OR c.publication_scope = 3)
               AND NOT EXISTS (SELECT 1 FROM case_models m WHERE m.model_id = ?4 AND m.case_docid = a.case_docid)
               AND (?9 = 0 OR EXISTS (SELECT 1 FROM case_service_types s
                                       WHERE s.service_type = ?9 AND s.case_docid = c.docid)))sql");
        if (!sameArea)
            return sameArea.error();
        (*sameArea)
            ->bind(1, area)
            .bind(2, kPublished)
            .bind(3, onlyPublic)
            .bind(4, modelId)
            .bind(9, serviceType);
        if ((*sameArea)->step() != Statement::Step::Row) {
            StoreError error = (*sameArea)->lastError("count an area's cases");
            (*sameArea)->reset();
            return error;
        }
        counts.sameArea = (*sameArea)->columnInt64(0);
        (*sameArea)->reset();
    }
    return counts;
}

StoreResult<std::vector<SeminarSession>> RelationRepository::sessionsShowing(
    std::string_view modelId, std::int64_t fromMillis)
{
    auto stmt = m_db.cached(R"sql(
        SELECT s.payload FROM session_models sm JOIN seminar_sessions s ON s.id = sm.session_id
         WHERE sm.model_id = ?1 ORDER BY s.starts_at, s.id)sql");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, modelId);
    auto payloads = storage::collectRows<std::string>(
        **stmt, "sessions showing a model", [](Statement& row) { return row.columnBlob(0); });
    if (!payloads)
        return payloads.error();
    std::vector<SeminarSession> sessions;
    for (const auto& payload : *payloads) {
        SeminarSession session;
        if (!session.ParseFromString(payload))
            return makeError(StoreErrorCode::Corrupt, "seminar session payload does not parse");
        const auto& end = session.has_ends_at() ? session.ends_at() : session.starts_at();
        if (session.cancelled() || toMillis(end) < fromMillis)
            continue;
        sessions.push_back(std::move(session));
    }
    return sessions;
}

StoreResult<std::vector<EquipmentModel>> RelationRepository::modelsShownAt(std::string_view sessionId)
{
    auto stmt = m_db.cached(R"sql(
        SELECT m.payload FROM session_models sm JOIN equipment_models m ON m.id = sm.model_id
         WHERE sm.session_id = ?1 ORDER BY m.area, m.name)sql");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sessionId);
    auto payloads = storage::collectRows<std::string>(
        **stmt, "models shown at a session", [](Statement& row) { return row.columnBlob(0); });
    if (!payloads)
        return payloads.error();
    std::vector<EquipmentModel> models;
    for (const auto& payload : *payloads) {
        if (!models.emplace_back().ParseFromString(payload))
            return makeError(StoreErrorCode::Corrupt, "equipment model payload does not parse");
    }
    return models;
}

StoreStatus RelationRepository::linkCase(Database& db, std::int64_t docid, const GoodPracticeCase& record)
{
    std::optional<double> improvement;
    if (record.metrics_size() > 0)
        improvement = improvementOf(record.metrics(0));
    for (const auto& modelId : record.equipment_model_ids()) {
        auto status = runEach(db,
            "INSERT OR IGNORE INTO case_models (model_id, case_docid, improvement) VALUES (?1, ?2, ?3)",
            [&](Statement& stmt) {
                stmt.bind(1, modelId).bind(2, docid);
                if (improvement)
                    stmt.bind(3, *improvement);
                else
                    stmt.bindNull(3);
            });
        if (!status)
            return status;
    }
    return {};
}

StoreStatus RelationRepository::linkSession(Database& db, const SeminarSession& session)
{
    if (auto status = unlinkSession(db, session.id()); !status)
        return status;
    for (const auto& modelId : session.shown_model_ids()) {
        auto status
            = runEach(db, "INSERT OR IGNORE INTO session_models (model_id, session_id) VALUES (?1, ?2)",
                [&](Statement& stmt) { stmt.bind(1, modelId).bind(2, session.id()); });
        if (!status)
            return status;
    }
    return {};
}

StoreStatus RelationRepository::unlinkSession(Database& db, std::string_view sessionId)
{
    return runEach(
        db, "DELETE FROM session_models WHERE session_id = ?1", [&](Statement& s) { s.bind(1, sessionId); });
}

StoreStatus RelationRepository::rebuild(Database& db)
{
    if (auto status = db.exec("DELETE FROM case_models; DELETE FROM session_models;"); !status)
        return status;
    auto cases = CaseRepository::forEachPayload(
        db, "read cases to link", [&db](std::int64_t docid, GoodPracticeCase& record) -> StoreStatus {
            if (auto status = linkCase(db, docid, record); !status)
                return status;
            auto capacity = db.cached("UPDATE cases SET facility_capacity = ?1 WHERE docid = ?2");
            if (!capacity)
                return capacity.error();
            return (*capacity)->bind(1, record.facility_capacity()).bind(2, docid).run();
        });
    if (!cases)
        return cases;
    auto sessions = db.prepare("SELECT payload FROM seminar_sessions");
    if (!sessions)
        return sessions.error();
    for (;;) {
        const auto step = sessions->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error)
            return sessions->lastError("read sessions to link");
        SeminarSession session;
        if (!session.ParseFromString(sessions->columnBlob(0)))
            return makeError(StoreErrorCode::Corrupt, "seminar session payload does not parse");
        if (auto status = linkSession(db, session); !status)
            return status;
    }
    return {};
}

} // namespace yk::store
