#pragma once

#include <string>
#include <vector>

namespace yk::cli {

/// Exit codes of yokoten-cli, stable for scripts (docs/operations.md lists them).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitWrongPasscode = 3,
    ExitNotAStore = 4,
    ExitCorrupt = 5,
    ExitNewerVersion = 6,
    ExitStorage = 7,
    ExitNotFound = 8,
};

/// Parses the command line and runs one command; returns the process exit code.
int runCommandLine(const std::vector<std::string>& arguments);

} // namespace yk::cli
