#include "assessment_templates.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <map>
#include <string>

namespace yk::proto {

using namespace yokoten::v1;

domain::AssessmentTemplateSpec assessmentSpecOf(const AssessmentTemplate& assessmentTemplate)
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

std::optional<domain::AssessmentAnswers> assessmentAnswersOf(const AssessmentResponse& response)
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

AssessmentTemplateKind templateKind(const AssessmentTemplate& assessmentTemplate)
{
    switch (assessmentTemplate.kind()) {
    case ASSESSMENT_TEMPLATE_KIND_OBLIGATION:
    case ASSESSMENT_TEMPLATE_KIND_CERTIFICATION:
        return assessmentTemplate.kind();
    default:
        return ASSESSMENT_TEMPLATE_KIND_GUIDELINE;
    }
}

bool isChecklist(const AssessmentTemplate& assessmentTemplate)
{
    return templateKind(assessmentTemplate) != ASSESSMENT_TEMPLATE_KIND_GUIDELINE;
}

bool templateAppliesTo(const AssessmentTemplate& assessmentTemplate, const Organisation& organisation)
{
    if (assessmentTemplate.prefecture_code() != 0
        && assessmentTemplate.prefecture_code() != organisation.prefecture_code())
        return false;
    if (assessmentTemplate.service_types().empty())
        return true;
    return std::any_of(
        organisation.service_types().begin(), organisation.service_types().end(), [&](int type) {
            return std::find(assessmentTemplate.service_types().begin(),
                       assessmentTemplate.service_types().end(), type)
                != assessmentTemplate.service_types().end();
        });
}

std::vector<AssessmentTemplate> currentTemplates(const std::vector<AssessmentTemplate>& templates)
{
    std::map<std::string, const AssessmentTemplate*> newest;
    for (const auto& t : templates) {
        const AssessmentTemplate*& current = newest[t.family()];
        if (current == nullptr || t.version() > current->version()
            || (t.version() == current->version() && current->published_at() < t.published_at()))
            current = &t;
    }
    std::vector<AssessmentTemplate> out;
    for (const auto& [family, t] : newest)
        out.push_back(*t);
    std::stable_sort(out.begin(), out.end(), [](const AssessmentTemplate& a, const AssessmentTemplate& b) {
        if (templateKind(a) != templateKind(b))
            return templateKind(a) < templateKind(b);
        return a.title() < b.title();
    });
    return out;
}

} // namespace yk::proto
