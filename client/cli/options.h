#pragma once

#include "domain/result.h"
#include "store/case_repository.h"

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace yk::cli {

/// One yokoten-cli invocation: the parsed command line and where its output goes.
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
    // The desk (consult, inbox).
    std::string topic;
    std::string channel;
    std::string text;
    std::string contact;
    std::string org;
    std::string partner;
    std::string note;
    std::string date;
    std::string state;
    std::string session;
    std::string as;
    // Programmes, visit logs and follow-up after adoption.
    std::string goals;
    std::string step;
    std::string item;
    std::string phase;
    std::string value;
    std::string source;
    std::string months;
    std::string use;
    std::string staff;
    std::string model;
    std::string places;
    std::string attendees;
    std::string next;
    std::string funding;
    /// A notice's audience: service types, comma-separated; the support menu's filter: one type.
    std::string service;
    std::vector<std::string> sets; ///< --set FIELD=VALUE, in order
    bool json = false;
    bool help = false;
    store::CaseFilter filter;
    int limit = 50;
    int pushBatch = 200; ///< sync: mutations per push request
    int pageSize = 1000; ///< sync: records per pull page
    int retries = 0; ///< sync: tries again this often while the network fails (with backoff)
    std::vector<std::string> words; ///< command words and positional arguments

    std::ostream* out = &std::cout; ///< results
    std::ostream* err = &std::cerr; ///< problems, prompts' companions and progress
};

/// A command line that cannot be right whatever the store holds.
struct UsageError {
    std::string message;
};

/// Reads the options and words of `args` (the arguments after the program name).
Result<Options, UsageError> parseOptions(const std::vector<std::string>& args);

/// A whole number from 0 to 1,000,000, else nothing.
std::optional<int> parseInt(const std::string& text);

} // namespace yk::cli
