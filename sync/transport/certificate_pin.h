#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <openssl/types.h>

namespace yk::sync {

/// Lower-case hex SHA-256 of `certificate`'s SubjectPublicKeyInfo (DER); empty on failure.
std::string spkiSha256(X509* certificate);

/// The pins of TransportOptions::pinnedSpkiSha256: comma-separated, case and ':' ignored.
/// Nothing (and `error`) when one is not 64 hex digits.
bool parsePins(std::string_view text, std::vector<std::string>& pins, std::string& error);

} // namespace yk::sync
