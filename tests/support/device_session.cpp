#include "device_session.h"

#include "auth/enrolment_code.h"

#include <chrono>

namespace yk::test {

using namespace yokoten::v1;

std::string makeEnrolmentCode(server::ServerStore& store, const std::string& organisationId, DeviceKind kind)
{
    const std::string code = server::enrolment_code::generate();
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
                         .count();
    auto tx = store.write();
    if (!tx || code.empty())
        return {};
    if (!server::enrolment_code::insert(**tx, code, organisationId, kind, now, now + 3600)
        || !(*tx)->commit())
        return {};
    return server::enrolment_code::format(code);
}

DeviceSession enrolAndSignIn(
    HttpsClient& client, const std::string& code, const std::string& login, const std::string& password)
{
    DeviceSession session;
    EnrolRequest enrol;
    enrol.set_code(code);
    enrol.set_device_name("test device");
    auto enrolled = client.post<EnrolResponse>("/v1/devices/enrol", enrol);
    if (!enrolled.reply) {
        session.error = "enrol: " + std::to_string(enrolled.status) + " " + enrolled.error.code()
            + enrolled.transportError;
        return session;
    }
    SignInRequest signIn;
    signIn.set_device_id(enrolled.reply->device_id());
    signIn.set_device_secret(enrolled.reply->device_secret());
    signIn.set_login(login);
    signIn.set_password(password);
    auto tokens = client.post<SessionTokens>("/v1/auth/sign-in", signIn);
    if (!tokens.reply) {
        session.error
            = "sign-in: " + std::to_string(tokens.status) + " " + tokens.error.code() + tokens.transportError;
        return session;
    }
    session.accessToken = tokens.reply->access_token();
    return session;
}

ProtobufReply<EnrolResponse> enrolDevice(HttpsClient& client, const std::string& code)
{
    EnrolRequest enrol;
    enrol.set_code(code);
    enrol.set_device_name("test device");
    return client.post<EnrolResponse>("/v1/devices/enrol", enrol);
}

SignInRequest signInRequest(
    const EnrolResponse& device, const std::string& login, const std::string& password)
{
    SignInRequest signIn;
    signIn.set_device_id(device.device_id());
    signIn.set_device_secret(device.device_secret());
    signIn.set_login(login);
    signIn.set_password(password);
    return signIn;
}

const server::DemoAccount* demoAccount(const server::DemoSeed& seed, const std::string& login)
{
    for (const auto& account : seed.accounts) {
        if (account.login == login)
            return &account;
    }
    return nullptr;
}

} // namespace yk::test
