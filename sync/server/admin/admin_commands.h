#pragma once

#include "account_admin.h"
#include "core/server_store.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace yk::server {

/// Exit codes of the admin commands.
enum AdminExit : int {
    AdminExitOk = 0,
    AdminExitFailure = 1, ///< the command was understood but could not be done (unknown login …)
    AdminExitUsage = 2, ///< the command line itself is wrong
};

/// The `yokoten-server user …` and `device …` commands: the command line parsed, checked and
/// run on the operations of account_admin.h. `args` starts at the sub-command, e.g.
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

} // namespace yk::server
