#include "case_repository.h"

#include "japanese_text.h"
#include "labels.h"

namespace yk::store {

namespace {

std::int64_t toMillis(const google::protobuf::Timestamp& t)
{
    return t.seconds() * 1000 + t.nanos() / 1'000'000;
}

void appendLine(std::string& out, std::string_view text)
{
    if (text.empty())
        return;
    out.append(text);
    out.push_back('\n');
}

constexpr std::string_view kFilterClause = R"sql(
   AND (?2 = 0 OR c.category = ?2)
   AND (?3 = 0 OR c.prefecture_code = ?3)
   AND (?4 = 0 OR EXISTS (SELECT 1 FROM case_equipment_areas a WHERE a.area = ?4 AND a.case_docid = c.docid))
   AND (?5 = 0 OR EXISTS (SELECT 1 FROM case_service_types s WHERE s.service_type = ?5 AND s.case_docid = c.docid))
   AND (?6 = 0 OR c.state = ?6))sql";

void bindFilter(Statement& stmt, const CaseFilter& filter)
{
    stmt.bind(2, filter.category)
        .bind(3, filter.prefectureCode)
        .bind(4, filter.equipmentArea)
        .bind(5, filter.serviceType)
        .bind(6, filter.state);
}

} // namespace

CaseRepository::CaseRepository(Database& db)
    : m_db(db)
{
}

std::string CaseRepository::indexedBody(const yokoten::v1::GoodPracticeCase& c)
{
    std::string body;
    body.reserve(8192);
    const auto& s = c.sections();
    for (const std::string* section : { &s.background(), &s.purpose(), &s.activities(), &s.effects(),
             &s.next_steps(), &s.hurdles(), &s.solutions(), &s.key_points() })
        appendLine(body, *section);
    for (const auto& technology : c.technologies())
        appendLine(body, technology);
    for (int area : c.equipment_areas())
        appendLine(body, equipmentAreaJa(area));
    for (int service : c.service_types())
        appendLine(body, serviceTypeJa(service));
    for (const auto& metric : c.metrics())
        appendLine(body, metric.label());
    appendLine(body, c.owner_org_name());
    appendLine(body, prefectureNameJa(c.prefecture_code()));
    appendLine(body, c.region());
    appendLine(body, caseCategoryJa(c.category()));
    appendLine(body, c.funding().source());
    return body;
}

StoreStatus CaseRepository::put(const yokoten::v1::GoodPracticeCase& c)
{
    if (c.id().empty())
        return makeError(StoreErrorCode::InvalidArgument, "case without id");

    // Look up the stable docid; FTS4 external content needs the old text removed from the
    // index (it reads it from case_search) before case_search changes.
    auto findDoc = m_db.cached("SELECT docid FROM cases WHERE id = ?1");
    if (!findDoc)
        return findDoc.error();
    (*findDoc)->bind(1, c.id());
    std::int64_t docid = 0;
    switch ((*findDoc)->step()) {
    case Statement::Step::Row:
        docid = (*findDoc)->columnInt64(0);
        break;
    case Statement::Step::Done:
        break;
    case Statement::Step::Error:
        return (*findDoc)->lastError("find case");
    }
    (*findDoc)->reset();

    const std::string payload = c.SerializeAsString();
    if (docid != 0) {
        auto unindex = m_db.cached("DELETE FROM case_fts WHERE docid = ?1");
        if (!unindex)
            return unindex.error();
        if (auto status = (*unindex)->bind(1, docid).run(); !status)
            return status;
        for (const char* sql : { "DELETE FROM case_search WHERE docid = ?1",
                 "DELETE FROM case_equipment_areas WHERE case_docid = ?1",
                 "DELETE FROM case_service_types WHERE case_docid = ?1" }) {
            auto stmt = m_db.cached(sql);
            if (!stmt)
                return stmt.error();
            if (auto status = (*stmt)->bind(1, docid).run(); !status)
                return status;
        }
        auto update = m_db.cached(R"sql(
            UPDATE cases SET server_version = ?2, revision = ?3, owner_org_id = ?4, owner_org_name = ?5,
                prefecture_code = ?6, category = ?7, state = ?8, publication_scope = ?9, fiscal_year = ?10,
                title = ?11, updated_at = ?12, payload = ?13
            WHERE docid = ?1)sql");
        if (!update)
            return update.error();
        (*update)->bind(1, docid);
        (*update)->bind(2, c.server_version()).bind(3, c.revision()).bind(4, c.owner_org_id());
        (*update)->bind(5, c.owner_org_name()).bind(6, c.prefecture_code()).bind(7, c.category());
        (*update)->bind(8, c.state()).bind(9, c.publication_scope()).bind(10, c.fiscal_year());
        (*update)->bind(11, c.title()).bind(12, toMillis(c.updated_at())).bindBlob(13, payload);
        if (auto status = (*update)->run(); !status)
            return status;
    } else {
        auto insert = m_db.cached(R"sql(
            INSERT INTO cases (id, server_version, revision, owner_org_id, owner_org_name, prefecture_code,
                               category, state, publication_scope, fiscal_year, title, updated_at, payload)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
        if (!insert)
            return insert.error();
        (*insert)->bind(1, c.id());
        (*insert)->bind(2, c.server_version()).bind(3, c.revision()).bind(4, c.owner_org_id());
        (*insert)->bind(5, c.owner_org_name()).bind(6, c.prefecture_code()).bind(7, c.category());
        (*insert)->bind(8, c.state()).bind(9, c.publication_scope()).bind(10, c.fiscal_year());
        (*insert)->bind(11, c.title()).bind(12, toMillis(c.updated_at())).bindBlob(13, payload);
        if (auto status = (*insert)->run(); !status)
            return status;
        docid = sqlite3_last_insert_rowid(m_db.handle());
    }

    for (int area : c.equipment_areas()) {
        auto stmt
            = m_db.cached("INSERT OR IGNORE INTO case_equipment_areas (case_docid, area) VALUES (?1, ?2)");
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).bind(2, area).run(); !status)
            return status;
    }
    for (int service : c.service_types()) {
        auto stmt = m_db.cached(
            "INSERT OR IGNORE INTO case_service_types (case_docid, service_type) VALUES (?1, ?2)");
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).bind(2, service).run(); !status)
            return status;
    }

    const std::string title = normaliseForSearch(c.title());
    const std::string body = normaliseForSearch(indexedBody(c));
    auto content = m_db.cached("INSERT INTO case_search (docid, title, body) VALUES (?1, ?2, ?3)");
    if (!content)
        return content.error();
    if (auto status = (*content)->bind(1, docid).bind(2, title).bind(3, body).run(); !status)
        return status;
    auto index = m_db.cached("INSERT INTO case_fts (docid, title, body) VALUES (?1, ?2, ?3)");
    if (!index)
        return index.error();
    return (*index)->bind(1, docid).bind(2, title).bind(3, body).run();
}

