#pragma once

#include "storage_names.h"

#include "yokoten/v1/assessment.pb.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace yk::store {

/// Self-assessment drafts (table assessment_drafts). They stay on the device and never enter
/// the outbox (DESIGN.md); only the submission does. Shared by the app and yokoten-cli.
StoreResult<std::optional<yokoten::v1::AssessmentResponse>> findAssessmentDraft(
    Database& db, std::string_view id);
/// The draft of a template changed last, if any.
StoreResult<std::optional<yokoten::v1::AssessmentResponse>> latestAssessmentDraft(
    Database& db, std::string_view templateId);
StoreStatus saveAssessmentDraft(
    Database& db, const yokoten::v1::AssessmentResponse& draft, std::int64_t updatedAtMillis);
StoreStatus removeAssessmentDraft(Database& db, std::string_view id);

} // namespace yk::store
