#include "notice_reads.h"

#include <algorithm>

namespace yk::store {

StoreStatus markNoticeReadBy(
    Database& db, std::string_view noticeId, std::string_view userId, std::int64_t atMillis)
{
    // The first reading counts: reading again keeps its time.
    auto stmt
        = db.cached("INSERT OR IGNORE INTO notice_reads (notice_id, user_id, read_at) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, noticeId).bind(2, userId).bind(3, atMillis).run();
}

StoreResult<std::vector<std::string>> noticesReadBy(Database& db, std::string_view userId)
{
    auto stmt = db.cached("SELECT notice_id FROM notice_reads WHERE user_id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, userId);
    return storage::collectRows<std::string>(
        **stmt, "notices read", [](storage::Statement& s) { return s.columnText(0); });
}

StoreResult<std::vector<yokoten::v1::Notice>> unreadNoticesFor(
    Database& db, RecordRepository& records, std::string_view userId, std::string_view organisationId)
{
    auto read = noticesReadBy(db, userId);
    if (!read)
        return read.error();
    auto all = records.all<yokoten::v1::Notice>();
    if (!all)
        return all.error();
    std::vector<yokoten::v1::Notice> unread;
    for (auto& notice : *all) {
        if (notice.withdrawn() || notice.sender_org_id() == organisationId
            || std::find(read->begin(), read->end(), notice.id()) != read->end())
            continue;
        unread.push_back(std::move(notice));
    }
    return unread;
}

} // namespace yk::store
