#pragma once

#include "https_client.h"

#include "auth/demo_seed.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <string>

namespace yk::test {

/// A one-time enrolment code ("ABCD-EFGH-JKMN") for a device of `kind` in `organisationId`,
/// valid for an hour, as `yokoten-server device code` makes it; empty if it could not be stored.
std::string makeEnrolmentCode(
    server::ServerStore& store, const std::string& organisationId, yokoten::v1::DeviceKind kind);

/// The outcome of enrolling a device and signing in on it.
struct DeviceSession {
    std::string accessToken; ///< empty when something failed
    std::string error; ///< what failed, with the HTTP status and error code
    bool ok() const { return !accessToken.empty(); }
};

/// Enrols with `code` over `client`, then signs in as `login` (or as the device alone when
/// `login` is empty, as kiosks and phones do).
DeviceSession enrolAndSignIn(HttpsClient& client, const std::string& code, const std::string& login = {},
    const std::string& password = {});

/// Enrols a device with `code`; the server's answer (the reply, or its error).
ProtobufReply<yokoten::v1::EnrolResponse> enrolDevice(HttpsClient& client, const std::string& code);
/// A sign-in on an enrolled device as `login` (empty: as the device alone).
yokoten::v1::SignInRequest signInRequest(const yokoten::v1::EnrolResponse& device,
    const std::string& login = {}, const std::string& password = {});

/// The demo account with this login, or null.
const server::DemoAccount* demoAccount(const server::DemoSeed& seed, const std::string& login);

} // namespace yk::test
