#pragma once

#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <string_view>

namespace yk::server {

/// Per-area means of the latest submitted self-assessment of each facility in a prefecture,
/// for the newest template of a family; an area with fewer than 5 facilities is withheld.
StoreResult<yokoten::v1::AssessmentAggregates> assessmentAggregates(
    RecordQueries& queries, int prefectureCode, std::string_view templateFamily);

} // namespace yk::server
