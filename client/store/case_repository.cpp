#include "case_repository.h"

#include "japanese_text.h"
#include "labels.h"
#include "relations.h"
#include "timestamps.h"

#include <algorithm>

namespace yk::store {

namespace {

void appendLine(std::string& out, std::string_view text)
{
    if (text.empty())
        return;
    out.append(text);
    out.push_back('\n');
}

constexpr double kTitleMatchScore = 2.0;
constexpr double kTextMatchScore = 1.0;

// The columns collect() reads, in its order.
constexpr std::string_view kSummaryColumns
    = "c.id, c.title, c.category, c.owner_org_name, c.prefecture_code, c.fiscal_year, c.state";

constexpr std::string_view kFilterClause = R"sql(
   AND (?2 = 0 OR c.category = ?2)
   AND (?3 = 0 OR c.prefecture_code = ?3)
   AND (?4 = 0 OR EXISTS (SELECT 1 FROM case_equipment_areas a WHERE a.area = ?4 AND a.case_docid = c.docid))
   AND (?5 = 0 OR EXISTS (SELECT 1 FROM case_service_types s WHERE s.service_type = ?5 AND s.case_docid = c.docid))
   AND (?6 = 0 OR c.state = ?6))sql";

// Matches in one FTS table joined to their list rows, filtered, newest first.
std::string matchQuery(std::string_view ftsTable)
{
    std::string sql = "SELECT ";
    sql.append(kSummaryColumns).append(" FROM ");
    sql.append(ftsTable).append(" f JOIN cases c ON c.docid = f.docid WHERE ").append(ftsTable);
    sql.append(" MATCH ?1").append(kFilterClause).append(" ORDER BY f.docid DESC LIMIT ?7");
    return sql;
}

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

std::string CaseRepository::indexedBody(const yokoten::v1::GoodPracticeCase& record)
{
    std::string body;
    body.reserve(8192);
    const auto& s = record.sections();
    for (const std::string* section : { &s.background(), &s.purpose(), &s.activities(), &s.effects(),
             &s.next_steps(), &s.hurdles(), &s.solutions(), &s.key_points() })
        appendLine(body, *section);
    for (const auto& technology : record.technologies())
        appendLine(body, technology);
    for (int area : record.equipment_areas())
        appendLine(body, equipmentAreaJa(area));
    for (int service : record.service_types())
        appendLine(body, serviceTypeJa(service));
    for (const auto& metric : record.metrics())
        appendLine(body, metric.label());
    appendLine(body, record.owner_org_name());
    appendLine(body, prefectureNameJa(record.prefecture_code()));
    appendLine(body, record.region());
    appendLine(body, caseCategoryJa(record.category()));
    appendLine(body, record.funding().source());
    return body;
}

StoreResult<std::int64_t> CaseRepository::docidOf(std::string_view id)
{
    auto findDoc = m_db.cached("SELECT docid FROM cases WHERE id = ?1");
    if (!findDoc)
        return findDoc.error();
    (*findDoc)->bind(1, id);
    switch ((*findDoc)->step()) {
    case Statement::Step::Row: {
        const std::int64_t docid = (*findDoc)->columnInt64(0);
        (*findDoc)->reset();
        return docid;
    }
    case Statement::Step::Done:
        (*findDoc)->reset();
        return std::int64_t { 0 };
    case Statement::Step::Error:
        break;
    }
    return (*findDoc)->lastError("find case");
}

StoreStatus CaseRepository::removeDoc(std::int64_t docid)
{
    // FTS4 external content: the index entries go first, while case_search still holds the
    // text the tokenizer must see to know which terms to remove.
    for (const char* sql : { "DELETE FROM case_fts WHERE docid = ?1",
             "DELETE FROM case_title_fts WHERE docid = ?1", "DELETE FROM case_search WHERE docid = ?1",
             "DELETE FROM case_equipment_areas WHERE case_docid = ?1",
             "DELETE FROM case_service_types WHERE case_docid = ?1",
             "DELETE FROM case_models WHERE case_docid = ?1", "DELETE FROM case_payloads WHERE docid = ?1",
             "DELETE FROM cases WHERE docid = ?1" }) {
        auto stmt = m_db.cached(sql);
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).run(); !status)
            return status;
    }
    return {};
}

