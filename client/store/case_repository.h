#pragma once

#include "storage_names.h"

#include "yokoten/v1/case.pb.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::store {

/// Narrows a case list or search; 0 means "any" for every field (wire enum values otherwise).
struct CaseFilter {
    int category = 0;
    int prefectureCode = 0;
    int equipmentArea = 0;
    int serviceType = 0;
    int state = 0;
};

/// What a list row shows of a case.
struct CaseSummary {
    std::string id;
    std::string title;
    int category = 0;
    std::string organisationName;
    int prefectureCode = 0;
    int fiscalYear = 0;
    int state = 0;
    double score = 0; ///< search: 2 = the title matches, 1 = the text matches; 0 when browsing
};

/// Good-practice cases in the local store, with their Japanese full-text index kept in step.
/// A whole case is in the bigram indexes; a case summary (summary_only, on an attendee phone
/// or a kiosk) is searched by a scan of its title and organisation (case_summary_search) and
/// keeps a payload without what its `cases` row holds (docs/architecture.md, "Japanese search").
/// Each write is atomic on its own (a savepoint); callers group many writes in one transaction
/// (one per sync page) for speed.
class CaseRepository {
public:
    explicit CaseRepository(Database& db);

    /// Inserts or replaces a case (by id) and re-indexes it, atomically (a savepoint).
    StoreStatus put(const yokoten::v1::GoodPracticeCase& record);
    /// The same without a savepoint of its own, for bulk writes (a sync page): the caller
    /// holds a transaction and rolls all of it back if this fails. A savepoint per case costs
    /// an encrypted statement journal; a page of a thousand cases needs only its transaction.
    StoreStatus putInTransaction(const yokoten::v1::GoodPracticeCase& record);
    /// Removes a case and its index entries; removing an unknown id is not an error.
    StoreStatus remove(std::string_view id);
    StoreResult<std::optional<yokoten::v1::GoodPracticeCase>> find(std::string_view id);
    /// Full-text search: cases whose title matches first, then cases whose text matches,
    /// each most recently written first. An empty or unsearchable query returns no rows. A
    /// summary's text is its title and organisation.
    StoreResult<std::vector<CaseSummary>> search(
        std::string_view query, const CaseFilter& filter = {}, int limit = 50);
    /// Newest first, for browsing without a query.
    StoreResult<std::vector<CaseSummary>> browse(
        const CaseFilter& filter = {}, int limit = 50, int offset = 0);
    StoreResult<std::int64_t> count();

    /// The text indexed for a case: sections, technologies, organisation, place, category.
    static std::string indexedBody(const yokoten::v1::GoodPracticeCase& record);

    /// Calls `visit` with every stored case's docid and payload as stored (a summary without
    /// the fields of its row), for migrations; stops at the first error.
    static StoreStatus forEachPayload(Database& db, std::string_view purpose,
        const std::function<StoreStatus(std::int64_t, yokoten::v1::GoodPracticeCase&)>& visit);
    /// Migration 13: the summaries a store holds leave the full-text tables for
    /// case_summary_search and lose the payload fields their row holds.
    static StoreStatus separateSummaries(Database& db);

private:
    StoreResult<std::vector<CaseSummary>> collect(
        Statement& stmt, std::vector<std::int64_t>* docids = nullptr);
    /// One pass of search(): title matches (`titles`) or text matches, whole cases and
    /// summaries merged, newest first.
    StoreResult<std::vector<CaseSummary>> matches(bool titles, std::string_view match,
        const std::vector<std::string>& terms, const CaseFilter& filter, int limit);
    StoreResult<std::int64_t> docidOf(std::string_view id); ///< 0 when there is no such case
    StoreStatus removeDoc(std::int64_t docid);
    StoreStatus write(const yokoten::v1::GoodPracticeCase& record);

    Database& m_db;
};

} // namespace yk::store
