#pragma once

#include "storage_names.h"

#include "yokoten/v1/assessment.pb.h"

#include <string_view>
#include <vector>

namespace yk::store {

class RecordRepository;

/// The self-assessment templates organisation `organisationId` may fill, current version of
/// each family (proto::currentTemplates order), filtered by proto::templateAppliesTo; every
/// current template when this device does not hold the organisation. Shared by the app and
/// yokoten-cli, so both offer what the server would accept.
StoreResult<std::vector<yokoten::v1::AssessmentTemplate>> offeredAssessmentTemplates(
    RecordRepository& records, std::string_view organisationId);

} // namespace yk::store
