#include "outbox_writer.h"

#include "local_effects.h"
#include "transactions.h"

#include <algorithm>

namespace yk::sync {

using namespace yokoten::v1;

OutboxWriter::OutboxWriter(EngineContext& context, Rebaser& rebaser)
    : m_context(context)
    , m_rebaser(rebaser)
{
}

SyncResult<std::int64_t> OutboxWriter::submit(Mutation mutation)
{
    const MutationTarget target = targetOf(mutation);
    if (target.kind == RECORD_KIND_UNSPECIFIED || target.id.empty())
        return SyncError { SyncErrorCode::InvalidInput, {}, "変更の内容が空です。", "The change is empty.",
            "mutation without op or target id" };
    auto tx = beginTransaction(m_context.store);
    if (!tx)
        return tx.error();
    auto next = m_context.state.counter(DeviceState::Counter::NextSeq);
    if (!next)
        return next.error();
    const std::int64_t seq = std::max<std::int64_t>(*next, 1);
    mutation.set_seq(seq);
    const std::int64_t at = m_context.now();
    mutation.mutable_client_time()->set_seconds(at / 1000);
    mutation.mutable_client_time()->set_nanos(static_cast<int>(at % 1000) * 1'000'000);
    if (auto status = m_rebaser.applyLocal(mutation); !status)
        return status.error();
    OutboxEntry entry { seq, target.name, target.kind, target.id, at, mutation.SerializeAsString() };
    if (auto status = m_context.tables.appendOutbox(entry); !status)
        return syncErrorFromStore(status.error());
    if (auto status = m_context.state.setCounter(DeviceState::Counter::NextSeq, seq + 1); !status)
        return status.error();
    if (auto status = (*tx)->commit(); !status)
        return syncErrorFromStore(status.error());
    m_context.checkpoint("local_committed");
    return seq;
}

} // namespace yk::sync
