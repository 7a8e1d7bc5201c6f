#pragma once

// Self-assessment templates as every layer reads them: in the terms AssessmentScorer scores,
// what kind a template is, whom it is for, and which versions are current. The server (rules,
// aggregates), the app and the CLI all call these, so a facility is offered exactly the
// templates the server accepts answers to.

#include "domain/assessment_scorer.h"

#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <optional>
#include <vector>

namespace yk::proto {

/// The template reduced to its scored shape. Level items take their range from the scale.
domain::AssessmentTemplateSpec assessmentSpecOf(const yokoten::v1::AssessmentTemplate& assessmentTemplate);

/// Item id → answer; nullopt when an answer has no value or two answers name one item.
std::optional<domain::AssessmentAnswers> assessmentAnswersOf(const yokoten::v1::AssessmentResponse& response);

/// The template's kind; a template from before kinds existed is a guideline.
yokoten::v1::AssessmentTemplateKind templateKind(const yokoten::v1::AssessmentTemplate& assessmentTemplate);

/// A checklist (an obligation or a certification) is read as requirements met, not scored.
bool isChecklist(const yokoten::v1::AssessmentTemplate& assessmentTemplate);

/// Whether `organisation` may fill the template: its prefecture's own template or a national
/// one, and (when the template names service types) one of the organisation's services.
bool templateAppliesTo(
    const yokoten::v1::AssessmentTemplate& assessmentTemplate, const yokoten::v1::Organisation& organisation);

/// The current version of each family: the highest version, then the newest publication.
/// Guidelines first, then obligations, then certifications; by title within a kind.
std::vector<yokoten::v1::AssessmentTemplate> currentTemplates(
    const std::vector<yokoten::v1::AssessmentTemplate>& templates);

} // namespace yk::proto
