#include "admin_commands.h"

#include "account_admin.h"
#include "admin_command_line.h"

#include "auth/auth_crypto.h"
#include "auth/enrolment_code.h"
#include "auth/role_names.h"
#include "json_writer.h"

#include <istream>
#include <ostream>

namespace yk::server {

using namespace yokoten::v1;
using proto::JsonWriter;

namespace {

using admin_command_line::DefaultCodeTtlHours;
using admin_command_line::ParsedCommand;
using admin_command_line::parseHours;
constexpr std::string_view kProgram = admin_command_line::Program;

// ---- output ----------------------------------------------------------------------------------

/// Says what failed, as text or (with --json) as {"error": code, "message": text}.
int fail(std::ostream& err, bool json, std::string_view code, std::string_view message)
{
    if (json) {
        JsonWriter object(JsonWriter::Style::Compact);
        object.beginObject().key("error").value(code).key("message").value(message).endObject();
        err << object.finish();
    } else {
        err << kProgram << ": " << message << "\n";
    }
    return AdminExitFailure;
}

int fail(std::ostream& err, bool json, const AdminError& error)
{
    return fail(err, json, error.code, error.message);
}

// ---- commands: parsed arguments in, the account operation, its result out ----------------------

int userAdd(ServerStore& store, const ParsedCommand& cmd, std::istream& in, std::ostream& out,
    std::ostream& err, const AdminOptions& options)
{
    NewUser user;
    user.login = cmd.value("--login");
    user.role = *parseRoleName(cmd.value("--role"));
    user.organisationId = cmd.value("--org");
    user.displayName = cmd.value("--name");
    if (!std::getline(in, user.password))
        return fail(err, cmd.json, "password_missing", "no password on standard input (one line)");
    if (!user.password.empty() && user.password.back() == '\r')
        user.password.pop_back();
    const std::string login = user.login;
    const Role role = user.role;
    auto created = addUser(store, std::move(user), options);
    if (!created)
        return fail(err, cmd.json, created.error());
    if (cmd.json) {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject();
        json.key("user_id").value(created->userId).key("login").value(login);
        json.key("organisation_id").value(created->organisationId).key("role").value(roleName(role));
        json.key("display_name").value(created->displayName).endObject();
        out << json.finish();
    } else {
        out << "Created user " << login << " (" << created->userId << ") as " << roleName(role) << " in "
            << created->organisationName << ".\n";
    }
    return AdminExitOk;
}

int userDisable(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err)
{
    const std::string& login = cmd.value("--login");
    auto disabled = disableUser(store, login);
    if (!disabled)
        return fail(err, cmd.json, disabled.error());
    if (cmd.json) {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject().key("user_id").value(disabled->userId).key("login").value(login);
        json.key("disabled").value(true).endObject();
        out << json.finish();
    } else {
        out << (disabled->wasDisabled ? "User " + login + " was already disabled.\n"
                                      : "Disabled user " + login + ".\n");
    }
    return AdminExitOk;
}

int deviceCode(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err,
    const AdminOptions& options)
{
    const DeviceKind kind = *parseDeviceKind(cmd.value("--kind"));
    const int hours
        = cmd.value("--ttl-hours").empty() ? DefaultCodeTtlHours : *parseHours(cmd.value("--ttl-hours"));
    auto issued = issueEnrolmentCode(store, cmd.value("--org"), kind, hours, options);
    if (!issued)
        return fail(err, cmd.json, issued.error());
    const std::string expires = auth_crypto::isoUtc(issued->expiresAt);
    if (cmd.json) {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject().key("code").value(issued->code).key("kind").value(deviceKindName(kind));
        json.key("organisation_id")
            .value(issued->organisationId)
            .key("expires_at")
            .value(expires)
            .endObject();
        out << json.finish();
    } else {
        out << "Enrolment code: " << issued->code << "\n"
            << "Device kind:    " << deviceKindName(kind) << "\n"
            << "Organisation:   " << issued->organisationName << " (" << issued->organisationId << ")\n"
            << "Expires:        " << expires << " (in " << hours << " hours)\n"
            << "The code enrols one device, once. It is not shown again.\n";
    }
    return AdminExitOk;
}

void writeDevice(JsonWriter& json, const EnrolledDevice& device)
{
    json.beginObject().key("device_id").value(device.id).key("organisation_id").value(device.organisationId);
    json.key("kind").value(deviceKindName(device.kind)).key("name").value(device.name);
    json.key("platform")
        .value(device.platform)
        .key("enrolled_at")
        .value(auth_crypto::isoUtc(device.enrolledAt));
    json.key("revoked_at");
    if (device.revokedAt)
        json.value(auth_crypto::isoUtc(*device.revokedAt));
    else
        json.null();
    json.key("last_seen_at");
    if (device.lastSeenAt)
        json.value(auth_crypto::isoUtc(*device.lastSeenAt));
    else
        json.null();
    json.endObject();
}

int deviceList(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err)
{
    auto devices = listDevices(store, cmd.value("--org"));
    if (!devices)
        return fail(err, cmd.json, devices.error());
    if (cmd.json) {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject().key("devices").beginArray();
        for (const auto& device : *devices)
            writeDevice(json, device);
        json.endArray().key("count").value(static_cast<long long>(devices->size())).endObject();
        out << json.finish();
        return AdminExitOk;
    }
    if (devices->empty()) {
        out << "No devices enrolled.\n";
        return AdminExitOk;
    }
    out << "DEVICE ID                             KIND    ORGANISATION                          ENROLLED "
           " "
           "            STATUS  LAST SEEN             NAME\n";
    for (const auto& device : *devices) {
        const auto kind = deviceKindName(device.kind);
        out << device.id << "  " << kind << std::string(8 - kind.size(), ' ') << device.organisationId << "  "
            << auth_crypto::isoUtc(device.enrolledAt) << "  " << (device.revokedAt ? "revoked " : "active  ")
            << (device.lastSeenAt ? auth_crypto::isoUtc(*device.lastSeenAt) : "-") << "  " << device.name
            << "\n";
    }
    return AdminExitOk;
}

int deviceRevoke(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err,
    const AdminOptions& options)
{
    const std::string& deviceId = cmd.positional;
    auto revoked = revokeDevice(store, deviceId, options);
    if (!revoked)
        return fail(err, cmd.json, revoked.error());
    if (cmd.json) {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject().key("device_id").value(deviceId);
        json.key("revoked_at").value(auth_crypto::isoUtc(revoked->revokedAt)).endObject();
        out << json.finish();
    } else if (revoked->wasRevoked) {
        out << "Device " << deviceId << " was already revoked.\n";
    } else {
        out << "Revoked device " << deviceId << ". It deletes its local data on its next contact.\n";
    }
    return AdminExitOk;
}

} // namespace

// ---- public ----------------------------------------------------------------------------------

std::string adminUsage()
{
    return admin_command_line::commandsUsage();
}

bool isAdminCommand(const std::vector<std::string>& args)
{
    return !args.empty() && (args[0] == "user" || args[0] == "device");
}

std::optional<int> answerAdminCommandWithoutStore(
    const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    auto outcome = admin_command_line::parse(args, out, err);
    if (outcome.command)
        return std::nullopt;
    return outcome.exitCode;
}

int runAdminCommand(ServerStore& store, const std::vector<std::string>& args, std::istream& in,
    std::ostream& out, std::ostream& err)
{
    return runAdminCommand(store, args, in, out, err, AdminOptions {});
}

int runAdminCommand(ServerStore& store, const std::vector<std::string>& args, std::istream& in,
    std::ostream& out, std::ostream& err, const AdminOptions& options)
{
    auto outcome = admin_command_line::parse(args, out, err);
    if (!outcome.command)
        return outcome.exitCode;
    const auto& cmd = *outcome.command;
    const auto& spec = *cmd.spec;
    if (spec.group == "user" && spec.action == "add")
        return userAdd(store, cmd, in, out, err, options);
    if (spec.group == "user" && spec.action == "disable")
        return userDisable(store, cmd, out, err);
    if (spec.group == "device" && spec.action == "code")
        return deviceCode(store, cmd, out, err, options);
    if (spec.group == "device" && spec.action == "list")
        return deviceList(store, cmd, out, err);
    return deviceRevoke(store, cmd, out, err, options);
}

} // namespace yk::server
