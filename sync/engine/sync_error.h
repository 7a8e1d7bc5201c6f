#pragma once

#include "domain/result.h"
#include "storage/store_error.h"
#include "transport/transport.h"

#include <string>
#include <string_view>

namespace yk::sync {

/// Why a sync call failed, in terms a care worker can act on.
enum class SyncErrorCode {
    NotEnrolled, ///< no server yet: enrol this device first
    NotSignedIn, ///< sign in first
    SessionExpired, ///< the sign-in ran out: sign in again (pending changes are kept)
    InvalidCredentials, ///< wrong login or password
    EnrolmentRefused, ///< the enrolment code is wrong, used or expired
    Unreachable, ///< no connection to the server (offline, server down)
    TimedOut,
    ConnectionLost,
    CertificateUntrusted,
    CertificateHostMismatch,
    CertificateTimeInvalid, ///< also what a wrong device clock looks like
    CertificateChanged,
    TlsFailure,
    ClientTooOld, ///< the server wants a newer app
    ServerTooOld, ///< the server speaks an older protocol than this app
    DeviceRevoked, ///< centre staff revoked this device: local data is wiped
    AccountDisabled,
    Forbidden,
    ServerBusy,
    ServerError,
    Protocol, ///< an answer that does not parse or does not fit the request
    Storage, ///< the local store failed (disk full, damaged)
    InvalidInput, ///< the request itself is not valid (bad id, bad date)
    TooLarge, ///< a change is bigger than any server accepts: it waits until someone acts
    Cancelled,
};

struct SyncError {
    SyncErrorCode code = SyncErrorCode::ServerError;
    std::string serverCode; ///< the server's ErrorResponse.code, when it sent one
    std::string messageJa;
    std::string messageEn;
    std::string detail; ///< technical, English, no personal data

    /// True when trying again later may succeed without anyone doing anything.
    bool retryable() const;
};

std::string_view syncErrorName(SyncErrorCode code);
/// A SyncError with the standard messages for `code`.
SyncError makeSyncError(SyncErrorCode code, std::string detail = {});

/// A store failure as a sync error, keeping the store's own message (e.g. "the device is full").
SyncError syncErrorFromStore(const storage::StoreError& error);
/// Why no answer came, as a sync error.
SyncError syncErrorFromTransport(const TransportError& error);

template <typename T> using SyncResult = Result<T, SyncError>;
using SyncStatus = Status<SyncError>;

} // namespace yk::sync
