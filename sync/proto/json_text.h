#pragma once

#include <string>
#include <string_view>

namespace yk::proto {

/// `text` as a JSON string literal, quotes included: `"`, `\` and control characters are
/// escaped, UTF-8 passes through unchanged. The one escaper for the CLI's --json output,
/// the server's admin commands and its request log.
std::string jsonQuoted(std::string_view text);

/// Appends jsonQuoted(text) to `out` without a temporary.
void appendJsonQuoted(std::string& out, std::string_view text);

} // namespace yk::proto
