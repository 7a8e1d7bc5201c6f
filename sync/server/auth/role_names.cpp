#include "role_names.h"

#include <map>

namespace yk::server {

using namespace yokoten::v1;

std::optional<Role> parseRoleName(std::string_view name)
{
    static const std::map<std::string_view, Role> roles {
        { "facility-staff", ROLE_FACILITY_STAFF },
        { "facility-manager", ROLE_FACILITY_MANAGER },
        { "municipal-officer", ROLE_MUNICIPAL_OFFICER },
        { "prefecture-officer", ROLE_PREFECTURE_OFFICER },
        { "centre-staff", ROLE_CENTRE_STAFF },
        { "attendee", ROLE_ATTENDEE },
    };
    const auto it = roles.find(name);
    if (it == roles.end())
        return std::nullopt;
    return it->second;
}

std::string_view roleName(Role role)
{
    switch (role) {
    case ROLE_FACILITY_STAFF:
        return "facility-staff";
    case ROLE_FACILITY_MANAGER:
        return "facility-manager";
    case ROLE_MUNICIPAL_OFFICER:
        return "municipal-officer";
    case ROLE_PREFECTURE_OFFICER:
        return "prefecture-officer";
    case ROLE_CENTRE_STAFF:
        return "centre-staff";
    case ROLE_ATTENDEE:
        return "attendee";
    case ROLE_KIOSK:
        return "kiosk";
    default:
        return "unknown";
    }
}

} // namespace yk::server
