#include "admin_commands.h"

#include "account_admin.h"

#include "auth/auth_crypto.h"
#include "auth/enrolment_code.h"
#include "auth/role_names.h"
#include "json_writer.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <map>
#include <ostream>
#include <sstream>

namespace yk::server {

using namespace yokoten::v1;
using proto::JsonWriter;

namespace {

constexpr std::string_view kProgram = "yokoten-server";
constexpr int kDefaultCodeTtlHours = 72;
constexpr int kMaxCodeTtlHours = 24 * 30;
constexpr std::size_t kMaxLoginLength = 128;
constexpr std::size_t kMaxDisplayNameLength = 200;

// ---- command table ---------------------------------------------------------------------------

struct CommandSpec {
    std::string_view group;
    std::string_view action;
    std::vector<std::string_view> required; ///< options that take a value and must be given
    std::vector<std::string_view> optional; ///< options that take a value
    std::string_view positional; ///< name of the one positional argument, empty for none
    std::string_view synopsis;
    std::string_view help;
};

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> table {
        { "user", "add", { "--org", "--role", "--login" }, { "--name" }, {},
            "user add --data DIR --org ORG_ID --role ROLE --login LOGIN [--name NAME] [--json]",
            "Creates a user account. The password is read from standard input (one line, at least 10\n"
            "characters). ROLE is one of: facility-staff, facility-manager, municipal-officer,\n"
            "prefecture-officer, centre-staff, attendee. NAME is the display name (default: LOGIN).\n" },
        { "user", "disable", { "--login" }, {}, {}, "user disable --data DIR --login LOGIN [--json]",
            "Disables a user account: its sessions end at once and it can no longer sign in.\n" },
        { "device", "code", { "--org", "--kind" }, { "--ttl-hours" }, {},
            "device code --data DIR --org ORG_ID --kind tablet|kiosk|phone [--ttl-hours N] [--json]",
            "Prints a one-time enrolment code for a new device of the organisation. The code is valid\n"
            "for N hours (default 72, at most 720) and for one device only.\n" },
        { "device", "list", {}, { "--org" }, {}, "device list --data DIR [--org ORG_ID] [--json]",
            "Lists enrolled devices, revoked ones included.\n" },
        { "device", "revoke", {}, {}, "DEVICE_ID", "device revoke --data DIR DEVICE_ID [--json]",
            "Revokes a device: it is refused from now on and deletes its local data on its next\n"
            "contact with the server.\n" },
    };
    return table;
}

struct ParsedCommand {
    const CommandSpec* spec = nullptr;
    std::map<std::string, std::string, std::less<>> values;
    std::string positional;
    bool json = false;

    const std::string& value(std::string_view option) const
    {
        static const std::string none;
        const auto it = values.find(option);
        return it == values.end() ? none : it->second;
    }
};

std::string groupUsage(std::string_view group)
{
    std::string text = "Usage:\n";
    for (const auto& spec : commands()) {
        if (spec.group == group)
            text += "  " + std::string(kProgram) + " " + std::string(spec.synopsis) + "\n";
    }
    return text;
}

std::string commandHelp(const CommandSpec& spec)
{
    return "Usage: " + std::string(kProgram) + " " + std::string(spec.synopsis) + "\n\n"
        + std::string(spec.help)
        + "\n--json prints the result as one JSON object. Exit status: 0 done, 1 failed, 2 wrong usage.\n";
}

bool wantsHelp(const std::vector<std::string>& args)
{
    return std::any_of(
        args.begin(), args.end(), [](const std::string& a) { return a == "--help" || a == "-h"; });
}

// --data belongs to the caller, which opened the store with it.
std::vector<std::string> withoutDataOption(const std::vector<std::string>& args)
{
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--data") {
            ++i;
            continue;
        }
        if (args[i].rfind("--data=", 0) == 0)
            continue;
        rest.push_back(args[i]);
    }
    return rest;
}

/// The outcome of parsing: a command to run, or an exit code already answered.
struct ParseOutcome {
    std::optional<ParsedCommand> command;
    int exitCode = AdminExitOk;
};

ParseOutcome usageError(std::ostream& err, const std::string& message, const std::string& usage)
{
    err << kProgram << ": " << message << "\n" << usage;
    return { std::nullopt, AdminExitUsage };
}

bool isValidLogin(std::string_view login)
{
    if (login.size() < 3 || login.size() > kMaxLoginLength)
        return false;
    return std::all_of(login.begin(), login.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-' || c == '@' || c == '+';
    });
}

std::optional<int> parseHours(std::string_view text)
{
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 1 || value > kMaxCodeTtlHours)
        return std::nullopt;
    return value;
}

