#include "sync_repository.h"

namespace yk::sync {

using storage::collectRows;
using storage::Database;
using storage::Statement;
using storage::StoreResult;
using storage::StoreStatus;

namespace {

OutboxEntry readOutbox(Statement& s)
{
    return OutboxEntry { s.columnInt64(0), s.columnText(1), static_cast<int>(s.columnInt64(2)),
        s.columnText(3), s.columnInt64(4), s.columnBlob(5) };
}

MutationOutcome readOutcome(Statement& s)
{
    return MutationOutcome { s.columnInt64(0), s.columnText(1), static_cast<int>(s.columnInt64(2)),
        s.columnText(3), static_cast<int>(s.columnInt64(4)), s.columnText(5), s.columnText(6),
        s.columnText(7), s.columnInt64(8) };
}

constexpr const char* kOutcomeColumns
    = "seq, name, target_kind, target_id, status, reason_code, message_ja, message_en, decided_at";

} // namespace

SyncRepository::SyncRepository(Database& db)
    : m_db(db)
{
}

StoreResult<std::optional<std::string>> SyncRepository::value(std::string_view key)
{
    auto stmt = m_db.cached("SELECT value FROM sync_state WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    auto rows
        = collectRows<std::string>(**stmt, "read sync state", [](Statement& s) { return s.columnBlob(0); });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<std::string>();
    return std::optional<std::string>(std::move(rows->front()));
}

StoreStatus SyncRepository::setValue(std::string_view key, std::string_view value)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, key).bindBlob(2, value).run();
}

StoreStatus SyncRepository::removeValue(std::string_view key)
{
    auto stmt = m_db.cached("DELETE FROM sync_state WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, key).run();
}

StoreStatus SyncRepository::appendOutbox(const OutboxEntry& entry)
{
    auto stmt = m_db.cached("INSERT INTO outbox (seq, name, target_kind, target_id, created_at, mutation) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return stmt.error();
    return (*stmt)
        ->bind(1, entry.seq)
        .bind(2, entry.name)
        .bind(3, entry.targetKind)
        .bind(4, entry.targetId)
        .bind(5, entry.createdAtMillis)
        .bindBlob(6, entry.mutation)
        .run();
}

StoreResult<std::vector<OutboxEntry>> SyncRepository::outbox(int limit, std::int64_t afterSeq)
{
    auto stmt = m_db.cached("SELECT seq, name, target_kind, target_id, created_at, mutation FROM outbox "
                            "WHERE seq > ?2 ORDER BY seq LIMIT ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<std::int64_t>(limit)).bind(2, afterSeq);
    return collectRows<OutboxEntry>(**stmt, "read outbox", readOutbox);
}

StoreResult<std::vector<OutboxEntry>> SyncRepository::outboxFor(
    int kind, std::string_view id, std::int64_t afterSeq)
{
    auto stmt = m_db.cached("SELECT seq, name, target_kind, target_id, created_at, mutation FROM outbox "
                            "WHERE target_kind = ?1 AND target_id = ?2 AND seq > ?3 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, kind).bind(2, id).bind(3, afterSeq);
    return collectRows<OutboxEntry>(**stmt, "read outbox", readOutbox);
}

StoreResult<std::int64_t> SyncRepository::outboxCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox");
}

StoreStatus SyncRepository::removeOutbox(std::int64_t seq)
{
    auto stmt = m_db.cached("DELETE FROM outbox WHERE seq = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, seq).run();
}

StoreStatus SyncRepository::replaceOutboxMutation(std::int64_t seq, std::string_view mutation)
{
    auto stmt = m_db.cached("UPDATE outbox SET mutation = ?2 WHERE seq = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, seq).bindBlob(2, mutation).run();
}

StoreStatus SyncRepository::removeOutboxUpTo(std::int64_t lastAppliedSeq)
{
    auto stmt = m_db.cached("DELETE FROM outbox WHERE seq <= ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, lastAppliedSeq).run();
}

StoreResult<bool> SyncRepository::hasPending(int kind, std::string_view id)
{
    auto stmt = m_db.cached("SELECT 1 FROM outbox WHERE target_kind = ?1 AND target_id = ?2 LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, kind).bind(2, id);
    auto rows = collectRows<int>(**stmt, "read outbox", [](Statement&) { return 1; });
    if (!rows)
        return rows.error();
    return !rows->empty();
}

StoreStatus SyncRepository::recordOutcome(const MutationOutcome& o)
{
    auto stmt = m_db.cached(std::string("INSERT OR REPLACE INTO mutation_outcomes (") + kOutcomeColumns
        + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt)
        return stmt.error();
    return (*stmt)
        ->bind(1, o.seq)
        .bind(2, o.name)
        .bind(3, o.targetKind)
        .bind(4, o.targetId)
        .bind(5, o.status)
        .bind(6, o.reasonCode)
        .bind(7, o.messageJa)
        .bind(8, o.messageEn)
        .bind(9, o.decidedAtMillis)
        .run();
}

StoreResult<std::optional<MutationOutcome>> SyncRepository::latestOutcome(int kind, std::string_view id)
{
    auto stmt = m_db.cached(std::string("SELECT ") + kOutcomeColumns
        + " FROM mutation_outcomes WHERE target_kind = ?1 AND target_id = ?2 ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, kind).bind(2, id);
    auto rows = collectRows<MutationOutcome>(**stmt, "read outcomes", readOutcome);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<MutationOutcome>();
    return std::optional<MutationOutcome>(std::move(rows->front()));
}

StoreResult<std::vector<MutationOutcome>> SyncRepository::recentOutcomes(int limit)
{
    auto stmt = m_db.cached(
        std::string("SELECT ") + kOutcomeColumns + " FROM mutation_outcomes ORDER BY seq DESC LIMIT ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<std::int64_t>(limit));
    return collectRows<MutationOutcome>(**stmt, "read outcomes", readOutcome);
}

StoreResult<std::vector<OverlayBase>> SyncRepository::overlayBases()
{
    auto stmt = m_db.cached("SELECT kind, id, payload FROM overlay_base");
    if (!stmt)
        return stmt.error();
    return collectRows<OverlayBase>(**stmt, "read overlay", [](Statement& s) {
        OverlayBase base { static_cast<int>(s.columnInt64(0)), s.columnText(1), std::nullopt };
        if (!s.columnIsNull(2))
            base.payload = s.columnBlob(2);
        return base;
    });
}

StoreResult<bool> SyncRepository::hasOverlayBase(int kind, std::string_view id)
{
    auto stmt = m_db.cached("SELECT 1 FROM overlay_base WHERE kind = ?1 AND id = ?2");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, kind).bind(2, id);
    auto rows = collectRows<int>(**stmt, "read overlay", [](Statement&) { return 1; });
    if (!rows)
        return rows.error();
    return !rows->empty();
}

StoreStatus SyncRepository::putOverlayBase(const OverlayBase& base)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO overlay_base (kind, id, payload) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, base.kind).bind(2, base.id);
    if (base.payload)
        (*stmt)->bindBlob(3, *base.payload);
    else
        (*stmt)->bindNull(3);
    return (*stmt)->run();
}

StoreStatus SyncRepository::clearOverlayBases()
{
    return m_db.exec("DELETE FROM overlay_base");
}

} // namespace yk::sync
