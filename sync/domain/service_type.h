#pragma once

#include <cstdint>
#include <string_view>

namespace yk::domain {

/// Care service types; values match `yokoten.v1.ServiceType` on the wire.
enum class ServiceType : std::int32_t {
    Unspecified = 0,
    NursingHome = 1, ///< 特別養護老人ホーム (特養)
    GeriatricHealth = 2, ///< 介護老人保健施設 (老健)
    CareMedical = 3, ///< 介護医療院
    GroupHome = 4, ///< 認知症対応型共同生活介護
    SpecifiedFacility = 5, ///< 特定施設入居者生活介護
    HomeVisit = 6, ///< 訪問介護
    DayService = 7, ///< 通所介護
    SmallMultifunction = 8, ///< 小規模多機能型居宅介護
    CareManagement = 9, ///< 居宅介護支援
    ShortStay = 10, ///< 短期入所生活介護
};

/// The two families cases and statistics are grouped by: 施設系 and 居宅系.
enum class ServiceTypeGroup {
    Unknown,
    Residential, ///< 施設系
    HomeBased, ///< 居宅系
};

/// Group of a wire value. Unspecified and values this build does not know (a newer
/// server's additions) are Unknown rather than guessed.
constexpr ServiceTypeGroup serviceTypeGroup(std::int32_t wireValue)
{
    if (wireValue >= 1 && wireValue <= 5)
        return ServiceTypeGroup::Residential;
    if (wireValue >= 6 && wireValue <= 10)
        return ServiceTypeGroup::HomeBased;
    return ServiceTypeGroup::Unknown;
}

constexpr ServiceTypeGroup serviceTypeGroup(ServiceType type)
{
    return serviceTypeGroup(static_cast<std::int32_t>(type));
}

/// Stable key for filters and exports: "residential", "home_based" or "unknown".
constexpr std::string_view groupKey(ServiceTypeGroup group)
{
    switch (group) {
    case ServiceTypeGroup::Residential:
        return "residential";
    case ServiceTypeGroup::HomeBased:
        return "home_based";
    case ServiceTypeGroup::Unknown:
        break;
    }
    return "unknown";
}

} // namespace yk::domain
