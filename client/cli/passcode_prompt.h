#pragma once

#include <optional>
#include <string>

namespace yk::cli {

/// Reads a passcode from the controlling terminal with echo off. std::nullopt when there is
/// no terminal (scripts must use --passcode-env).
std::optional<std::string> readPasscodeFromTerminal(const char* prompt);

} // namespace yk::cli