StoreStatus CaseRepository::put(const yokoten::v1::GoodPracticeCase& record)
{
    if (record.id().empty())
        return makeError(StoreErrorCode::InvalidArgument, "case without id");
    // A case and its index entries change together or not at all, even outside a transaction.
    auto savepoint = Savepoint::begin(m_db);
    if (!savepoint)
        return savepoint.error();
    if (auto status = write(record); !status)
        return status;
    return (*savepoint)->release();
}

StoreStatus CaseRepository::putInTransaction(const yokoten::v1::GoodPracticeCase& record)
{
    if (record.id().empty())
        return makeError(StoreErrorCode::InvalidArgument, "case without id");
    if (sqlite3_get_autocommit(m_db.handle()) != 0)
        return makeError(StoreErrorCode::Internal, "putInTransaction outside a transaction");
    return write(record);
}

StoreStatus CaseRepository::write(const yokoten::v1::GoodPracticeCase& record)
{
    // A changed case is written afresh under a new docid rather than updated in place: docid
    // order then means "most recently written on this device", which is the order the
    // search returns matches in (see search()).
    auto existing = docidOf(record.id());
    if (!existing)
        return existing.error();
    if (*existing != 0) {
        if (auto status = removeDoc(*existing); !status)
            return status;
    }

    auto insert = m_db.cached(R"sql(
        INSERT INTO cases (id, server_version, revision, owner_org_id, owner_org_name, prefecture_code,
                           category, state, publication_scope, fiscal_year, title, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, record.id());
    (*insert)->bind(2, record.server_version()).bind(3, record.revision()).bind(4, record.owner_org_id());
    (*insert)->bind(5, record.owner_org_name()).bind(6, record.prefecture_code()).bind(7, record.category());
    (*insert)->bind(8, record.state()).bind(9, record.publication_scope()).bind(10, record.fiscal_year());
    (*insert)->bind(11, record.title()).bind(12, toMillis(record.updated_at()));
    if (auto status = (*insert)->run(); !status)
        return status;
    const std::int64_t docid = sqlite3_last_insert_rowid(m_db.handle());

    auto payload = m_db.cached("INSERT INTO case_payloads (docid, payload) VALUES (?1, ?2)");
    if (!payload)
        return payload.error();
    if (auto status = (*payload)->bind(1, docid).bindBlob(2, record.SerializeAsString()).run(); !status)
        return status;

    for (int area : record.equipment_areas()) {
        auto stmt
            = m_db.cached("INSERT OR IGNORE INTO case_equipment_areas (case_docid, area) VALUES (?1, ?2)");
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).bind(2, area).run(); !status)
            return status;
    }
    for (int service : record.service_types()) {
        auto stmt = m_db.cached(
            "INSERT OR IGNORE INTO case_service_types (case_docid, service_type) VALUES (?1, ?2)");
        if (!stmt)
            return stmt.error();
        if (auto status = (*stmt)->bind(1, docid).bind(2, service).run(); !status)
            return status;
    }

    if (auto status = RelationRepository::linkCase(m_db, docid, record); !status)
        return status;

    const std::string title = normaliseForSearch(record.title());
    std::string fulltext = title;
    fulltext.push_back('\n');
    fulltext += normaliseForSearch(indexedBody(record));
    auto content = m_db.cached("INSERT INTO case_search (docid, title, fulltext) VALUES (?1, ?2, ?3)");
    if (!content)
        return content.error();
    if (auto status = (*content)->bind(1, docid).bind(2, title).bind(3, fulltext).run(); !status)
        return status;
    auto titleIndex = m_db.cached("INSERT INTO case_title_fts (docid, title) VALUES (?1, ?2)");
    if (!titleIndex)
        return titleIndex.error();
    if (auto status = (*titleIndex)->bind(1, docid).bind(2, title).run(); !status)
        return status;
    auto textIndex = m_db.cached("INSERT INTO case_fts (docid, fulltext) VALUES (?1, ?2)");
    if (!textIndex)
        return textIndex.error();
    if (auto status = (*textIndex)->bind(1, docid).bind(2, fulltext).run(); !status)
        return status;
    return {};
}

