#pragma once

#include "sync_error.h"
#include "sync_repository.h"

#include "device_state.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace yk::sync {

/// The device's sync state, typed: who it is (account), who is signed in (session), how far
/// it got (cursor and sequence numbers) and what happened last (sync log). Kept as rows of
/// the sync state table; writes join the caller's transaction.
class DeviceState {
public:
    enum class Counter {
        NextSeq, ///< the seq the next local mutation gets
        AckedSeq, ///< every seq up to here has a server answer
        LastAppliedSeq, ///< the last seq the server said it applied
    };

    explicit DeviceState(SyncRepository& tables);

    SyncResult<std::optional<yokoten::device::DeviceAccount>> findAccount();
    /// The account; NotEnrolled when there is none.
    SyncResult<yokoten::device::DeviceAccount> account();
    SyncStatus setAccount(const yokoten::device::DeviceAccount& account);
    /// True for an enrolled kiosk (write-only for visitor data).
    SyncResult<bool> isKiosk();

    SyncResult<std::optional<yokoten::device::DeviceSession>> findSession();
    /// The session; NotSignedIn when there is none.
    SyncResult<yokoten::device::DeviceSession> session();
    SyncStatus setSession(const yokoten::device::DeviceSession& session);
    SyncStatus clearSession();

    /// The user the store belongs to (set at the first sign-in).
    SyncResult<std::optional<std::string>> owner();
    SyncStatus setOwner(const std::string& userId);

    SyncResult<std::optional<std::string>> cursor();
    SyncStatus setCursor(const std::string& cursor);

    SyncResult<std::int64_t> counter(Counter which);
    SyncStatus setCounter(Counter which, std::int64_t value);

    /// What the last sync attempts did; empty when nothing was tried yet.
    SyncResult<yokoten::device::SyncLog> syncLog();
    SyncStatus setSyncLog(const yokoten::device::SyncLog& log);

private:
    SyncRepository& m_tables;
};

} // namespace yk::sync
