#pragma once

#include "core/server_store.h"

#include "domain/prefecture_aggregate.h"

#include "yokoten/v1/sync.pb.h"

#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// The latest submitted self-assessment of each facility of a prefecture on the newest
/// template of a family, scored per area.
struct AssessmentScores {
    yokoten::v1::AssessmentTemplate newestTemplate;
    std::vector<domain::FacilityAreaScore> scores;
    std::string newestSubmission; ///< Japan date (YYYY-MM-DD) of the newest answer used; empty: none
};
StoreResult<AssessmentScores> assessmentScores(
    RecordQueries& queries, int prefectureCode, std::string_view templateFamily);

/// Per-area means of the latest submitted self-assessment of each facility in a prefecture,
/// for the newest template of a family; an area with fewer than 5 facilities is withheld.
StoreResult<yokoten::v1::AssessmentAggregates> assessmentAggregates(
    RecordQueries& queries, int prefectureCode, std::string_view templateFamily);

} // namespace yk::server
