#pragma once

#include "server_store.h"

namespace yk::server {

/// Where a record is filed: its parent, owner, prefecture and the audiences that may see it.
/// This is the one place that says who sees what (DESIGN.md, "Scopes"); pulls read by it and
/// the mutation rules check against the same audiences. Looks up related records (the owner
/// organisation, the seminar of a session …) through `queries`.
StoreResult<RecordPlacement> placementOf(RecordQueries& queries, const yokoten::v1::Record& record);

/// Files a record under its placement: placementOf() then WriteTransaction::put().
StoreResult<std::int64_t> putPlaced(WriteTransaction& tx, yokoten::v1::Record& record);

} // namespace yk::server
