#pragma once

#include "domain/result.h"

#include <string>
#include <string_view>

namespace yk::platform {

/// Why a key vault could not keep or give back a store's secret.
enum class VaultErrorCode {
    Unavailable, ///< no keystore here (no Secret Service on the bus, no session, timed out)
    Denied, ///< the keystore refused: locked keyring, a dismissed prompt, missing rights
    Corrupt, ///< the entry exists but is not a 32-byte secret (damaged or foreign)
    Insecure, ///< a key file others can read: refused rather than trusted
    ReadOnly, ///< a read-only source (systemd credential) cannot be changed
    InvalidArgument, ///< a store id that is not a store id (a bug, never a user's doing)
    Io, ///< any other input/output failure
};

/// A vault error: the code decides the message; `detail` is for logs (English, no secrets).
struct VaultError {
    VaultErrorCode code = VaultErrorCode::Io;
    std::string detail;

    /// Message for the user, Japanese first.
    std::string_view messageJa() const;
    /// The same message in English.
    std::string_view messageEn() const;
};

std::string_view vaultErrorName(VaultErrorCode code);

template <typename T> using VaultResult = Result<T, VaultError>;
using VaultStatus = Status<VaultError>;

inline VaultError makeVaultError(VaultErrorCode code, std::string detail)
{
    return VaultError { code, std::move(detail) };
}

} // namespace yk::platform
