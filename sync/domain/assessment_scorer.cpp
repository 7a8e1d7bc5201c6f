#include "domain/assessment_scorer.h"

#include <cmath>
#include <set>

namespace yk::domain {

namespace {

bool isScored(const AssessmentItemSpec& item)
{
    return (item.kind == AssessmentItemKind::Level || item.kind == AssessmentItemKind::YesNo)
        && item.weight > 0;
}

void checkTemplate(const AssessmentTemplateSpec& spec, std::vector<AssessmentError>& errors)
{
    std::set<std::string_view> seen;
    for (const AssessmentAreaSpec& area : spec.areas) {
        for (const AssessmentItemSpec& item : area.items) {
            if (!seen.insert(item.id).second)
                errors.push_back({ item.id, AssessmentErrorKind::DuplicateItemId });
            if (!std::isfinite(item.weight) || item.weight < 0)
                errors.push_back({ item.id, AssessmentErrorKind::InvalidWeight });
            if (item.kind == AssessmentItemKind::Level && item.levelMax <= item.levelMin)
                errors.push_back({ item.id, AssessmentErrorKind::InvalidScale });
        }
    }
}

// Checks an answer against its item; for Level and YesNo also writes the answer as a
// fraction 0..1 into `normalised`. Returns the error that makes the answer unusable.
std::optional<AssessmentErrorKind> checkAnswer(
    const AssessmentItemSpec& item, const AssessmentAnswerValue& value, double& normalised)
{
    switch (item.kind) {
    case AssessmentItemKind::Level: {
        const int* level = std::get_if<int>(&value);
        if (!level)
            return AssessmentErrorKind::WrongAnswerKind;
        if (*level < item.levelMin || *level > item.levelMax)
            return AssessmentErrorKind::LevelOutOfRange;
        normalised = static_cast<double>(*level - item.levelMin) / (item.levelMax - item.levelMin);
        return std::nullopt;
    }
    case AssessmentItemKind::YesNo: {
        const bool* yes = std::get_if<bool>(&value);
        if (!yes)
            return AssessmentErrorKind::WrongAnswerKind;
        normalised = *yes ? 1.0 : 0.0;
        return std::nullopt;
    }
    case AssessmentItemKind::Number: {
        const double* number = std::get_if<double>(&value);
        if (!number)
            return AssessmentErrorKind::WrongAnswerKind;
        if (!std::isfinite(*number))
            return AssessmentErrorKind::NumberNotFinite;
        return std::nullopt;
    }
    case AssessmentItemKind::Text:
        if (!std::holds_alternative<std::string>(value))
            return AssessmentErrorKind::WrongAnswerKind;
        return std::nullopt;
    }
    return AssessmentErrorKind::WrongAnswerKind;
}

} // namespace

Result<AssessmentScore, std::vector<AssessmentError>> AssessmentScorer::score(
    const AssessmentTemplateSpec& spec, const AssessmentAnswers& answers)
{
    std::vector<AssessmentError> errors;
    checkTemplate(spec, errors);
    if (!errors.empty())
        return errors;

    AssessmentScore result;
    std::set<std::string_view> known;
    double areaScoreSum = 0;
    int areasWithScore = 0;
    for (const AssessmentAreaSpec& area : spec.areas) {
        AreaScore areaScore;
        areaScore.areaId = area.id;
        double weightedSum = 0;
        double answeredWeight = 0;
        for (const AssessmentItemSpec& item : area.items) {
            known.insert(item.id);
            const bool scored = isScored(item);
            if (scored)
                ++areaScore.scoredItems;
            const auto answer = answers.find(item.id);
            if (answer == answers.end()) {
                if (scored)
                    areaScore.unansweredItemIds.push_back(item.id);
                continue;
            }
            double normalised = 0;
            if (const auto error = checkAnswer(item, answer->second, normalised)) {
                errors.push_back({ item.id, *error });
                continue;
            }
            if (scored) {
                ++areaScore.answeredItems;
                weightedSum += item.weight * normalised;
                answeredWeight += item.weight;
            }
        }
        if (areaScore.answeredItems > 0) {
            areaScore.score = 100.0 * weightedSum / answeredWeight;
            areaScoreSum += *areaScore.score;
            ++areasWithScore;
        }
        result.areas.push_back(std::move(areaScore));
    }
    for (const auto& entry : answers) {
        if (!known.contains(entry.first))
            errors.push_back({ entry.first, AssessmentErrorKind::UnknownItem });
    }
    if (!errors.empty())
        return errors;
    if (areasWithScore > 0)
        result.overall = areaScoreSum / areasWithScore;
    return result;
}

Result<RequirementStatus, std::vector<AssessmentError>> AssessmentScorer::requirements(
    const AssessmentTemplateSpec& spec, const AssessmentAnswers& answers)
{
    if (auto checked = score(spec, answers); !checked)
        return checked.error();
    RequirementStatus status;
    for (const AssessmentAreaSpec& area : spec.areas) {
        AreaRequirements areaStatus;
        areaStatus.areaId = area.id;
        for (const AssessmentItemSpec& item : area.items) {
            if (item.kind != AssessmentItemKind::YesNo || !isScored(item))
                continue;
            ++areaStatus.required;
            const auto answer = answers.find(item.id);
            if (answer == answers.end())
                areaStatus.unansweredItemIds.push_back(item.id);
            else if (std::get<bool>(answer->second))
                ++areaStatus.met;
            else
                areaStatus.unmetItemIds.push_back(item.id);
        }
        status.required += areaStatus.required;
        status.met += areaStatus.met;
        status.areas.push_back(std::move(areaStatus));
    }
    return status;
}

} // namespace yk::domain
