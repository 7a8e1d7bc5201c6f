#pragma once

#include "yokoten/v1/common.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/sync.pb.h"

#include <algorithm>
#include <string>
#include <vector>

namespace yk::server {

/// Who is calling: the device, the user signed in on it (empty for a device session of a
/// kiosk or a phone) and where they belong. Built by the authenticator from a valid access
/// token and the current rows of the device, the user and the organisation.
struct Principal {
    std::string deviceId;
    yokoten::v1::DeviceKind deviceKind = yokoten::v1::DEVICE_KIND_UNSPECIFIED;
    std::string userId; ///< empty for a device session
    std::string organisationId;
    yokoten::v1::OrganisationKind organisationKind = yokoten::v1::ORGANISATION_KIND_UNSPECIFIED;
    int prefectureCode = 0;
    /// The municipality above a facility, or the municipality itself for its officers.
    std::string municipalityId;
    std::vector<yokoten::v1::Role> roles;

    bool hasRole(yokoten::v1::Role role) const
    {
        return std::find(roles.begin(), roles.end(), role) != roles.end();
    }
    bool isDeviceSession() const { return userId.empty(); }
    bool isKiosk() const
    {
        return deviceKind == yokoten::v1::DEVICE_KIND_KIOSK || hasRole(yokoten::v1::ROLE_KIOSK);
    }
    /// Staff of an organisation (not a kiosk, not an attendee): may see prefecture-wide data.
    bool isOrganisationStaff() const
    {
        return hasRole(yokoten::v1::ROLE_FACILITY_STAFF) || hasRole(yokoten::v1::ROLE_FACILITY_MANAGER)
            || hasRole(yokoten::v1::ROLE_MUNICIPAL_OFFICER) || hasRole(yokoten::v1::ROLE_PREFECTURE_OFFICER)
            || hasRole(yokoten::v1::ROLE_CENTRE_STAFF);
    }
};

} // namespace yk::server
