#pragma once

#include "auth/password_hash.h"
#include "core/api_error.h"
#include "core/principal.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

namespace yk::server {

struct AuthOptions {
    std::chrono::seconds accessTokenLifetime { 15 * 60 };
    std::chrono::seconds refreshTokenLifetime { 30 * 24 * 3600 };
    std::function<std::chrono::system_clock::time_point()> clock
        = [] { return std::chrono::system_clock::now(); };
    /// Cost of the dummy hash checked for an unknown login, so that it takes as long as a
    /// wrong password. Match it to the cost accounts are created with.
    PasswordCost passwordCost = PasswordCost::production();
};

/// Devices, sign-in and tokens. Enrolment codes, device secrets, passwords and refresh tokens
/// are stored only as hashes (passwords as slow salted scrypt hashes). Access tokens are
/// short-lived and signed with a server key kept in the store; every authentication also
/// re-reads the device, user and organisation, so a revoked device or a disabled user is
/// refused at once.
class Authenticator {
public:
    static StoreResult<std::unique_ptr<Authenticator>> open(ServerStore& store, AuthOptions options = {});
    ~Authenticator();

    /// `server` of the response is left for the caller to fill.
    ApiResult<yokoten::v1::EnrolResponse> enrol(const yokoten::v1::EnrolRequest& request);
    ApiResult<yokoten::v1::SessionTokens> signIn(const yokoten::v1::SignInRequest& request);
    ApiResult<yokoten::v1::SessionTokens> refresh(const yokoten::v1::RefreshRequest& request);
    ApiResult<Principal> authenticate(std::string_view accessToken);

    /// Upper bounds of what a client sends, checked before any work.
    static constexpr std::size_t kMaxSecretLength = 256;
    static constexpr std::size_t kMaxLoginLength = 128;
    static constexpr std::size_t kMaxPasswordLength = 1024;
    static constexpr std::size_t kMaxDeviceNameLength = 200;

private:
    Authenticator(ServerStore& store, AuthOptions options);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace yk::server
