#pragma once

#include "result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace yk::domain {

/// What an item asks for; only Level and YesNo are scored.
enum class AssessmentItemKind {
    Level, ///< a level on the item's scale, e.g. 0 not started … 4 established
    YesNo,
    Number, ///< a measurement (overtime hours …): recorded, not scored
    Text, ///< notes: recorded, not scored
};

/// One question of a template, as far as scoring needs it.
struct AssessmentItemSpec {
    std::string id;
    AssessmentItemKind kind = AssessmentItemKind::Level;
    int levelMin = 0; ///< Level only
    int levelMax = 4; ///< Level only; must be greater than levelMin
    double weight = 1.0; ///< share of the area score; 0 = not scored
};

/// One area of a template (e.g. one of the national 7 areas) and its items.
struct AssessmentAreaSpec {
    std::string id;
    std::vector<AssessmentItemSpec> items;
};

/// A template version reduced to what scoring needs: its areas in display order.
struct AssessmentTemplateSpec {
    std::vector<AssessmentAreaSpec> areas;
};

/// One answer; the alternatives follow `AssessmentAnswer.value` on the wire:
/// level, yes, number, text.
using AssessmentAnswerValue = std::variant<int, bool, double, std::string>;
/// Item id → answer. An item without an entry is unanswered.
using AssessmentAnswers = std::map<std::string, AssessmentAnswerValue>;

/// The score of one area, with how complete the answers behind it are.
struct AreaScore {
    std::string areaId;
    int scoredItems = 0; ///< Level/YesNo items with weight > 0
    int answeredItems = 0; ///< of those, how many were answered
    std::vector<std::string> unansweredItemIds;
    /// 0..100 over the answered scored items; nullopt = none answered (or none scored).
    std::optional<double> score;
};

/// Scores of a whole response: per area and overall.
struct AssessmentScore {
    std::vector<AreaScore> areas; ///< in template order
    /// Mean of the area scores that have one; nullopt when no area has a score.
    std::optional<double> overall;
};

/// How far one area's requirements are met: every yes/no item with a weight above 0 is a
/// requirement, met by "yes". A checklist (an obligation, a certification) is read this way,
/// never as a score.
struct AreaRequirements {
    std::string areaId;
    int required = 0;
    int met = 0;
    std::vector<std::string> unmetItemIds; ///< answered "no"
    std::vector<std::string> unansweredItemIds;
};

/// The requirements of a whole checklist response.
struct RequirementStatus {
    std::vector<AreaRequirements> areas; ///< in template order
    int required = 0;
    int met = 0;
    /// Every requirement answered "yes" (and there is at least one).
    bool allMet() const { return required > 0 && met == required; }
};

/// Why an answer (or the template itself) cannot be scored.
enum class AssessmentErrorKind {
    LevelOutOfRange,
    WrongAnswerKind, ///< e.g. yes/no given for a level item
    NumberNotFinite,
    UnknownItem, ///< an answer for an item the template does not have
    InvalidScale, ///< template fault: levelMax <= levelMin
    InvalidWeight, ///< template fault: negative or not finite
    DuplicateItemId, ///< template fault: answers could not say which item they mean
};

/// One scoring error, named by the item it concerns.
struct AssessmentError {
    std::string itemId;
    AssessmentErrorKind kind;

    friend bool operator==(const AssessmentError&, const AssessmentError&) = default;
};

/// Scores a self-assessment per area (0..100) and overall from a template and answers.
///
/// Invalid answers fail the whole scoring with every error listed: a score computed around
/// a bad answer, or with it clamped into range, would look right and be wrong.
class AssessmentScorer {
public:
    static Result<AssessmentScore, std::vector<AssessmentError>> score(
        const AssessmentTemplateSpec& spec, const AssessmentAnswers& answers);

    /// Which requirements (weighted yes/no items) a response meets, area by area. Fails with
    /// the same errors as score(): an answer that cannot be scored cannot be counted either.
    static Result<RequirementStatus, std::vector<AssessmentError>> requirements(
        const AssessmentTemplateSpec& spec, const AssessmentAnswers& answers);
};

} // namespace yk::domain
