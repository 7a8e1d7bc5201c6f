#include "case_repository.h"

#include "japanese_text.h"
#include "labels.h"
#include "relations.h"
#include "timestamps.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <utility>

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

// The columns collect() reads, in its order; the docid last, read when merging two lists.
constexpr std::string_view kSummaryColumns
    = "c.id, c.title, c.category, c.owner_org_name, c.prefecture_code, c.fiscal_year, c.state, c.docid";

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

// Summaries whose folded title (or title and organisation) holds every term (?1, then ?8
// onwards), newest first: a scan of the summaries' rows instead of index entries for each.
// case_summary_search holds a folded text only where folding changed it (NULL otherwise).
std::string summaryScanQuery(bool titleOnly, std::size_t terms)
{
    const std::string text = titleOnly
        ? "coalesce(t.title, c.title)"
        : "(coalesce(t.title, c.title) || char(10) || coalesce(t.organisation, c.owner_org_name))";
    std::string sql = "SELECT ";
    sql.append(kSummaryColumns)
        .append(" FROM case_summary_search t JOIN cases c ON c.docid = t.docid WHERE ");
    for (std::size_t i = 0; i < terms; ++i) {
        if (i > 0)
            sql.append(" AND ");
        sql.append("instr(")
            .append(text)
            .append(", ?")
            .append(std::to_string(i == 0 ? 1 : 7 + i))
            .append(") > 0");
    }
    sql.append(kFilterClause).append(" ORDER BY t.docid DESC LIMIT ?7");
    return sql;
}

// A summary's payload leaves out what its `cases` row holds word for word; find() puts it back.
std::string summaryPayload(yokoten::v1::GoodPracticeCase record)
{
    record.clear_id();
    record.clear_title();
    record.clear_owner_org_id();
    record.clear_owner_org_name();
    return record.SerializeAsString();
}

StoreStatus fileSummarySearch(Database& db, std::int64_t docid, const yokoten::v1::GoodPracticeCase& record)
{
    auto stmt = db.cached("INSERT INTO case_summary_search (docid, title, organisation) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, docid);
    int column = 2;
    for (const std::string* text : { &record.title(), &record.owner_org_name() }) {
        const std::string folded = normaliseForSearch(*text);
        if (folded == *text)
            (*stmt)->bindNull(column++);
        else
            (*stmt)->bind(column++, folded);
    }
    return (*stmt)->run();
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
    const auto run = [&](const char* sql) -> StoreStatus {
        auto stmt = m_db.cached(sql);
        if (!stmt)
            return stmt.error();
        return (*stmt)->bind(1, docid).run();
    };
    // A summary has a case_summary_search row and no full-text entries; a whole case the
    // other way round.
    if (auto status = run("DELETE FROM case_summary_search WHERE docid = ?1"); !status)
        return status;
    if (sqlite3_changes(m_db.handle()) == 0) {
        // FTS4 external content: the index entries go first, while case_search still holds
        // the text the tokenizer must see to know which terms to remove.
        for (const char* sql :
            { "DELETE FROM case_fts WHERE docid = ?1", "DELETE FROM case_title_fts WHERE docid = ?1",
                "DELETE FROM case_search WHERE docid = ?1" }) {
            if (auto status = run(sql); !status)
                return status;
        }
    }
    for (const char* sql : { "DELETE FROM case_equipment_areas WHERE case_docid = ?1",
             "DELETE FROM case_service_types WHERE case_docid = ?1",
             "DELETE FROM case_models WHERE case_docid = ?1", "DELETE FROM case_payloads WHERE docid = ?1",
             "DELETE FROM cases WHERE docid = ?1" }) {
        if (auto status = run(sql); !status)
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
                           category, state, publication_scope, fiscal_year, title, updated_at,
                           facility_capacity)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, record.id());
    (*insert)->bind(2, record.server_version()).bind(3, record.revision()).bind(4, record.owner_org_id());
    (*insert)->bind(5, record.owner_org_name()).bind(6, record.prefecture_code()).bind(7, record.category());
    (*insert)->bind(8, record.state()).bind(9, record.publication_scope()).bind(10, record.fiscal_year());
    (*insert)->bind(11, record.title()).bind(12, toMillis(record.updated_at()));
    (*insert)->bind(13, record.facility_capacity());
    if (auto status = (*insert)->run(); !status)
        return status;
    const std::int64_t docid = sqlite3_last_insert_rowid(m_db.handle());

    auto payload = m_db.cached("INSERT INTO case_payloads (docid, payload) VALUES (?1, ?2)");
    if (!payload)
        return payload.error();
    const bool summary = record.summary_only();
    const std::string bytes = summary ? summaryPayload(record) : record.SerializeAsString();
    if (auto status = (*payload)->bind(1, docid).bindBlob(2, bytes).run(); !status)
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
    if (summary)
        return fileSummarySearch(m_db, docid, record);

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
    auto stmt = m_db.cached("SELECT p.payload, c.id, c.title, c.owner_org_id, c.owner_org_name"
                            " FROM cases c JOIN case_payloads p ON p.docid = c.docid WHERE c.id = ?1");
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
    const bool parsed = record.ParseFromString((*stmt)->columnBlob(0));
    if (parsed && record.summary_only()) {
        record.set_id((*stmt)->columnText(1));
        record.set_title((*stmt)->columnText(2));
        record.set_owner_org_id((*stmt)->columnText(3));
        record.set_owner_org_name((*stmt)->columnText(4));
    }
    (*stmt)->reset();
    if (!parsed)
        return makeError(StoreErrorCode::Corrupt, "case payload does not parse");
    return std::optional<yokoten::v1::GoodPracticeCase>(std::move(record));
}

