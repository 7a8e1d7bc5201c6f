#pragma once

#include <optional>
#include <string>
#include <vector>

namespace yk::domain {

/// One facility's score for one assessment area, as input to an aggregate.
struct FacilityAreaScore {
    std::string facilityId;
    std::string areaId;
    double score = 0; ///< 0..100, as AssessmentScorer gives it
};

/// One area's aggregate across facilities, or the fact that it is withheld.
struct AreaAggregate {
    std::string areaId;
    /// True when fewer facilities than the threshold contributed: then neither the mean
    /// nor the count is given, since a small group could be told apart.
    bool withheld = true;
    int facilityCount = 0; ///< distinct facilities; 0 when withheld
    std::optional<double> mean; ///< mean of per-facility scores; nullopt when withheld
};

/// Per-area means across facilities, published only above a privacy threshold.
///
/// Facilities fear being compared; an aggregate over a handful of them is close to naming
/// one, so an area is withheld until enough distinct facilities contributed.
class PrefectureAggregate {
public:
    static constexpr int defaultMinFacilities = 5;

    /// A threshold below 1 behaves as 1: an area with no contribution has no mean anyway.
    explicit PrefectureAggregate(int minFacilities = defaultMinFacilities);

    /// Several scores of one facility for one area (several submissions) are averaged
    /// first, so a facility that answers often does not weigh more. Scores that are not
    /// finite or outside 0..100 are ignored: they cannot come from AssessmentScorer.
    /// Areas are returned in order of id.
    std::vector<AreaAggregate> aggregate(const std::vector<FacilityAreaScore>& scores) const;

    int minFacilities() const { return m_minFacilities; }

private:
    int m_minFacilities;
};

} // namespace yk::domain
