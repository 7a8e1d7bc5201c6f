#include "indicator_ids.h"

namespace yk::proto {

std::string indicatorSheetId(int prefectureCode, std::string_view municipalityId)
{
    return municipalityId.empty() ? "ind-pref-" + std::to_string(prefectureCode)
                                  : "ind-muni-" + std::string(municipalityId);
}

} // namespace yk::proto
