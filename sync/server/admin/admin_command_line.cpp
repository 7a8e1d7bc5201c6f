// The `yokoten-server user …` and `device …` command lines: the command table, help texts,
// and the checks that need no store.
#include "admin_command_line.h"

#include "admin_commands.h"

#include "auth/enrolment_code.h"
#include "auth/role_names.h"

#include <algorithm>
#include <charconv>
#include <ostream>

namespace yk::server::admin_command_line {

namespace {

constexpr std::string_view kProgram = Program;
constexpr int kMaxCodeTtlHours = 24 * 30;
constexpr std::size_t kMaxLoginLength = 128;
constexpr std::size_t kMaxDisplayNameLength = 200;

// ---- command table ---------------------------------------------------------------------------

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

} // namespace

const std::string& ParsedCommand::value(std::string_view option) const
{
    static const std::string none;
    const auto it = values.find(option);
    return it == values.end() ? none : it->second;
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
        return usageError(err, "which command?", commandsUsage());
    const std::string& group = args[0];
    if (group == "--help" || group == "-h" || group == "help") {
        out << commandsUsage();
        return { std::nullopt, AdminExitOk };
    }
    if (group != "user" && group != "device")
        return usageError(err, "unknown command '" + group + "'", commandsUsage());
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

std::string commandsUsage()
{
    std::string text = "Admin commands:\n";
    for (const auto& spec : commands())
        text += "  " + std::string(kProgram) + " " + std::string(spec.synopsis) + "\n";
    text += "Run '" + std::string(kProgram) + " COMMAND SUBCOMMAND --help' for details.\n";
    return text;
}

} // namespace yk::server::admin_command_line
