#pragma once

#include "yokoten/v1/adoption.pb.h"
#include "yokoten/v1/programme.pb.h"

#include <string_view>

namespace yk::proto {

// Names of the programme and follow-up codes, Japanese and English. The server writes the
// Japanese ones into the case draft a closed programme makes; the app and the CLI show both.

std::string_view programmeKindJa(yokoten::v1::ProgrammeKind kind);
std::string_view programmeKindEn(yokoten::v1::ProgrammeKind kind);
std::string_view improvementStepJa(yokoten::v1::ImprovementStep step);
std::string_view improvementStepEn(yokoten::v1::ImprovementStep step);
std::string_view participationStateJa(yokoten::v1::ParticipationState state);
std::string_view participationStateEn(yokoten::v1::ParticipationState state);
std::string_view adoptionUseJa(yokoten::v1::AdoptionUse use);
std::string_view adoptionUseEn(yokoten::v1::AdoptionUse use);

/// A measurement item's name (OTHER: empty; its label names it), unit and direction.
std::string_view measureItemJa(yokoten::v1::MeasureItem item);
std::string_view measureItemEn(yokoten::v1::MeasureItem item);
std::string_view measureItemUnit(yokoten::v1::MeasureItem item);
bool measureItemLowerIsBetter(yokoten::v1::MeasureItem item);

} // namespace yk::proto
