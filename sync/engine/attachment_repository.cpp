#include "attachment_repository.h"

namespace yk::sync {

using storage::Statement;
using storage::StoreResult;
using storage::StoreStatus;

AttachmentRepository::AttachmentRepository(storage::Database& db)
    : m_db(db)
{
}

StoreStatus AttachmentRepository::putFile(
    std::string_view sha256, std::string_view mimeType, std::string_view bytes)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO attachments (sha256, mime_type, size_bytes, content) "
                            "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    return (*stmt)
        ->bind(1, sha256)
        .bind(2, mimeType)
        .bind(3, static_cast<std::int64_t>(bytes.size()))
        .bindBlob(4, bytes)
        .run();
}

StoreResult<bool> AttachmentRepository::hasFile(std::string_view sha256)
{
    auto stmt = m_db.cached("SELECT count(*) FROM attachments WHERE sha256 = ?1 AND content IS NOT NULL");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("find attachment");
        (*stmt)->reset();
        return error;
    }
    const bool present = step == Statement::Step::Row && (*stmt)->columnInt64(0) > 0;
    (*stmt)->reset();
    return present;
}

StoreResult<std::string> AttachmentRepository::readFile(
    std::string_view sha256, std::int64_t offset, std::int64_t length)
{
    auto stmt = m_db.cached("SELECT substr(content, ?2, ?3) FROM attachments WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256).bind(2, offset + 1).bind(3, length);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read attachment");
        (*stmt)->reset();
        return error;
    }
    std::string bytes;
    if (step == Statement::Step::Row)
        bytes = (*stmt)->columnBlob(0);
    (*stmt)->reset();
    return bytes;
}

StoreStatus AttachmentRepository::keepDownloaded(
    std::string_view sha256, std::int64_t sizeBytes, std::string_view bytes)
{
    auto stmt = m_db.cached(
        "INSERT OR REPLACE INTO attachments (sha256, mime_type, size_bytes, content) VALUES (?1, "
        "coalesce((SELECT mime_type FROM attachments WHERE sha256 = ?1), 'application/octet-stream'), ?2, "
        "?3)");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, sha256).bind(2, sizeBytes).bindBlob(3, bytes).run();
}

StoreStatus AttachmentRepository::queue(std::string_view sha256, AttachmentTransfer::Direction direction,
    std::int64_t sizeBytes, std::int64_t atMillis)
{
    auto stmt
        = m_db.cached("INSERT OR IGNORE INTO attachment_transfers (sha256, direction, size_bytes, queued_at) "
                      "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    return (*stmt)
        ->bind(1, sha256)
        .bind(2, static_cast<int>(direction))
        .bind(3, sizeBytes)
        .bind(4, atMillis)
        .run();
}

StoreResult<std::vector<AttachmentTransfer>> AttachmentRepository::transfers()
{
    auto stmt = m_db.cached(
        "SELECT sha256, direction, size_bytes, done_bytes FROM attachment_transfers ORDER BY queued_at");
    if (!stmt)
        return stmt.error();
    return storage::collectRows<AttachmentTransfer>(**stmt, "list attachment transfers", [](Statement& row) {
        return AttachmentTransfer { row.columnText(0),
            static_cast<AttachmentTransfer::Direction>(row.columnInt64(1)), row.columnInt64(2),
            row.columnInt64(3) };
    });
}

StoreResult<std::int64_t> AttachmentRepository::pendingCount(AttachmentTransfer::Direction direction)
{
    return m_db.queryInt("SELECT count(*) FROM attachment_transfers WHERE direction = "
        + std::to_string(static_cast<int>(direction)));
}

StoreStatus AttachmentRepository::setDoneBytes(std::string_view sha256, std::int64_t doneBytes)
{
    auto stmt = m_db.cached("UPDATE attachment_transfers SET done_bytes = ?2 WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, sha256).bind(2, doneBytes).run();
}

StoreStatus AttachmentRepository::finish(std::string_view sha256)
{
    auto stmt = m_db.cached("DELETE FROM attachment_transfers WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, sha256).run();
}

StoreStatus AttachmentRepository::putPart(
    std::string_view sha256, std::int64_t offset, std::string_view bytes)
{
    auto stmt
        = m_db.cached("INSERT OR REPLACE INTO attachment_parts (sha256, offset, data) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, sha256).bind(2, offset).bindBlob(3, bytes).run();
}

StoreResult<std::string> AttachmentRepository::joinedParts(std::string_view sha256)
{
    auto stmt = m_db.cached("SELECT data FROM attachment_parts WHERE sha256 = ?1 ORDER BY offset");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    auto parts = storage::collectRows<std::string>(
        **stmt, "read attachment parts", [](Statement& row) { return row.columnBlob(0); });
    if (!parts)
        return parts.error();
    std::string whole;
    for (const auto& part : *parts)
        whole += part;
    return whole;
}

StoreStatus AttachmentRepository::dropParts(std::string_view sha256)
{
    auto stmt = m_db.cached("DELETE FROM attachment_parts WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, sha256).run();
}

} // namespace yk::sync
