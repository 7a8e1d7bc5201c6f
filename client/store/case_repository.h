#pragma once

#include "storage_names.h"

#include "yokoten/v1/case.pb.h"

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
    /// each most recently written first. An empty or unsearchable query returns no rows.
    StoreResult<std::vector<CaseSummary>> search(
        std::string_view query, const CaseFilter& filter = {}, int limit = 50);
    /// Newest first, for browsing without a query.
    StoreResult<std::vector<CaseSummary>> browse(
        const CaseFilter& filter = {}, int limit = 50, int offset = 0);
    StoreResult<std::int64_t> count();

    /// The text indexed for a case: sections, technologies, organisation, place, category.
    static std::string indexedBody(const yokoten::v1::GoodPracticeCase& record);

private:
    StoreResult<std::vector<CaseSummary>> collect(Statement& stmt);
    StoreResult<std::int64_t> docidOf(std::string_view id); ///< 0 when there is no such case
    StoreStatus removeDoc(std::int64_t docid);
    StoreStatus write(const yokoten::v1::GoodPracticeCase& record);

    Database& m_db;
};

} // namespace yk::store