ParseOutcome parse(const std::vector<std::string>& rawArgs, std::ostream& out, std::ostream& err)
{
    const auto args = withoutDataOption(rawArgs);
    if (args.empty())
        return usageError(err, "which command?", adminUsage());
    const std::string& group = args[0];
    if (group == "--help" || group == "-h" || group == "help") {
        out << adminUsage();
        return { std::nullopt, AdminExitOk };
    }
    if (group != "user" && group != "device")
        return usageError(err, "unknown command '" + group + "'", adminUsage());
    if (args.size() == 1 || args[1] == "--help" || args[1] == "-h") {
        if (args.size() > 1) {
            out << groupUsage(group);
            return { std::nullopt, AdminExitOk };
        }
        return usageError(err, "'" + group + "' needs a sub-command", groupUsage(group));
    }
    const auto spec = std::find_if(commands().begin(), commands().end(),
        [&](const CommandSpec& s) { return s.group == group && s.action == args[1]; });
    if (spec == commands().end())
        return usageError(err, "unknown command '" + group + " " + args[1] + "'", groupUsage(group));
    if (wantsHelp(args)) {
        out << commandHelp(*spec);
        return { std::nullopt, AdminExitOk };
    }

    const std::string usage = "Usage: " + std::string(kProgram) + " " + std::string(spec->synopsis) + "\n";
    ParsedCommand parsed;
    parsed.spec = &*spec;
    bool hasPositional = false;
    for (std::size_t i = 2; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg == "--json") {
            parsed.json = true;
            continue;
        }
        if (arg.rfind("--", 0) == 0) {
            std::string value;
            bool inlineValue = false;
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg.resize(eq);
                inlineValue = true;
            }
            const bool known
                = std::find(spec->required.begin(), spec->required.end(), arg) != spec->required.end()
                || std::find(spec->optional.begin(), spec->optional.end(), arg) != spec->optional.end();
            if (!known)
                return usageError(err, "unknown option " + arg, usage);
            if (!inlineValue) {
                if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
                    return usageError(err, arg + " needs a value", usage);
                value = args[++i];
            }
            if (value.empty())
                return usageError(err, arg + " needs a value", usage);
            parsed.values[arg] = value;
            continue;
        }
        if (spec->positional.empty() || hasPositional)
            return usageError(err, "unexpected argument '" + arg + "'", usage);
        parsed.positional = arg;
        hasPositional = true;
    }
    for (const auto option : spec->required) {
        if (parsed.values.find(option) == parsed.values.end())
            return usageError(err, "missing " + std::string(option), usage);
    }
    if (!spec->positional.empty() && !hasPositional)
        return usageError(err, "missing " + std::string(spec->positional), usage);

    // Values whose meaning does not depend on the store.
    if (const auto& role = parsed.value("--role"); !role.empty() && !parseRoleName(role))
        return usageError(err,
            "unknown role '" + role
                + "' (use facility-staff, facility-manager, municipal-officer, prefecture-officer, "
                  "centre-staff or attendee)",
            usage);
    if (const auto& kind = parsed.value("--kind"); !kind.empty() && !parseDeviceKind(kind))
        return usageError(err, "unknown device kind '" + kind + "' (use tablet, kiosk or phone)", usage);
    if (const auto& hours = parsed.value("--ttl-hours"); !hours.empty() && !parseHours(hours))
        return usageError(err, "--ttl-hours takes a whole number of hours from 1 to 720", usage);
    if (const auto& login = parsed.value("--login"); !login.empty() && !isValidLogin(login))
        return usageError(err, "a login has 3 to 128 characters: letters a-z, digits and . _ - @ +", usage);
    if (parsed.value("--name").size() > kMaxDisplayNameLength)
        return usageError(err, "--name is too long (at most 200 bytes)", usage);
    return { std::move(parsed), AdminExitOk };
}

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
        = cmd.value("--ttl-hours").empty() ? kDefaultCodeTtlHours : *parseHours(cmd.value("--ttl-hours"));
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
    std::string text = "Admin commands:\n";
    for (const auto& spec : commands())
        text += "  " + std::string(kProgram) + " " + std::string(spec.synopsis) + "\n";
    text += "Run '" + std::string(kProgram) + " COMMAND SUBCOMMAND --help' for details.\n";
    return text;
}

bool isAdminCommand(const std::vector<std::string>& args)
{
    return !args.empty() && (args[0] == "user" || args[0] == "device");
}

std::optional<int> answerAdminCommandWithoutStore(
    const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    auto outcome = parse(args, out, err);
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
    auto outcome = parse(args, out, err);
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
