#pragma once

#include "auth/password_hash.h"
#include "core/server_store.h"
#include "domain/result.h"

#include "yokoten/v1/common.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace yk::server {

/// What the admin operations need besides the store; tests pass a cheap password cost and a
/// fixed clock.
struct AdminOptions {
    PasswordCost passwordCost = PasswordCost::production();
    std::function<std::chrono::system_clock::time_point()> clock
        = [] { return std::chrono::system_clock::now(); };
};

/// Why an admin operation was refused: a stable code for scripts ("login_taken") and a
/// sentence for the operator.
struct AdminError {
    std::string code;
    std::string message;
};
template <typename T> using AdminResult = Result<T, AdminError>;

struct NewUser {
    std::string organisationId;
    yokoten::v1::Role role = yokoten::v1::ROLE_UNSPECIFIED;
    std::string login;
    std::string displayName; ///< empty: the login
    std::string password; ///< checked for length and hashed; never stored as given
};

struct CreatedUser {
    std::string userId;
    std::string organisationId;
    std::string organisationName;
    std::string displayName;
};

/// Creates a user with a password credential; refuses an unknown organisation, a taken login
/// and a too short or too long password.
AdminResult<CreatedUser> addUser(ServerStore& store, NewUser user, const AdminOptions& options);

struct DisabledUser {
    std::string userId;
    bool wasDisabled = false; ///< it already was; nothing changed but its tokens are gone
};

/// Disables the user of `login` (every device learns it on its next pull) and ends its
/// sessions.
AdminResult<DisabledUser> disableUser(ServerStore& store, const std::string& login);

struct IssuedCode {
    std::string code; ///< formatted for reading out
    std::string organisationId;
    std::string organisationName;
    std::int64_t expiresAt = 0; ///< Unix seconds
};

/// A one-time code that enrols one device of `kind` for the organisation within `hours`.
AdminResult<IssuedCode> issueEnrolmentCode(ServerStore& store, const std::string& organisationId,
    yokoten::v1::DeviceKind kind, int hours, const AdminOptions& options);

struct EnrolledDevice {
    std::string id;
    std::string organisationId;
    yokoten::v1::DeviceKind kind = yokoten::v1::DEVICE_KIND_UNSPECIFIED;
    std::string name;
    std::string platform;
    std::int64_t enrolledAt = 0; ///< Unix seconds
    std::optional<std::int64_t> revokedAt;
    std::optional<std::int64_t> lastSeenAt;
};

/// Enrolled devices, revoked ones included, oldest first; of one organisation when
/// `organisationId` is not empty.
AdminResult<std::vector<EnrolledDevice>> listDevices(ServerStore& store, const std::string& organisationId);

struct RevokedDevice {
    std::int64_t revokedAt = 0; ///< Unix seconds
    bool wasRevoked = false;
};

/// Revokes a device and ends its sessions; it deletes its local data on its next contact.
AdminResult<RevokedDevice> revokeDevice(
    ServerStore& store, const std::string& deviceId, const AdminOptions& options);

} // namespace yk::server
