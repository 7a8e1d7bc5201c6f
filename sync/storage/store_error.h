#pragma once

#include "domain/result.h"

#include <string>
#include <string_view>

namespace yk::storage {

/// What went wrong with a store, in terms a person can act on.
enum class StoreErrorCode {
    WrongPasscode, ///< the passcode does not unwrap the data key
    WrongKey, ///< the key does not open the database (another store's key, or not ours)
    NotAStore, ///< the folder or file is not a Yokoten store
    Corrupt, ///< the database or key file is damaged or truncated
    NewerVersion, ///< written by a newer Yokoten; refused untouched
    ReadOnly, ///< the storage cannot be written
    DiskFull, ///< no space left
    AlreadyExists, ///< a store is already there
    NotFound, ///< no store, or no record with that id
    Busy, ///< another program holds the store
    InvalidArgument, ///< the caller passed something unusable (empty passcode, bad id …)
    Io, ///< any other input/output failure
    Internal, ///< a bug: should never reach a user
};

/// A store error: the code decides the message; `detail` is for logs (English, no personal data).
struct StoreError {
    StoreErrorCode code = StoreErrorCode::Internal;
    std::string detail;

    /// Message for the user, Japanese first.
    std::string_view messageJa() const;
    /// The same message in English.
    std::string_view messageEn() const;
};

std::string_view errorCodeName(StoreErrorCode code);
std::string_view messageJa(StoreErrorCode code);
std::string_view messageEn(StoreErrorCode code);

template <typename T> using StoreResult = Result<T, StoreError>;
using StoreStatus = Status<StoreError>;

inline StoreError makeError(StoreErrorCode code, std::string detail)
{
    return StoreError { code, std::move(detail) };
}

} // namespace yk::storage
