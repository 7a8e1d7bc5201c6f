#include "enrolment.h"

#include "transactions.h"

namespace yk::sync {

using namespace yokoten::v1;
using yokoten::device::DeviceAccount;
using yokoten::device::DeviceSession;

Enrolment::Enrolment(EngineContext& context, ServerApi& api)
    : m_context(context)
    , m_api(api)
{
}

SyncResult<EnrolResponse> Enrolment::enrol(const std::string& serverUrl, const std::string& caPem,
    const std::string& pinnedSpkiSha256, const std::string& code, const std::string& deviceName,
    const std::string& platform)
{
    if (auto existing = m_context.state.findAccount(); !existing)
        return existing.error();
    else if (*existing)
        return SyncError { SyncErrorCode::InvalidInput, {}, "この端末は既に登録されています。",
            "This device is already enrolled.", "already enrolled" };
    EnrolRequest request;
    request.set_code(code);
    request.set_device_name(deviceName);
    request.set_platform(platform);
    auto response = m_api.call<EnrolResponse>("/v1/devices/enrol", request, false);
    if (!response)
        return response.error();
    if (response->device_id().empty() || response->device_secret().empty())
        return makeSyncError(SyncErrorCode::Protocol, "enrolment answer without credentials");
    DeviceAccount account;
    account.set_server_url(serverUrl);
    account.set_ca_pem(caPem);
    account.set_pinned_spki_sha256(pinnedSpkiSha256);
    account.set_device_id(response->device_id());
    account.set_device_secret(response->device_secret());
    account.set_kind(response->kind());
    account.set_organisation_id(response->organisation_id());
    *account.mutable_server() = response->server();
    account.set_enrolled_at_ms(m_context.now());
    if (auto status = m_context.state.setAccount(account); !status)
        return status.error();
    return response;
}

SyncResult<SessionTokens> Enrolment::signIn(const std::string& login, const std::string& password)
{
    auto acc = m_context.state.account();
    if (!acc)
        return acc.error();
    m_context.setActivity(SyncActivity::Phase::SigningIn, 0, 0);
    SignInRequest request;
    request.set_device_id(acc->device_id());
    request.set_device_secret(acc->device_secret());
    request.set_login(login);
    request.set_password(password);
    auto tokens = m_api.call<SessionTokens>("/v1/auth/sign-in", request, false);
    m_context.setActivity(SyncActivity::Phase::Idle, 0, 0);
    if (!tokens)
        return tokens.error();
    // A store belongs to one person: what waits in its outbox was written by them, and must
    // never be sent in someone else's name.
    auto owner = m_context.state.owner();
    if (!owner)
        return owner.error();
    const std::string userId = tokens->user().id();
    if (*owner && **owner != userId)
        return SyncError { SyncErrorCode::Forbidden, {},
            "この端末のデータは別の利用者のものです。ご自分の利用者でストアを作成してください。",
            "This store belongs to another person. Create a store of your own.",
            "store owned by another user" };
    auto tx = beginTransaction(m_context.store);
    if (!tx)
        return tx.error();
    DeviceSession session;
    *session.mutable_tokens() = *tokens;
    session.set_signed_in_at_ms(m_context.now());
    if (auto status = m_context.state.setSession(session); !status)
        return status.error();
    if (!*owner)
        if (auto status = m_context.state.setOwner(userId); !status)
            return status.error();
    if (auto status = (*tx)->commit(); !status)
        return syncErrorFromStore(status.error());
    return tokens;
}

SyncStatus Enrolment::signOut()
{
    return m_context.state.clearSession();
}

} // namespace yk::sync
