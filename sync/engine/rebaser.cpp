#include "rebaser.h"

#include "case_cache.h"
#include "local_effects.h"
#include "record_kinds.h"

#include <set>

namespace yk::sync {

using namespace yokoten::v1;

namespace {

/// Writes optimistic effects, keeping the server's copy of each record it first touches.
class OverlayWriter : public LocalWriter {
public:
    explicit OverlayWriter(EngineContext& context)
        : m_context(context)
    {
    }

    storage::StoreResult<std::optional<Record>> find(RecordKind kind, std::string_view id) override
    {
        return m_context.store.findRecord(kind, id);
    }

    storage::StoreStatus put(const Record& record) override
    {
        const auto kind = proto::kindOf(record);
        const std::string id(proto::idOf(record));
        if (id.empty())
            return storage::makeError(storage::StoreErrorCode::InvalidArgument, "record without id");
        if (!m_captured.contains({ kind, id })) {
            auto has = m_context.tables.hasOverlayBase(kind, id);
            if (!has)
                return has.error();
            if (!*has) {
                auto current = m_context.store.findRecord(kind, id);
                if (!current)
                    return current.error();
                OverlayBase base { kind, id, std::nullopt };
                if (*current)
                    base.payload = (*current)->SerializeAsString();
                if (auto status = m_context.tables.putOverlayBase(base); !status)
                    return status;
            }
            m_captured.insert({ kind, id });
        }
        return m_context.store.putRecord(record);
    }

private:
    EngineContext& m_context;
    std::set<std::pair<int, std::string>> m_captured;
};

} // namespace

bool holdsVisitorData(RecordKind kind)
{
    const auto* spec = proto::specOf(kind);
    return spec != nullptr && spec->visitorData;
}

Rebaser::Rebaser(EngineContext& context)
    : m_context(context)
{
}

SyncStatus Rebaser::applyLocal(const Mutation& mutation)
{
    OverlayWriter writer(m_context);
    if (auto status = applyLocalEffect(writer, mutation); !status)
        return syncErrorFromStore(status.error());
    return {};
}

SyncStatus Rebaser::applyServerRecords(const google::protobuf::RepeatedPtrField<Record>& records, bool kiosk)
{
    auto bases = m_context.tables.overlayBases();
    if (!bases)
        return syncErrorFromStore(bases.error());
    std::set<std::pair<int, std::string>> overlaid;
    for (const auto& base : *bases)
        overlaid.insert({ base.kind, base.id });
    WholeTextKeeper wholeText(m_context);
    for (const auto& incoming : records) {
        // A summary of a case this device fetched whole keeps the text it has.
        const Record* filed = &incoming;
        std::optional<Record> kept;
        if (incoming.has_good_practice_case() && incoming.good_practice_case().summary_only()) {
            auto whole = wholeText.keep(incoming.good_practice_case());
            if (!whole)
                return whole.error();
            kept = std::move(*whole);
            if (kept)
                filed = &*kept;
        }
        const Record& record = *filed;
        const auto kind = proto::kindOf(record);
        const std::string id(proto::idOf(record));
        if (kind == RECORD_KIND_UNSPECIFIED || id.empty())
            return makeSyncError(SyncErrorCode::Protocol, "a record without kind or id");
        // Kiosks are write-only for visitor data: the server sends them none, and whatever
        // arrives anyway (an older server) is not kept.
        if (kiosk && holdsVisitorData(kind) && !record.has_tombstone())
            continue;
        if (overlaid.contains({ kind, id })) {
            // Under a pending change: the server's copy waits in the overlay for the rebase.
            OverlayBase base { kind, id, std::nullopt };
            if (!record.has_tombstone())
                base.payload = record.SerializeAsString();
            if (auto status = m_context.tables.putOverlayBase(base); !status)
                return syncErrorFromStore(status.error());
            continue;
        }
        if (auto status = m_context.store.putRecord(record); !status)
            return syncErrorFromStore(status.error());
    }
    return wholeText.finish();
}

SyncStatus Rebaser::rebase()
{
    auto bases = m_context.tables.overlayBases();
    if (!bases)
        return syncErrorFromStore(bases.error());
    auto pending = m_context.tables.outbox(-1);
    if (!pending)
        return syncErrorFromStore(pending.error());
    if (bases->empty() && pending->empty())
        return {};
    // Put back the server's copy of everything pending changes touched …
    for (const auto& base : *bases) {
        if (base.payload) {
            Record record;
            if (!record.ParseFromString(*base.payload))
                return makeSyncError(SyncErrorCode::Storage, "overlay base does not parse");
            if (auto status = m_context.store.putRecord(record); !status)
                return syncErrorFromStore(status.error());
        } else if (auto status = m_context.store.removeRecord(static_cast<RecordKind>(base.kind), base.id);
                   !status) {
            return syncErrorFromStore(status.error());
        }
    }
    if (auto status = m_context.tables.clearOverlayBases(); !status)
        return syncErrorFromStore(status.error());
    // … then apply what is still pending on top, in the order it was made.
    OverlayWriter writer(m_context);
    for (const auto& entry : *pending) {
        Mutation mutation;
        if (!mutation.ParseFromString(entry.mutation))
            return makeSyncError(SyncErrorCode::Storage, "outbox entry does not parse");
        if (auto status = applyLocalEffect(writer, mutation); !status)
            return syncErrorFromStore(status.error());
    }
    return {};
}

SyncStatus Rebaser::removeRecords(const std::vector<std::pair<int, std::string>>& targets)
{
    for (const auto& [kind, id] : targets)
        if (auto status = m_context.store.removeRecord(static_cast<RecordKind>(kind), id); !status)
            return syncErrorFromStore(status.error());
    return {};
}

} // namespace yk::sync
