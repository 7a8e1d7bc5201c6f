#pragma once

// Internal to yk_server_rules: the wire's assessment messages in the terms AssessmentScorer
// scores, shared by the submission rule (validation) and the aggregates (scoring).

#include "domain/assessment_scorer.h"

#include "yokoten/v1/assessment.pb.h"

#include <optional>

namespace yk::server::rules {

/// The template reduced to its scored shape. Level items take their range from the scale.
domain::AssessmentTemplateSpec specOf(const yokoten::v1::AssessmentTemplate& assessmentTemplate);

/// Item id → answer; nullopt when an answer has no value or two answers name one item.
std::optional<domain::AssessmentAnswers> answersOf(const yokoten::v1::AssessmentResponse& response);

} // namespace yk::server::rules
