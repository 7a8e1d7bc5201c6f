#include "sync_overview.h"

#include <cstdlib>

namespace yk::sync {

using namespace yokoten::v1;
using yokoten::device::SyncLog;

namespace {

/// Clock differences below this are normal (the Date header has one-second resolution).
constexpr std::int64_t kClockSkewWarningMs = 5 * 60 * 1000;

} // namespace

SyncOverviewReader::SyncOverviewReader(EngineContext& context, ServerApi& api, AttachmentRepository& files)
    : m_context(context)
    , m_api(api)
    , m_files(files)
{
}

SyncStatus SyncOverviewReader::noteAttempt(const std::optional<SyncError>& error, const SyncReport* report)
{
    if (m_api.revoked())
        return {}; // the store is about to be wiped
    auto log = m_context.state.syncLog();
    if (!log)
        return log.error();
    SyncLog next = std::move(*log);
    next.set_last_attempt_ms(m_context.now());
    next.set_clock_skew_ms(m_api.clockSkewMs());
    if (error) {
        next.set_last_error_code(std::string(syncErrorName(error->code)));
        next.set_last_error_ja(error->messageJa);
        next.set_last_error_en(error->messageEn);
    } else {
        next.set_last_success_ms(m_context.now());
        next.clear_last_error_code();
        next.clear_last_error_ja();
        next.clear_last_error_en();
        if (report != nullptr) {
            next.set_last_sent(report->sent);
            next.set_last_received(report->received);
        }
    }
    return m_context.state.setSyncLog(next);
}

SyncResult<SyncOverview> SyncOverviewReader::overview()
{
    SyncOverview o;
    auto acc = m_context.state.findAccount();
    if (!acc)
        return acc.error();
    if (*acc) {
        o.enrolled = true;
        o.serverUrl = (*acc)->server_url();
        o.deviceId = (*acc)->device_id();
        o.deviceKind = (*acc)->kind();
        o.organisationId = (*acc)->organisation_id();
    }
    auto sess = m_context.state.findSession();
    if (!sess)
        return sess.error();
    if (*sess) {
        o.signedIn = true;
        o.login = (*sess)->tokens().user().login();
    }
    o.scope = o.login.empty() ? "device:" + std::string(DeviceKind_Name(o.deviceKind)) : "user:" + o.login;
    auto pending = m_context.tables.outboxCount();
    if (!pending)
        return syncErrorFromStore(pending.error());
    o.pending = *pending;
    auto uploads = m_files.pendingCount(AttachmentTransfer::Direction::Upload);
    auto downloads = m_files.pendingCount(AttachmentTransfer::Direction::Download);
    if (!uploads || !downloads)
        return syncErrorFromStore(!uploads ? uploads.error() : downloads.error());
    o.pendingUploads = *uploads;
    o.pendingDownloads = *downloads;
    auto log = m_context.state.syncLog();
    if (!log)
        return log.error();
    o.lastSuccessMs = log->last_success_ms();
    o.lastAttemptMs = log->last_attempt_ms();
    o.clockSkewMs = log->clock_skew_ms();
    o.visitorEntriesSent = log->visitor_entries_sent();
    o.visitorEntriesRefused = log->visitor_entries_refused();
    o.online = log->last_error_code().empty() && o.lastAttemptMs > 0;
    if (!log->last_error_code().empty()) {
        SyncError error;
        error.detail = log->last_error_code();
        error.messageJa = log->last_error_ja();
        error.messageEn = log->last_error_en();
        o.lastError = error;
    }
    if (std::abs(o.clockSkewMs) > kClockSkewWarningMs && !o.lastError) {
        const auto minutes = std::to_string(std::abs(o.clockSkewMs) / 60000);
        o.lastError = SyncError { SyncErrorCode::InvalidInput, "clock_skew",
            "端末の時計がサーバーと約" + minutes + "分ずれています。日付と時刻の設定を確認してください。",
            "This device's clock is about " + minutes
                + " minutes off the server's. Check the date and time settings.",
            "clock_skew" };
    }
    auto cursor = m_context.state.cursor();
    if (!cursor)
        return cursor.error();
    o.cursor = cursor->value_or("");
    auto lastApplied = m_context.state.counter(DeviceState::Counter::LastAppliedSeq);
    if (!lastApplied)
        return lastApplied.error();
    o.lastAppliedSeq = *lastApplied;
    o.activity = m_context.activity();
    return o;
}

SyncResult<RecordSyncState> SyncOverviewReader::stateOf(RecordKind kind, const std::string& id)
{
    auto pending = m_context.tables.hasPending(kind, id);
    if (!pending)
        return syncErrorFromStore(pending.error());
    if (*pending)
        return RecordSyncState::Pending;
    auto outcome = m_context.tables.latestOutcome(kind, id);
    if (!outcome)
        return syncErrorFromStore(outcome.error());
    if (*outcome && (*outcome)->status == MUTATION_STATUS_REJECTED)
        return RecordSyncState::Rejected;
    return RecordSyncState::Synced;
}

} // namespace yk::sync
