#include "admin.h"

#include "json_text.h"

#include "auth_crypto.h"
#include "enrolment_code.h"

#include "core/placement.h"
#include "storage/cipher.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <map>
#include <ostream>
#include <sstream>

namespace yk::server {

using namespace yokoten::v1;
using Statement = SqlStatement;

namespace {

constexpr std::string_view kProgram = "yokoten-server";
constexpr int kDefaultCodeTtlHours = 72;
constexpr int kMaxCodeTtlHours = 24 * 30;
constexpr std::size_t kMaxPasswordBytes = 1024;
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

/// One JSON object, built field by field in order.
class JsonObject {
public:
    JsonObject& add(std::string_view key, std::string_view value)
    {
        return raw(key, proto::jsonQuoted(value));
    }
    JsonObject& add(std::string_view key, std::int64_t value) { return raw(key, std::to_string(value)); }
    JsonObject& add(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
    JsonObject& addNull(std::string_view key) { return raw(key, "null"); }
    JsonObject& raw(std::string_view key, std::string_view json)
    {
        m_text += m_text.empty() ? "{" : ",";
        m_text += proto::jsonQuoted(key);
        m_text += ":";
        m_text += json;
        return *this;
    }
    std::string str() const { return m_text.empty() ? "{}" : m_text + "}"; }

private:
    std::string m_text;
};

/// Says what failed, as text or (with --json) as {"error": code, "message": text}.
int fail(std::ostream& err, bool json, std::string_view code, std::string_view message)
{
    if (json)
        err << JsonObject().add("error", code).add("message", message).str() << "\n";
    else
        err << kProgram << ": " << message << "\n";
    return AdminExitFailure;
}

int storeFail(std::ostream& err, bool json, const StoreError& error)
{
    return fail(err, json, "store_error", "the server store failed: " + error.detail);
}

// ---- commands --------------------------------------------------------------------------------

StoreResult<std::optional<Organisation>> findOrganisation(RecordQueries& queries, std::string_view id)
{
    auto found = queries.find(RECORD_KIND_ORGANISATION, id);
    if (!found)
        return found.error();
    if (!*found || !(*found)->has_organisation())
        return std::optional<Organisation> {};
    return std::optional<Organisation> { (*found)->organisation() };
}

StoreResult<std::optional<std::string>> userIdOfLogin(SqlConnection& db, std::string_view login)
{
    auto stmt = db.cached("SELECT user_id FROM credentials WHERE login = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, login);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read credentials");
        (*stmt)->reset();
        return error;
    }
    std::optional<std::string> id;
    if (step == Statement::Step::Row)
        id = (*stmt)->columnText(0);
    (*stmt)->reset();
    return id;
}

int userAdd(ServerStore& store, const ParsedCommand& cmd, std::istream& in, std::ostream& out,
    std::ostream& err, const AdminOptions& options)
{
    const std::string& login = cmd.value("--login");
    const Role role = *parseRoleName(cmd.value("--role"));
    std::string password;
    if (!std::getline(in, password))
        return fail(err, cmd.json, "password_missing", "no password on standard input (one line)");
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    if (characterCount(password) < kMinimumPasswordLength)
        return fail(err, cmd.json, "password_too_short",
            "the password is too short: at least " + std::to_string(kMinimumPasswordLength) + " characters");
    if (password.size() > kMaxPasswordBytes)
        return fail(err, cmd.json, "password_too_long", "the password is too long (at most 1024 bytes)");
    // The slow hash runs before the write transaction, so it blocks no other writer.
    const std::string passwordHash = hashPassword(password, options.passwordCost);
    std::fill(password.begin(), password.end(), '\0');
    if (passwordHash.empty())
        return fail(err, cmd.json, "hash_failed", "the password could not be hashed");

    auto tx = store.write();
    if (!tx)
        return storeFail(err, cmd.json, tx.error());
    auto org = findOrganisation(**tx, cmd.value("--org"));
    if (!org)
        return storeFail(err, cmd.json, org.error());
    if (!*org)
        return fail(err, cmd.json, "unknown_organisation", "no organisation with id " + cmd.value("--org"));
    auto existing = userIdOfLogin((*tx)->db(), login);
    if (!existing)
        return storeFail(err, cmd.json, existing.error());
    if (*existing)
        return fail(err, cmd.json, "login_taken", "the login is already in use");

    Record record;
    auto* user = record.mutable_user();
    user->set_id(storage::newUuid());
    user->set_organisation_id((*org)->id());
    user->set_login(login);
    user->set_display_name(cmd.value("--name").empty() ? login : cmd.value("--name"));
    user->add_roles(role);
    if (auto placed = putPlaced(**tx, record); !placed)
        return storeFail(err, cmd.json, placed.error());
    auto insert = (*tx)->db().cached(
        "INSERT INTO credentials(user_id, login, password_hash, changed_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return storeFail(err, cmd.json, insert.error());
    (*insert)->bind(1, user->id()).bind(2, login).bind(3, passwordHash);
    (*insert)->bind(4, auth_crypto::unixSeconds(options.clock()));
    if (auto status = (*insert)->run(); !status)
        return storeFail(err, cmd.json, status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFail(err, cmd.json, status.error());

    if (cmd.json) {
        out << JsonObject()
                   .add("user_id", user->id())
                   .add("login", login)
                   .add("organisation_id", (*org)->id())
                   .add("role", roleName(role))
                   .add("display_name", user->display_name())
                   .str()
            << "\n";
    } else {
        out << "Created user " << login << " (" << user->id() << ") as " << roleName(role) << " in "
            << (*org)->name() << ".\n";
    }
    return AdminExitOk;
}

int userDisable(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err)
{
    const std::string& login = cmd.value("--login");
    auto tx = store.write();
    if (!tx)
        return storeFail(err, cmd.json, tx.error());
    auto userId = userIdOfLogin((*tx)->db(), login);
    if (!userId)
        return storeFail(err, cmd.json, userId.error());
    if (!*userId)
        return fail(err, cmd.json, "unknown_login", "no user with that login");
    auto record = (*tx)->find(RECORD_KIND_USER, **userId);
    if (!record)
        return storeFail(err, cmd.json, record.error());
    if (!*record || !(*record)->has_user())
        return fail(err, cmd.json, "unknown_login", "the login has no user record");
    const bool wasDisabled = (*record)->user().disabled();
    if (!wasDisabled) {
        (*record)->mutable_user()->set_disabled(true);
        // Put through placement so every device of the organisation learns it on its next pull.
        if (auto placed = putPlaced(**tx, **record); !placed)
            return storeFail(err, cmd.json, placed.error());
    }
    auto forget = (*tx)->db().cached("DELETE FROM refresh_tokens WHERE user_id = ?");
    if (!forget)
        return storeFail(err, cmd.json, forget.error());
    (*forget)->bind(1, **userId);
    if (auto status = (*forget)->run(); !status)
        return storeFail(err, cmd.json, status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFail(err, cmd.json, status.error());

    if (cmd.json)
        out << JsonObject().add("user_id", **userId).add("login", login).add("disabled", true).str() << "\n";
    else
        out << (wasDisabled ? "User " + login + " was already disabled.\n"
                            : "Disabled user " + login + ".\n");
    return AdminExitOk;
}

int deviceCode(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err,
    const AdminOptions& options)
{
    const DeviceKind kind = *parseDeviceKind(cmd.value("--kind"));
    const int hours
        = cmd.value("--ttl-hours").empty() ? kDefaultCodeTtlHours : *parseHours(cmd.value("--ttl-hours"));
    auto tx = store.write();
    if (!tx)
        return storeFail(err, cmd.json, tx.error());
    auto org = findOrganisation(**tx, cmd.value("--org"));
    if (!org)
        return storeFail(err, cmd.json, org.error());
    if (!*org)
        return fail(err, cmd.json, "unknown_organisation", "no organisation with id " + cmd.value("--org"));
    const std::string code = enrolment_code::generate();
    if (code.size() != enrolment_code::kLength)
        return fail(err, cmd.json, "random_failed", "no random bytes for the code");
    const std::int64_t now = auth_crypto::unixSeconds(options.clock());
    const std::int64_t expiresAt = now + std::int64_t { hours } * 3600;
    if (auto status = enrolment_code::insert(**tx, code, (*org)->id(), kind, now, expiresAt); !status)
        return storeFail(err, cmd.json, status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFail(err, cmd.json, status.error());

    const std::string shown = enrolment_code::format(code);
    if (cmd.json) {
        out << JsonObject()
                   .add("code", shown)
                   .add("kind", deviceKindName(kind))
                   .add("organisation_id", (*org)->id())
                   .add("expires_at", auth_crypto::isoUtc(expiresAt))
                   .str()
            << "\n";
    } else {
        out << "Enrolment code: " << shown << "\n"
            << "Device kind:    " << deviceKindName(kind) << "\n"
            << "Organisation:   " << (*org)->name() << " (" << (*org)->id() << ")\n"
            << "Expires:        " << auth_crypto::isoUtc(expiresAt) << " (in " << hours << " hours)\n"
            << "The code enrols one device, once. It is not shown again.\n";
    }
    return AdminExitOk;
}

int deviceList(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err)
{
    auto snapshot = store.read();
    if (!snapshot)
        return storeFail(err, cmd.json, snapshot.error());
    const std::string& orgFilter = cmd.value("--org");
    if (!orgFilter.empty()) {
        auto org = findOrganisation(**snapshot, orgFilter);
        if (!org)
            return storeFail(err, cmd.json, org.error());
        if (!*org)
            return fail(err, cmd.json, "unknown_organisation", "no organisation with id " + orgFilter);
    }
    auto stmt = (*snapshot)->db().prepare("SELECT id, organisation_id, kind, name, platform, enrolled_at, "
                                          "revoked_at, last_seen_at FROM devices "
                                          "WHERE ? = '' OR organisation_id = ? ORDER BY enrolled_at, id");
    if (!stmt)
        return storeFail(err, cmd.json, stmt.error());
    (*stmt)->bind(1, orgFilter).bind(2, orgFilter);

    std::string jsonDevices;
    std::ostringstream table;
    int count = 0;
    for (;;) {
        const auto step = (*stmt)->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error)
            return storeFail(err, cmd.json, (*stmt)->lastError("list devices"));
        const std::string id = (*stmt)->columnText(0);
        const std::string orgId = (*stmt)->columnText(1);
        const auto kind = deviceKindName(static_cast<DeviceKind>((*stmt)->columnInt64(2)));
        const std::string name = (*stmt)->columnText(3);
        const std::string platform = (*stmt)->columnText(4);
        const std::string enrolled = auth_crypto::isoUtc((*stmt)->columnInt64(5));
        const bool revoked = !(*stmt)->columnIsNull(6);
        const bool seen = !(*stmt)->columnIsNull(7);
        JsonObject device;
        device.add("device_id", id).add("organisation_id", orgId).add("kind", kind).add("name", name);
        device.add("platform", platform).add("enrolled_at", enrolled);
        if (revoked)
            device.add("revoked_at", auth_crypto::isoUtc((*stmt)->columnInt64(6)));
        else
            device.addNull("revoked_at");
        if (seen)
            device.add("last_seen_at", auth_crypto::isoUtc((*stmt)->columnInt64(7)));
        else
            device.addNull("last_seen_at");
        jsonDevices += (count == 0 ? "" : ",") + device.str();
        table << id << "  " << kind << std::string(8 - kind.size(), ' ') << orgId << "  " << enrolled << "  "
              << (revoked ? "revoked " : "active  ")
              << (seen ? auth_crypto::isoUtc((*stmt)->columnInt64(7)) : "-") << "  " << name << "\n";
        ++count;
    }
    (*stmt)->reset();

    if (cmd.json) {
        out << JsonObject().raw("devices", "[" + jsonDevices + "]").add("count", std::int64_t { count }).str()
            << "\n";
    } else if (count == 0) {
        out << "No devices enrolled.\n";
    } else {
        out << "DEVICE ID                             KIND    ORGANISATION                          ENROLLED "
               " "
               "            STATUS  LAST SEEN             NAME\n"
            << table.str();
    }
    return AdminExitOk;
}

int deviceRevoke(ServerStore& store, const ParsedCommand& cmd, std::ostream& out, std::ostream& err,
    const AdminOptions& options)
{
    const std::string& deviceId = cmd.positional;
    auto tx = store.write();
    if (!tx)
        return storeFail(err, cmd.json, tx.error());
    auto& db = (*tx)->db();
    auto select = db.prepare("SELECT revoked_at FROM devices WHERE id = ?");
    if (!select)
        return storeFail(err, cmd.json, select.error());
    (*select)->bind(1, deviceId);
    const auto step = (*select)->step();
    if (step == Statement::Step::Error)
        return storeFail(err, cmd.json, (*select)->lastError("read device"));
    if (step == Statement::Step::Done)
        return fail(err, cmd.json, "unknown_device", "no device with id " + deviceId);
    const bool wasRevoked = !(*select)->columnIsNull(0);
    std::int64_t revokedAt
        = wasRevoked ? (*select)->columnInt64(0) : auth_crypto::unixSeconds(options.clock());
    (*select)->reset();
    if (!wasRevoked) {
        auto update = db.prepare("UPDATE devices SET revoked_at = ? WHERE id = ?");
        if (!update)
            return storeFail(err, cmd.json, update.error());
        (*update)->bind(1, revokedAt).bind(2, deviceId);
        if (auto status = (*update)->run(); !status)
            return storeFail(err, cmd.json, status.error());
    }
    auto forget = db.prepare("DELETE FROM refresh_tokens WHERE device_id = ?");
    if (!forget)
        return storeFail(err, cmd.json, forget.error());
    (*forget)->bind(1, deviceId);
    if (auto status = (*forget)->run(); !status)
        return storeFail(err, cmd.json, status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFail(err, cmd.json, status.error());

    if (cmd.json) {
        out << JsonObject().add("device_id", deviceId).add("revoked_at", auth_crypto::isoUtc(revokedAt)).str()
            << "\n";
    } else if (wasRevoked) {
        out << "Device " << deviceId << " was already revoked.\n";
    } else {
        out << "Revoked device " << deviceId << ". It deletes its local data on its next contact.\n";
    }
    return AdminExitOk;
}

} // namespace

// ---- public ----------------------------------------------------------------------------------

std::optional<Role> parseRoleName(std::string_view name)
{
    static const std::map<std::string_view, Role> roles {
        { "facility-staff", ROLE_FACILITY_STAFF },
        { "facility-manager", ROLE_FACILITY_MANAGER },
        { "municipal-officer", ROLE_MUNICIPAL_OFFICER },
        { "prefecture-officer", ROLE_PREFECTURE_OFFICER },
        { "centre-staff", ROLE_CENTRE_STAFF },
        { "attendee", ROLE_ATTENDEE },
    };
    const auto it = roles.find(name);
    if (it == roles.end())
        return std::nullopt;
    return it->second;
}

std::string_view roleName(Role role)
{
    switch (role) {
    case ROLE_FACILITY_STAFF:
        return "facility-staff";
    case ROLE_FACILITY_MANAGER:
        return "facility-manager";
    case ROLE_MUNICIPAL_OFFICER:
        return "municipal-officer";
    case ROLE_PREFECTURE_OFFICER:
        return "prefecture-officer";
    case ROLE_CENTRE_STAFF:
        return "centre-staff";
    case ROLE_ATTENDEE:
        return "attendee";
    case ROLE_KIOSK:
        return "kiosk";
    default:
        return "unknown";
    }
}

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
