#pragma once

#include <string>
#include <string_view>

namespace yk::proto {

/// The id of an indicator sheet (yokoten.v1.IndicatorSheet): "ind-pref-20" for a prefecture's
/// total, "ind-muni-<municipality id>" for one municipality. The server files the sheets under
/// these ids; devices find them by the same ids.
std::string indicatorSheetId(int prefectureCode, std::string_view municipalityId = {});

} // namespace yk::proto
