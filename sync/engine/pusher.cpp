#include "pusher.h"

#include "transactions.h"

#include <algorithm>

namespace yk::sync {

using namespace yokoten::v1;

namespace {

// What a kiosk sends for a visitor and must not keep once the server answered.
bool carriesVisitorData(const Mutation& m)
{
    return m.op_case() == Mutation::kSubmitVisitorEntry || m.op_case() == Mutation::kSignUp
        || m.op_case() == Mutation::kRequestLoan;
}

/// What a mutation adds to a PushRequest besides its own bytes (field tag and length).
constexpr std::int64_t kPerMutationOverhead = 16;

/// Takes the first entries of `pending` for one push: at most pushBatchBytes (but always one),
/// and no second edit of a case already in the batch (see Pusher::rebasePendingEdits). A
/// single mutation no server accepts is an error that names it and says what to do.
SyncStatus fillBatch(const std::vector<OutboxEntry>& pending, const SyncEngineOptions& options,
    PushRequest& request, std::vector<OutboxEntry>& batch)
{
    std::int64_t bytes = 0;
    std::vector<std::string> editedCases;
    for (const auto& entry : pending) {
        const std::int64_t size = static_cast<std::int64_t>(entry.mutation.size()) + kPerMutationOverhead;
        if (size > options.maxRequestBytes) {
            if (!batch.empty())
                break; // send what comes before it first
            const auto megabytes
                = [](std::int64_t n) { return std::to_string((n + 1024 * 1024 - 1) / (1024 * 1024)); };
            SyncError error = makeSyncError(SyncErrorCode::TooLarge,
                "mutation " + std::to_string(entry.seq) + " (" + entry.name + ") is " + std::to_string(size)
                    + " bytes; the limit is " + std::to_string(options.maxRequestBytes));
            error.messageJa = "未送信の変更（" + entry.name + "）が約 " + megabytes(size)
                + " MB あり、上限の " + megabytes(options.maxRequestBytes)
                + " MB "
                  "を超えるため送信できません。この変更より後の変更も送信を待っています。内容を短くして保存し"
                  "直すか、"
                  "センターに連絡してください。";
            error.messageEn = "An unsent change (" + entry.name + ") is about " + megabytes(size)
                + " MB, over the " + megabytes(options.maxRequestBytes)
                + " MB limit, so it cannot be sent; the changes after it are waiting too. Shorten it and "
                  "save "
                  "again, or contact the centre.";
            return error;
        }
        if (!batch.empty() && bytes + size > options.pushBatchBytes)
            break;
        Mutation mutation;
        if (!mutation.ParseFromString(entry.mutation))
            return makeSyncError(SyncErrorCode::Storage, "outbox entry does not parse");
        if (mutation.has_edit_case()) {
            const auto& caseId = mutation.edit_case().case_id();
            if (std::find(editedCases.begin(), editedCases.end(), caseId) != editedCases.end())
                break;
            editedCases.push_back(caseId);
        }
        *request.add_mutations() = std::move(mutation);
        batch.push_back(entry);
        bytes += size;
    }
    return {};
}

} // namespace

Pusher::Pusher(EngineContext& context, ServerApi& api, Rebaser& rebaser)
    : m_context(context)
    , m_api(api)
    , m_rebaser(rebaser)
{
}

SyncResult<SyncReport> Pusher::push()
{
    SyncReport report;
    auto acked = m_context.state.counter(DeviceState::Counter::AckedSeq);
    if (!acked)
        return acked.error();
    std::int64_t ackedSeq = *acked;
    auto total = m_context.tables.outboxCount();
    if (!total)
        return syncErrorFromStore(total.error());
    auto kiosk = m_context.state.isKiosk();
    if (!kiosk)
        return kiosk.error();
    for (;;) {
        // Mutations at or below ackedSeq were answered already; they wait for the pull that
        // carries their effect.
        auto next = m_context.tables.outbox(m_context.options.pushBatch, ackedSeq);
        if (!next)
            return syncErrorFromStore(next.error());
        if (next->empty())
            break;
        PushRequest request;
        std::vector<OutboxEntry> batch;
        if (auto built = fillBatch(*next, m_context.options, request, batch); !built)
            return built.error();
        m_context.setActivity(SyncActivity::Phase::Sending, report.sent, *total);
        m_context.checkpoint("push_sending");
        auto response = m_api.call<PushResponse>("/v1/push", request, true);
        if (!response)
            return response.error();
        m_context.checkpoint("push_answered"); // the server applied the batch; the device has not recorded it
        if (response->results_size() != static_cast<int>(batch.size()))
            return makeSyncError(
                SyncErrorCode::Protocol, "push answer has a result count unlike the request's");
        auto tx = ServerDataTransaction::begin(m_context.store);
        if (!tx)
            return tx.error();
        std::vector<std::pair<int, std::string>> purge;
        std::int64_t visitorSent = 0;
        std::int64_t visitorRefused = 0;
        // The mutation is decided: it leaves the outbox and its outcome is kept.
        auto settle = [&](const OutboxEntry& entry, const MutationResult& result,
                          const std::string& reasonCode) -> SyncStatus {
            if (auto status = m_context.tables.removeOutbox(entry.seq); !status)
                return syncErrorFromStore(status.error());
            const bool refused = result.status() == MUTATION_STATUS_REJECTED;
            MutationOutcome outcome { entry.seq, entry.name, entry.targetKind, entry.targetId,
                result.status(), reasonCode, refused ? result.message_ja() : std::string(),
                refused ? result.message_en() : std::string(), m_context.now() };
            if (auto status = m_context.tables.recordOutcome(outcome); !status)
                return syncErrorFromStore(status.error());
            return {};
        };
        for (int i = 0; i < response->results_size(); ++i) {
            const auto& result = response->results(i);
            const auto& entry = batch[static_cast<std::size_t>(i)];
            if (result.seq() != entry.seq)
                return makeSyncError(SyncErrorCode::Protocol, "push answer out of order");
            if (*kiosk && carriesVisitorData(request.mutations(i))) {
                // Answered, whatever the answer: a kiosk keeps no copy of the visitor's data.
                if (result.status() == MUTATION_STATUS_UNSPECIFIED
                    || !MutationStatus_IsValid(result.status()))
                    return makeSyncError(SyncErrorCode::Protocol, "push result without a status");
                const bool refused = result.status() == MUTATION_STATUS_REJECTED;
                ++(refused ? report.rejected
                           : (result.status() == MUTATION_STATUS_DUPLICATE ? report.duplicates
                                                                           : report.applied));
                ++(refused ? visitorRefused : visitorSent);
                if (refused)
                    report.rejections.push_back(entry.name + ": " + result.message_ja());
                if (auto status = settle(entry, result, result.reason_code()); !status)
                    return status.error();
                purge.emplace_back(entry.targetKind, entry.targetId);
                ++report.purged;
                if (auto status = m_rebaser.applyServerRecords(result.records(), *kiosk); !status)
                    return status.error();
                continue;
            }
            switch (result.status()) {
            case MUTATION_STATUS_APPLIED: {
                ++report.applied;
                report.conflicts += result.conflicts_size();
                if (auto status = settle(entry, result, result.conflicts_size() > 0 ? "conflict" : "");
                    !status)
                    return status.error();
                if (const auto& m = request.mutations(i); m.has_edit_case() && result.conflicts_size() == 0)
                    for (const auto& record : result.records())
                        if (record.has_good_practice_case()
                            && record.good_practice_case().id() == m.edit_case().case_id())
                            if (auto status = rebasePendingEdits(batch.back().seq, m.edit_case().case_id(),
                                    m.edit_case().base_revision(), record.good_practice_case().revision());
                                !status)
                                return status.error();
                break;
            }
            case MUTATION_STATUS_DUPLICATE:
                // Applied before (an answer we never recorded): stays pending until the pull
                // brings its outcome, so nothing flickers away.
                ++report.duplicates;
                break;
            case MUTATION_STATUS_REJECTED: {
                ++report.rejected;
                if (auto status = settle(entry, result, result.reason_code()); !status)
                    return status.error();
                report.rejections.push_back(entry.name + ": " + result.message_ja());
                break;
            }
            default:
                return makeSyncError(SyncErrorCode::Protocol, "push result without a status");
            }
            if (auto status = m_rebaser.applyServerRecords(result.records(), *kiosk); !status)
                return status.error();
        }
        ackedSeq = std::max(ackedSeq, batch.back().seq);
        if (auto status = m_context.state.setCounter(DeviceState::Counter::AckedSeq, ackedSeq); !status)
            return status.error();
        if (auto status
            = m_context.state.setCounter(DeviceState::Counter::LastAppliedSeq, response->last_applied_seq());
            !status)
            return status.error();
        if (auto status = m_rebaser.rebase(); !status)
            return status.error();
        if (!purge.empty())
            if (auto status = purgeVisitorData(purge, visitorSent, visitorRefused); !status)
                return status.error();
        m_context.checkpoint("push_applying");
        if (auto status = (*tx)->commit(); !status)
            return status.error();
        if (!purge.empty()) {
            // Deleted rows were overwritten in place (secure_delete); the WAL still holds the
            // pages as they were before: fold it into the database and empty it. Best effort:
            // the purge is committed, and a checkpoint blocked by a reader happens later.
            (void)m_context.store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        report.sent += static_cast<std::int64_t>(batch.size());
        m_context.setActivity(SyncActivity::Phase::Sending, report.sent, *total);
    }
    return report;
}

SyncStatus Pusher::rebasePendingEdits(
    std::int64_t afterSeq, const std::string& caseId, std::int64_t baseRevision, std::int64_t revision)
{
    // Only when the applied edit was the one change between its base and the new revision:
    // had someone else changed the case in between, a later edit must still be compared
    // with their change, so it keeps its own base.
    if (revision != baseRevision + 1)
        return {};
    auto later = m_context.tables.outboxFor(RECORD_KIND_CASE, caseId, afterSeq);
    if (!later)
        return syncErrorFromStore(later.error());
    for (const auto& entry : *later) {
        Mutation mutation;
        if (!mutation.ParseFromString(entry.mutation))
            return makeSyncError(SyncErrorCode::Storage, "outbox entry does not parse");
        if (!mutation.has_edit_case() || mutation.edit_case().base_revision() != baseRevision)
            continue;
        mutation.mutable_edit_case()->set_base_revision(revision);
        if (auto status = m_context.tables.replaceOutboxMutation(entry.seq, mutation.SerializeAsString());
            !status)
            return syncErrorFromStore(status.error());
    }
    return {};
}

SyncStatus Pusher::purgeVisitorData(
    const std::vector<std::pair<int, std::string>>& targets, std::int64_t sent, std::int64_t refused)
{
    // Whatever the server's answer brought or the local effect wrote: gone. The rebase
    // before this already dropped a record that was new on this device.
    if (auto status = m_rebaser.removeRecords(targets); !status)
        return status.error();
    auto log = m_context.state.syncLog();
    if (!log)
        return log.error();
    log->set_visitor_entries_sent(log->visitor_entries_sent() + sent);
    log->set_visitor_entries_refused(log->visitor_entries_refused() + refused);
    return m_context.state.setSyncLog(*log);
}

} // namespace yk::sync
