#pragma once

#include <string_view>

namespace yk::store {

/// Names for the codes stored in records, for search text and for plain-text output.
/// The app's UI has its own translated strings; these are the domain's canonical names.
std::string_view prefectureNameJa(int jisCode);
std::string_view prefectureNameEn(int jisCode);
std::string_view caseCategoryJa(int category);
std::string_view caseCategoryEn(int category);
std::string_view equipmentAreaJa(int area);
std::string_view equipmentAreaEn(int area);
std::string_view serviceTypeJa(int serviceType);
std::string_view serviceTypeEn(int serviceType);
std::string_view caseStateEn(int state);
std::string_view consultationTopicJa(int topic);
std::string_view consultationTopicEn(int topic);
std::string_view consultationChannelJa(int channel);
std::string_view consultationChannelEn(int channel);
std::string_view consultationStateJa(int state);
std::string_view consultationStateEn(int state);

} // namespace yk::store
