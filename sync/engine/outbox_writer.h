#pragma once

#include "engine_context.h"
#include "rebaser.h"

#include "yokoten/v1/sync.pb.h"

#include <cstdint>

namespace yk::sync {

/// Local writes: a mutation gets the next seq and goes into the outbox in the same
/// transaction as its optimistic effect. Works offline.
class OutboxWriter {
public:
    OutboxWriter(EngineContext& context, Rebaser& rebaser);

    /// Returns the seq the mutation got.
    SyncResult<std::int64_t> submit(yokoten::v1::Mutation mutation);

private:
    EngineContext& m_context;
    Rebaser& m_rebaser;
};

} // namespace yk::sync
