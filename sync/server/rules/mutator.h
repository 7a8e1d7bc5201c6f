#pragma once

#include "core/principal.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <string>

namespace yk::server {

class TicketSigner;

/// The authoritative rules: applies one mutation for one caller inside the push's write
/// transaction. Checks the caller may do it (the same scopes as pulls, placement.h), decides
/// with the domain rules (seats, loans, case merges …) and stores the outcome.
///
/// Contract with the caller (SyncService::push): it opens a savepoint before apply() and
/// rolls it back when the result is REJECTED, so a rejected mutation leaves nothing behind.
/// `seq` and `status` DUPLICATE are the caller's business; apply() answers APPLIED or
/// REJECTED (reason code + Japanese and English message) and, when applied, the records as
/// they stand afterwards. A StoreError means storage failed: the whole push is abandoned.
class Mutator {
public:
    explicit Mutator(const TicketSigner& signer);

    StoreResult<yokoten::v1::MutationResult> apply(WriteTransaction& tx, const Principal& caller,
        const yokoten::v1::Mutation& mutation, std::chrono::system_clock::time_point now);

    /// The key that makes `mutation` idempotent (the id of the record it creates, a check-in's
    /// nonce, the loan a report is filed for); empty for an operation that has none. A replay
    /// of such a key by another device and account is refused with `already_exists` before
    /// any rule runs, so it learns nothing of what the first sender stored.
    static std::string idempotencyKey(const yokoten::v1::Mutation& mutation);

private:
    const TicketSigner& m_signer;
};

} // namespace yk::server