StoreResult<std::vector<CaseSummary>> CaseRepository::collect(
    Statement& stmt, std::vector<std::int64_t>* docids)
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
        if (docids != nullptr)
            docids->push_back(stmt.columnInt64(7));
        rows.push_back(std::move(row));
    }
    stmt.reset();
    return rows;
}

StoreResult<std::vector<CaseSummary>> CaseRepository::matches(bool titles, std::string_view match,
    const std::vector<std::string>& terms, const CaseFilter& filter, int limit)
{
    // Whole cases from a bigram index, summaries from a scan of their rows, each newest
    // first; merged by docid, the order of a single list.
    static const std::string titleSql = matchQuery("case_title_fts");
    static const std::string textSql = matchQuery("case_fts");
    std::vector<CaseSummary> lists[2];
    std::vector<std::int64_t> docids[2];
    for (int i = 0; i < 2; ++i) {
        auto stmt
            = m_db.cached(i == 0 ? (titles ? titleSql : textSql) : summaryScanQuery(titles, terms.size()));
        if (!stmt)
            return stmt.error();
        if (i == 0) {
            (*stmt)->bind(1, match);
        } else {
            for (std::size_t t = 0; t < terms.size(); ++t)
                (*stmt)->bind(t == 0 ? 1 : static_cast<int>(7 + t), terms[t]);
        }
        bindFilter(**stmt, filter);
        (*stmt)->bind(7, limit);
        auto found = collect(**stmt, &docids[i]);
        if (!found)
            return found.error();
        lists[i] = std::move(*found);
    }
    std::vector<CaseSummary> rows;
    std::size_t a = 0;
    std::size_t b = 0;
    while (static_cast<int>(rows.size()) < limit && (a < lists[0].size() || b < lists[1].size())) {
        const bool whole = b >= lists[1].size() || (a < lists[0].size() && docids[0][a] > docids[1][b]);
        rows.push_back(std::move(whole ? lists[0][a++] : lists[1][b++]));
    }
    return rows;
}

