#include "domain/prefecture_aggregate.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace yk::domain {

PrefectureAggregate::PrefectureAggregate(int minFacilities)
    : m_minFacilities(std::max(1, minFacilities))
{
}

std::vector<AreaAggregate> PrefectureAggregate::aggregate(const std::vector<FacilityAreaScore>& scores) const
{
    struct Sum {
        double total = 0;
        int count = 0;
    };
    // area → facility → that facility's scores
    std::map<std::string, std::map<std::string, Sum>> byArea;
    for (const FacilityAreaScore& entry : scores) {
        if (!std::isfinite(entry.score) || entry.score < 0 || entry.score > 100)
            continue;
        Sum& sum = byArea[entry.areaId][entry.facilityId];
        sum.total += entry.score;
        ++sum.count;
    }

    std::vector<AreaAggregate> result;
    result.reserve(byArea.size());
    for (const auto& [areaId, facilities] : byArea) {
        AreaAggregate aggregate;
        aggregate.areaId = areaId;
        const int facilityCount = static_cast<int>(facilities.size());
        if (facilityCount >= m_minFacilities) {
            double total = 0;
            for (const auto& entry : facilities)
                total += entry.second.total / entry.second.count;
            aggregate.withheld = false;
            aggregate.facilityCount = facilityCount;
            aggregate.mean = total / facilityCount;
        }
        result.push_back(std::move(aggregate));
    }
    return result;
}

} // namespace yk::domain
