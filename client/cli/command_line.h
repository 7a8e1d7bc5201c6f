#pragma once

#include <iosfwd>
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
    ExitUnreachable = 9, ///< no server now: what was queued stays queued
    ExitSignIn = 10, ///< enrol or sign in (again), or the credentials were refused
    ExitCertificate = 11, ///< TLS: untrusted, changed, wrong name, expired (or a wrong clock)
    ExitRevoked = 12, ///< the device was revoked; its local data has been deleted
    ExitUpdate = 13, ///< the app or the server needs an update
    ExitRejected = 14, ///< the server refused a change (reason printed)
};

/// Parses the command line and runs one command; returns the process exit code. Results go
/// to standard output, problems and progress to standard error.
int runCommandLine(const std::vector<std::string>& arguments);
/// The same, writing to `out` and `err`, so a test can run a command in its own process.
int runCommandLine(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace yk::cli