StoreResult<std::vector<CaseSummary>> CaseRepository::search(
    std::string_view query, const CaseFilter& filter, int limit)
{
    const std::string match = buildMatchExpression(query);
    if (match.empty() || limit <= 0)
        return std::vector<CaseSummary>();
    const std::vector<std::string> terms = searchTerms(query);

    // Two passes, each newest first and stopping at `limit`: cases whose title matches, then
    // cases whose text matches anywhere. Neither pass scores every match, so a query that
    // matches most of 50,000 cases costs about what a rare one does. A summary's text is its
    // title and organisation.

    std::vector<CaseSummary> rows;
    for (const bool titlePass : { true, false }) {
        // Title matches come first, so once they fill the page the text pass cannot change
        // it. This also keeps one-character queries (prefix queries, which FTS4 must answer by
        // merging every doclist of every bigram starting with that character) off the
        // 50,000-case text index whenever titles already answer them.
        if (static_cast<int>(rows.size()) >= limit)
            break;
        // The second pass may meet the first pass's cases again: ask for enough to fill up.
        const int wanted = static_cast<int>(
            std::min<std::int64_t>(static_cast<std::int64_t>(limit) + static_cast<std::int64_t>(rows.size()),
                std::numeric_limits<int>::max()));
        auto found = matches(titlePass, match, terms, filter, wanted);
        if (!found)
            return found.error();
        for (auto& row : *found) {
            if (static_cast<int>(rows.size()) >= limit)
                break;
            const bool seen
                = std::any_of(rows.begin(), rows.end(), [&](const CaseSummary& r) { return r.id == row.id; });
            if (seen)
                continue;
            row.score = titlePass ? kTitleMatchScore : kTextMatchScore;
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

StoreStatus CaseRepository::forEachPayload(Database& db, std::string_view purpose,
    const std::function<StoreStatus(std::int64_t, yokoten::v1::GoodPracticeCase&)>& visit)
{
    auto cases = db.prepare("SELECT docid, payload FROM case_payloads");
    if (!cases)
        return cases.error();
    for (;;) {
        const auto step = cases->step();
        if (step == Statement::Step::Done)
            return {};
        if (step == Statement::Step::Error)
            return cases->lastError(std::string(purpose));
        yokoten::v1::GoodPracticeCase record;
        if (!record.ParseFromString(cases->columnBlob(1)))
            return makeError(StoreErrorCode::Corrupt, "case payload does not parse");
        if (auto status = visit(cases->columnInt64(0), record); !status)
            return status;
    }
}

StoreStatus CaseRepository::separateSummaries(Database& db)
{
    std::vector<std::pair<std::int64_t, yokoten::v1::GoodPracticeCase>> summaries;
    auto read = forEachPayload(db, "read cases to separate summaries",
        [&](std::int64_t docid, yokoten::v1::GoodPracticeCase& record) -> StoreStatus {
            if (record.summary_only())
                summaries.emplace_back(docid, std::move(record));
            return {};
        });
    if (!read)
        return read;
    // A facility tablet holds no summaries: its store stays as it was.
    if (summaries.empty())
        return {};
    for (const auto& [docid, record] : summaries) {
        if (auto status = fileSummarySearch(db, docid, record); !status)
            return status;
        auto payload = db.cached("UPDATE case_payloads SET payload = ?2 WHERE docid = ?1");
        if (!payload)
            return payload.error();
        if (auto status = (*payload)->bind(1, docid).bindBlob(2, summaryPayload(record)).run(); !status)
            return status;
        auto content = db.cached("DELETE FROM case_search WHERE docid = ?1");
        if (!content)
            return content.error();
        if (auto status = (*content)->bind(1, docid).run(); !status)
            return status;
    }
    // The full-text tables now index only the whole cases left in case_search; rebuilding
    // them costs less than deleting each summary's entries one by one.
    return db.exec("INSERT INTO case_fts(case_fts) VALUES('rebuild');"
                   "INSERT INTO case_title_fts(case_title_fts) VALUES('rebuild');");
}

} // namespace yk::store