StoreStatus CaseRepository::remove(std::string_view id)
{
    auto findDoc = m_db.cached("SELECT docid FROM cases WHERE id = ?1");
    if (!findDoc)
        return findDoc.error();
    (*findDoc)->bind(1, id);
    const auto step = (*findDoc)->step();
    if (step == Statement::Step::Error)
        return (*findDoc)->lastError("find case");
    if (step == Statement::Step::Done)
        return {};
    const std::int64_t docid = (*findDoc)->columnInt64(0);
    (*findDoc)->reset();
    for (const char* sql :
        { "DELETE FROM case_fts WHERE docid = ?1", "DELETE FROM case_search WHERE docid = ?1",
            "DELETE FROM case_equipment_areas WHERE case_docid = ?1",
            "DELETE FROM case_service_types WHERE case_docid = ?1", "DELETE FROM cases WHERE docid = ?1" }) {
        auto stmt = m_db.cached(sql);
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).run(); !status)
            return status;
    }
    return {};
}

StoreResult<std::optional<yokoten::v1::GoodPracticeCase>> CaseRepository::find(std::string_view id)
{
    auto stmt = m_db.cached("SELECT payload FROM cases WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    switch ((*stmt)->step()) {
    case Statement::Step::Done:
        return std::optional<yokoten::v1::GoodPracticeCase>();
    case Statement::Step::Error:
        return (*stmt)->lastError("read case");
    case Statement::Step::Row:
        break;
    }
    yokoten::v1::GoodPracticeCase record;
    const std::string payload = (*stmt)->columnBlob(0);
    (*stmt)->reset();
    if (!record.ParseFromString(payload))
        return makeError(StoreErrorCode::Corrupt, "case payload does not parse");
    return std::optional<yokoten::v1::GoodPracticeCase>(std::move(record));
}

StoreResult<std::vector<CaseSummary>> CaseRepository::collect(Statement& stmt, bool withScore)
{
    std::vector<CaseSummary> rows;
    for (;;) {
        const auto step = stmt.step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            StoreError error = stmt.lastError("list cases");
            stmt.reset();
            return error;
        }
        CaseSummary row;
        row.id = stmt.columnText(0);
        row.title = stmt.columnText(1);
        row.category = static_cast<int>(stmt.columnInt64(2));
        row.organisationName = stmt.columnText(3);
        row.prefectureCode = static_cast<int>(stmt.columnInt64(4));
        row.fiscalYear = static_cast<int>(stmt.columnInt64(5));
        row.state = static_cast<int>(stmt.columnInt64(6));
        row.score = withScore ? stmt.columnDouble(7) : 0.0;
        rows.push_back(std::move(row));
    }
    stmt.reset();
    return rows;
}

StoreResult<std::vector<CaseSummary>> CaseRepository::search(
    std::string_view query, const CaseFilter& filter, int limit)
{
    const std::string match = buildMatchExpression(query);
    if (match.empty())
        return std::vector<CaseSummary>();
    static const std::string sql = std::string(R"sql(
        SELECT c.id, c.title, c.category, c.owner_org_name, c.prefecture_code, c.fiscal_year, c.state,
               yk_rank(matchinfo(case_fts, 'pcy'), 10.0, 1.0) AS score
          FROM case_fts JOIN cases c ON c.docid = case_fts.docid
         WHERE case_fts MATCH ?1)sql")
        + std::string(kFilterClause) + " ORDER BY score DESC, c.updated_at DESC LIMIT ?7";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, match);
    bindFilter(**stmt, filter);
    (*stmt)->bind(7, limit);
    return collect(**stmt, true);
}

StoreResult<std::vector<CaseSummary>> CaseRepository::browse(const CaseFilter& filter, int limit, int offset)
{
    static const std::string sql = std::string(R"sql(
        SELECT c.id, c.title, c.category, c.owner_org_name, c.prefecture_code, c.fiscal_year, c.state
          FROM cases c WHERE 1)sql")
        + std::string(kFilterClause) + " ORDER BY c.updated_at DESC, c.docid DESC LIMIT ?7 OFFSET ?8";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, std::int64_t { 0 }); // ?1 is unused when browsing; bound for uniformity
    bindFilter(**stmt, filter);
    (*stmt)->bind(7, limit).bind(8, offset);
    return collect(**stmt, false);
}

StoreResult<std::int64_t> CaseRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM cases");
}

} // namespace yk::store