StoreStatus CaseRepository::remove(std::string_view id)
{
    auto docid = docidOf(id);
    if (!docid)
        return docid.error();
    if (*docid == 0)
        return {};
    auto savepoint = Savepoint::begin(m_db);
    if (!savepoint)
        return savepoint.error();
    if (auto status = removeDoc(*docid); !status)
        return status;
    return (*savepoint)->release();
}

StoreResult<std::optional<yokoten::v1::GoodPracticeCase>> CaseRepository::find(std::string_view id)
{
    auto stmt = m_db.cached(
        "SELECT p.payload FROM cases c JOIN case_payloads p ON p.docid = c.docid WHERE c.id = ?1");
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

StoreResult<std::vector<CaseSummary>> CaseRepository::collect(Statement& stmt)
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
        rows.push_back(std::move(row));
    }
    stmt.reset();
    return rows;
}

StoreResult<std::vector<CaseSummary>> CaseRepository::search(
    std::string_view query, const CaseFilter& filter, int limit)
{
    const std::string match = buildMatchExpression(query);
    if (match.empty() || limit <= 0)
        return std::vector<CaseSummary>();

    // Two passes, each newest first and stopping at `limit`: cases whose title matches, then
    // cases whose text matches anywhere. Neither pass scores every match, so a query that
    // matches most of 50,000 cases costs about what a rare one does.
    static const std::string titleSql = matchQuery("case_title_fts");
    static const std::string fulltextSql = matchQuery("case_fts");

    std::vector<CaseSummary> rows;
    for (const auto& [sql, score] :
        { std::pair { &titleSql, kTitleMatchScore }, std::pair { &fulltextSql, kTextMatchScore } }) {
        // Title matches come first, so once they fill the page the text pass cannot change
        // it. This also keeps one-character queries (prefix queries, which FTS4 must answer by
        // merging every doclist of every bigram starting with that character) off the
        // 50,000-case text index whenever titles already answer them.
        if (static_cast<int>(rows.size()) >= limit)
            break;
        auto stmt = m_db.cached(*sql);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, match);
        bindFilter(**stmt, filter);
        // The second pass may meet the first pass's cases again: ask for enough to fill up.
        (*stmt)->bind(7, static_cast<std::int64_t>(limit) + static_cast<std::int64_t>(rows.size()));
        auto found = collect(**stmt);
        if (!found)
            return found.error();
        for (auto& row : *found) {
            if (static_cast<int>(rows.size()) >= limit)
                break;
            const bool seen
                = std::any_of(rows.begin(), rows.end(), [&](const CaseSummary& r) { return r.id == row.id; });
            if (seen)
                continue;
            row.score = score;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

StoreResult<std::vector<CaseSummary>> CaseRepository::browse(const CaseFilter& filter, int limit, int offset)
{
    static const std::string sql = "SELECT " + std::string(kSummaryColumns) + " FROM cases c WHERE 1"
        + std::string(kFilterClause) + " ORDER BY c.updated_at DESC, c.docid DESC LIMIT ?7 OFFSET ?8";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, std::int64_t { 0 }); // ?1 is unused when browsing; bound for uniformity
    bindFilter(**stmt, filter);
    (*stmt)->bind(7, limit).bind(8, offset);
    return collect(**stmt);
}

StoreResult<std::int64_t> CaseRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM cases");
}

} // namespace yk::store
