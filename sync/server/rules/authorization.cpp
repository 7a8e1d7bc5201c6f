#include "authorization.h"

#include "core/audience.h"
#include "core/placement.h"

#include <algorithm>

namespace yk::server::rules::authorization {

using namespace yokoten::v1;

bool isSignedInStaff(const Principal& caller)
{
    return !caller.isKiosk() && !caller.isDeviceSession() && caller.isOrganisationStaff();
}

bool isMemberOf(const Principal& caller, std::string_view organisationId)
{
    return isSignedInStaff(caller) && !organisationId.empty() && caller.organisationId == organisationId;
}

bool isFacilityWorkerOf(const Principal& caller, std::string_view organisationId)
{
    return isMemberOf(caller, organisationId)
        && (caller.hasRole(ROLE_FACILITY_STAFF) || caller.hasRole(ROLE_FACILITY_MANAGER));
}

bool isManagerOf(const Principal& caller, std::string_view organisationId)
{
    return isMemberOf(caller, organisationId)
        && (caller.hasRole(ROLE_FACILITY_MANAGER) || caller.hasRole(ROLE_MUNICIPAL_OFFICER)
            || caller.hasRole(ROLE_PREFECTURE_OFFICER));
}

bool isCentreStaffOf(const Principal& caller, int prefectureCode)
{
    return isSignedInStaff(caller) && caller.hasRole(ROLE_CENTRE_STAFF) && prefectureCode > 0
        && caller.prefectureCode == prefectureCode;
}

bool publishesForOwnPrefecture(const Principal& caller)
{
    return isCentreStaffOf(caller, caller.prefectureCode)
        || (isSignedInStaff(caller) && caller.hasRole(ROLE_PREFECTURE_OFFICER)
            && caller.organisationKind == ORGANISATION_KIND_PREFECTURE);
}

bool isPhoneDeviceSession(const Principal& caller)
{
    return caller.isDeviceSession() && !caller.isKiosk() && caller.deviceKind == DEVICE_KIND_PHONE;
}

bool ownsRegistration(const Principal& caller, const Registration& registration)
{
    if (!caller.userId.empty())
        return registration.user_id() == caller.userId;
    return isPhoneDeviceSession(caller) && !registration.device_id().empty()
        && registration.device_id() == caller.deviceId;
}

bool kioskMay(Mutation::OpCase op)
{
    return op == Mutation::kSignUp || op == Mutation::kRequestLoan || op == Mutation::kSubmitVisitorEntry;
}

StoreResult<bool> isVisibleTo(RecordQueries& queries, const Principal& caller, const Record& record)
{
    auto placement = placementOf(queries, record);
    if (!placement)
        return placement.error();
    const auto mine = audiencesOf(caller); // sorted
    return std::any_of(placement->audiences.begin(), placement->audiences.end(),
        [&](const std::string& key) { return std::binary_search(mine.begin(), mine.end(), key); });
}

} // namespace yk::server::rules::authorization
