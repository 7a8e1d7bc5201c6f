#pragma once

#include "commands.h"

#include "domain/result.h"
#include "store/case_repository.h"
#include "store/store.h"

#include <google/protobuf/message.h>

#include "yokoten/v1/case.pb.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace yk::cli {

/// The parsed command line.
struct Options {
    std::string store;
    std::string passcodeEnv;
    std::string newPasscodeEnv;
    std::string file;
    std::string server;
    std::string code;
    std::string caFile;
    std::string pin;
    std::string name;
    std::string user;
    std::string passwordEnv;
    std::string from;
    std::string to;
    std::string purpose;
    std::string email;
    std::string caption;
    std::vector<std::string> sets; ///< --set FIELD=VALUE, in order
    bool json = false;
    bool help = false;
    store::CaseFilter filter;
    int limit = 50;
    int pushBatch = 200; ///< sync: mutations per push request
    int pageSize = 1000; ///< sync: records per pull page
    int retries = 0; ///< sync: tries again this often while the network fails (with backoff)
    std::vector<std::string> words; // command words and positional arguments
};

struct UsageError {
    std::string message;
};

struct OpenedStore {
    std::unique_ptr<store::Store> store;
    std::string passcode;
};

int exitCodeFor(storage::StoreErrorCode code);
std::string toJson(const google::protobuf::Message& message);
/// Prints a store error (Japanese, English, detail; JSON with --json) and returns its exit code.
int report(const Options& options, const storage::StoreError& error);
int reportUsage(const std::string& message);
std::optional<int> parseInt(const std::string& text);
/// The secret from --…-env VAR, else typed at the terminal (echo off).
Result<std::string, UsageError> passcodeFrom(const std::string& envName, const char* prompt);
int showCase(const Options& options, const yokoten::v1::GoodPracticeCase& c);
/// Asks for the passcode and opens the store; on failure it has reported why and the error
/// is the exit code.
Result<OpenedStore, int> openStore(const Options& options, const char* prompt);
int withStore(const Options& options, const std::function<int(store::Store&)>& body);

/// Runs a sync-family command (enroll, login, sync, status, seminars, tickets, loans,
/// assess); std::nullopt when the command is none of them.
std::optional<int> runSyncCommand(const Options& options);
/// cases add | edit | submit | attach: local writes that queue for the server.
int runCaseWrite(const Options& options, store::Store& s);

} // namespace yk::cli
