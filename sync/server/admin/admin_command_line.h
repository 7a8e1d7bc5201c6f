#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server::admin_command_line {

inline constexpr std::string_view Program = "yokoten-server";
inline constexpr int DefaultCodeTtlHours = 72;

/// One admin command: its words, the options it takes and its help.
struct CommandSpec {
    std::string_view group;
    std::string_view action;
    std::vector<std::string_view> required; ///< options that take a value and must be given
    std::vector<std::string_view> optional; ///< options that take a value
    std::string_view positional; ///< name of the one positional argument, empty for none
    std::string_view synopsis;
    std::string_view help;
};

/// A command line that names a command and gives it well-formed values.
struct ParsedCommand {
    const CommandSpec* spec = nullptr;
    std::map<std::string, std::string, std::less<>> values;
    std::string positional;
    bool json = false;

    /// The value of `option`, empty when it was not given.
    const std::string& value(std::string_view option) const;
};

/// The outcome of parsing: a command to run, or an exit code already answered (help on
/// `out`, a usage error on `err`).
struct ParseOutcome {
    std::optional<ParsedCommand> command;
    int exitCode = 0;
};

/// Parses `args` (from the group word on; a `--data DIR` pair is skipped) against the command
/// table, checking every value whose meaning does not depend on the store.
ParseOutcome parse(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// --ttl-hours: a whole number of hours from 1 to 720.
std::optional<int> parseHours(std::string_view text);

/// Usage of every admin command.
std::string commandsUsage();

} // namespace yk::server::admin_command_line
