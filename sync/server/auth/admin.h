#pragma once

#include "auth/password_hash.h"
#include "core/server_store.h"

#include "yokoten/v1/common.pb.h"

#include <chrono>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// What the admin commands need besides the store; tests pass a cheap password cost and a
/// fixed clock.
struct AdminOptions {
    PasswordCost passwordCost = PasswordCost::production();
    std::function<std::chrono::system_clock::time_point()> clock
        = [] { return std::chrono::system_clock::now(); };
};

/// Exit codes of the admin commands.
enum AdminExit : int {
    AdminExitOk = 0,
    AdminExitFailure = 1, ///< the command was understood but could not be done (unknown login …)
    AdminExitUsage = 2, ///< the command line itself is wrong
};

/// The `yokoten-server user …` and `device …` commands. `args` starts at the sub-command, e.g.
/// {"user", "add", "--org", ORG, "--role", "facility-staff", "--login", NAME}; a `--data DIR`
/// pair the caller left in is skipped. Passwords are read from `in` (one line). Results go to
/// `out` (one JSON object with `--json`), problems to `err`. Returns an AdminExit value.
int runAdminCommand(ServerStore& store, const std::vector<std::string>& args, std::istream& in,
    std::ostream& out, std::ostream& err);
int runAdminCommand(ServerStore& store, const std::vector<std::string>& args, std::istream& in,
    std::ostream& out, std::ostream& err, const AdminOptions& options);

/// Answers what needs no store: `--help` anywhere, and command lines that are wrong whatever
/// the store holds (unknown sub-command, missing or bad argument). Returns the exit code when
/// it answered, nothing when the command needs the store (then open it and call
/// runAdminCommand). Lets `yokoten-server user add --help` work without `--data`.
std::optional<int> answerAdminCommandWithoutStore(
    const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// True when `args` start with an admin command ("user" or "device").
bool isAdminCommand(const std::vector<std::string>& args);

/// Usage of every admin command, for the program's own `--help`.
std::string adminUsage();

/// "facility-staff" … "attendee" ↔ the roles they name; nothing for an unknown name.
std::optional<yokoten::v1::Role> parseRoleName(std::string_view name);
std::string_view roleName(yokoten::v1::Role role);

} // namespace yk::server
