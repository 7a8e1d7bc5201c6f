#pragma once

#include "engine_context.h"
#include "server_api.h"

#include "yokoten/v1/sync.pb.h"

#include <string>

namespace yk::sync {

/// Who the device is and who uses it: enrolment with a one-time code, sign-in as a user or
/// as the device, sign-out. The credentials are kept in the device state.
class Enrolment {
public:
    Enrolment(EngineContext& context, ServerApi& api);

    SyncResult<yokoten::v1::EnrolResponse> enrol(const std::string& serverUrl, const std::string& caPem,
        const std::string& pinnedSpkiSha256, const std::string& code, const std::string& deviceName,
        const std::string& platform);
    SyncResult<yokoten::v1::SessionTokens> signIn(const std::string& login, const std::string& password);
    SyncStatus signOut();

private:
    EngineContext& m_context;
    ServerApi& m_api;
};

} // namespace yk::sync
