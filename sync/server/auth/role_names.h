#pragma once

#include "yokoten/v1/common.pb.h"

#include <optional>
#include <string_view>

namespace yk::server {

/// "facility-staff" … "attendee" ↔ the roles they name; nothing for an unknown name. The
/// names the admin commands take and the demo seed prints.
std::optional<yokoten::v1::Role> parseRoleName(std::string_view name);
std::string_view roleName(yokoten::v1::Role role);

} // namespace yk::server
