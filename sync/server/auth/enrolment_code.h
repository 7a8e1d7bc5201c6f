#pragma once

#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yk::server {

/// One-time device enrolment codes: 12 characters of Crockford base-32 (60 bits), printed in
/// groups "ABCD-EFGH-JKMN" for people to read out and type. Only their SHA-256 is stored.
namespace enrolment_code {

inline constexpr std::size_t kLength = 12;

/// A fresh random code, without dashes (empty if the random generator fails).
std::string generate();
/// "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN".
std::string format(std::string_view code);
/// What a person typed → the canonical code: case, spaces, dashes and full-width characters
/// (a Japanese input method) are folded, and the look-alikes O→0, I/L→1 are mapped as
/// Crockford decoding does. Nothing when it cannot be a code.
std::optional<std::string> normalise(std::string_view typed);
/// The stored key of a canonical code.
std::string hashOf(std::string_view canonicalCode);

/// Stores a new code for `organisationId` and `kind`, valid until `expiresAt` (Unix seconds).
StoreStatus insert(WriteTransaction& tx, std::string_view canonicalCode, std::string_view organisationId,
    yokoten::v1::DeviceKind kind, std::int64_t createdAt, std::int64_t expiresAt);

} // namespace enrolment_code

/// "tablet", "kiosk", "phone" (as the admin commands spell device kinds).
std::string_view deviceKindName(yokoten::v1::DeviceKind kind);
std::optional<yokoten::v1::DeviceKind> parseDeviceKind(std::string_view name);

} // namespace yk::server
