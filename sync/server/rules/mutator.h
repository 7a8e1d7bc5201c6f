#pragma once

#include "core/principal.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>

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

private:
    const TicketSigner& m_signer;
};

} // namespace yk::server
