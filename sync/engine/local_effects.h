#pragma once

#include "storage/store_error.h"

#include "yokoten/v1/record.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <optional>
#include <string>
#include <string_view>

namespace yk::sync {

/// The record a mutation changes (the one whose sync state the UI shows).
struct MutationTarget {
    yokoten::v1::RecordKind kind = yokoten::v1::RECORD_KIND_UNSPECIFIED;
    std::string id;
    std::string name; ///< the op's field name, e.g. "sign_up"
};

/// Kind, id and name of a mutation's target; kind UNSPECIFIED for a mutation without an op.
MutationTarget targetOf(const yokoten::v1::Mutation& mutation);

/// Where optimistic effects are written: reads see earlier writes; the first write of a
/// record keeps the server's copy underneath (the overlay base) so it can be restored.
class LocalWriter {
public:
    virtual ~LocalWriter() = default;
    virtual storage::StoreResult<std::optional<yokoten::v1::Record>> find(
        yokoten::v1::RecordKind kind, std::string_view id)
        = 0;
    virtual storage::StoreStatus put(const yokoten::v1::Record& record) = 0;
};

/// Writes what the device shows until the server decides: a sign-up waits as PENDING, a
/// loan request as REQUESTED, a case edit shows the new values. Nothing here claims an
/// outcome only the server can decide (a seat, a unit, a revision).
storage::StoreStatus applyLocalEffect(LocalWriter& writer, const yokoten::v1::Mutation& mutation);

} // namespace yk::sync
