#include "audience.h"

#include <algorithm>

namespace yk::server {

namespace audience {

std::string everyone()
{
    return "public";
}

std::string prefecture(int prefectureCode)
{
    return "pref:" + std::to_string(prefectureCode);
}

std::string organisation(std::string_view organisationId)
{
    return "org:" + std::string(organisationId);
}

std::string user(std::string_view userId)
{
    return "user:" + std::string(userId);
}

std::string device(std::string_view deviceId)
{
    return "device:" + std::string(deviceId);
}

std::string municipality(std::string_view municipalityId)
{
    return "muni:" + std::string(municipalityId);
}

std::string wholeMunicipality(std::string_view municipalityId)
{
    return "munall:" + std::string(municipalityId);
}

std::string centre(int prefectureCode)
{
    return "centre:" + std::to_string(prefectureCode);
}

std::string prefectureOffice(int prefectureCode)
{
    return "prefoffice:" + std::to_string(prefectureCode);
}

} // namespace audience

std::vector<std::string> audiencesOf(const Principal& principal)
{
    using namespace yokoten::v1;
    std::vector<std::string> keys { audience::everyone() };
    if (principal.isKiosk()) {
        std::sort(keys.begin(), keys.end());
        return keys;
    }
    if (principal.isDeviceSession()) {
        keys.push_back(audience::device(principal.deviceId));
    } else {
        keys.push_back(audience::user(principal.userId));
    }
    if (principal.isOrganisationStaff() && !principal.organisationId.empty()) {
        keys.push_back(audience::organisation(principal.organisationId));
        if (principal.prefectureCode > 0)
            keys.push_back(audience::prefecture(principal.prefectureCode));
        // The municipality above a facility, or the officer's own municipality.
        if (!principal.municipalityId.empty())
            keys.push_back(audience::wholeMunicipality(principal.municipalityId));
    }
    if (principal.hasRole(ROLE_MUNICIPAL_OFFICER) && !principal.municipalityId.empty())
        keys.push_back(audience::municipality(principal.municipalityId));
    if (principal.hasRole(ROLE_CENTRE_STAFF) && principal.prefectureCode > 0)
        keys.push_back(audience::centre(principal.prefectureCode));
    if (principal.hasRole(ROLE_PREFECTURE_OFFICER) && principal.prefectureCode > 0)
        keys.push_back(audience::prefectureOffice(principal.prefectureCode));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

CaseDetail caseDetailOf(const Principal& principal)
{
    if (principal.isKiosk())
        return CaseDetail::WholeWhenLinkedToModel;
    if (principal.deviceKind == yokoten::v1::DEVICE_KIND_PHONE)
        return CaseDetail::Summaries;
    return CaseDetail::Whole;
}

std::string_view caseDetailKey(CaseDetail detail)
{
    switch (detail) {
    case CaseDetail::Whole:
        break;
    case CaseDetail::Summaries:
        return "cases:summaries/1";
    case CaseDetail::WholeWhenLinkedToModel:
        return "cases:summaries-but-linked/1";
    }
    return {};
}

} // namespace yk::server
