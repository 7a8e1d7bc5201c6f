#pragma once

#include "engine_context.h"

#include "yokoten/v1/record.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <string>
#include <utility>
#include <vector>

namespace yk::sync {

/// What the device shows, server truth with pending changes on top. A local effect is
/// written over the server's copy, which is kept underneath (the overlay base); records from
/// the server go under pending changes instead of over them; rebase() puts the server's
/// copies back and re-applies what is still pending, in order. All writes join the caller's
/// transaction.
class Rebaser {
public:
    explicit Rebaser(EngineContext& context);

    /// Writes the optimistic effect of one mutation (capturing overlay bases).
    SyncStatus applyLocal(const yokoten::v1::Mutation& mutation);
    /// Files records the server sent. A kiosk keeps none that hold visitor data.
    SyncStatus applyServerRecords(
        const google::protobuf::RepeatedPtrField<yokoten::v1::Record>& records, bool kiosk);
    SyncStatus rebase();
    /// Deletes records outright (a kiosk's visitor data once the server answered).
    SyncStatus removeRecords(const std::vector<std::pair<int, std::string>>& targets);

private:
    EngineContext& m_context;
};

/// Record kinds that hold visitor personal data; a kiosk keeps none from the server.
bool holdsVisitorData(yokoten::v1::RecordKind kind);

} // namespace yk::sync
