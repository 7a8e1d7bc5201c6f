#include "assessment_spec.h"

#include <algorithm>

namespace yk::server::rules {

using namespace yokoten::v1;

domain::AssessmentTemplateSpec specOf(const AssessmentTemplate& assessmentTemplate)
{
    domain::AssessmentTemplateSpec spec;
    for (const auto& area : assessmentTemplate.areas()) {
        domain::AssessmentAreaSpec areaSpec;
        areaSpec.id = area.id();
        for (const auto& item : area.items()) {
            domain::AssessmentItemSpec itemSpec;
            itemSpec.id = item.id();
            itemSpec.weight = item.weight();
            switch (item.kind()) {
            case ASSESSMENT_ITEM_KIND_LEVEL:
                itemSpec.kind = domain::AssessmentItemKind::Level;
                break;
            case ASSESSMENT_ITEM_KIND_YES_NO:
                itemSpec.kind = domain::AssessmentItemKind::YesNo;
                break;
            case ASSESSMENT_ITEM_KIND_NUMBER:
                itemSpec.kind = domain::AssessmentItemKind::Number;
                break;
            default:
                itemSpec.kind = domain::AssessmentItemKind::Text;
                break;
            }
            if (!item.scale().empty()) {
                const auto [low, high] = std::minmax_element(item.scale().begin(), item.scale().end(),
                    [](const ScaleLevel& a, const ScaleLevel& b) { return a.value() < b.value(); });
                itemSpec.levelMin = low->value();
                itemSpec.levelMax = high->value();
            }
            areaSpec.items.push_back(std::move(itemSpec));
        }
        spec.areas.push_back(std::move(areaSpec));
    }
    return spec;
}

std::optional<domain::AssessmentAnswers> answersOf(const AssessmentResponse& response)
{
    domain::AssessmentAnswers answers;
    for (const auto& answer : response.answers()) {
        domain::AssessmentAnswerValue value;
        switch (answer.value_case()) {
        case AssessmentAnswer::kLevel:
            value = answer.level();
            break;
        case AssessmentAnswer::kYes:
            value = answer.yes();
            break;
        case AssessmentAnswer::kNumber:
            value = answer.number();
            break;
        case AssessmentAnswer::kText:
            value = answer.text();
            break;
        case AssessmentAnswer::VALUE_NOT_SET:
            return std::nullopt;
        }
        if (!answers.emplace(answer.item_id(), std::move(value)).second)
            return std::nullopt;
    }
    return answers;
}

} // namespace yk::server::rules
