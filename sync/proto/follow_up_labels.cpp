#include "follow_up_labels.h"

#include <array>

namespace yk::proto {

using namespace yokoten::v1;

namespace {

template <std::size_t N> std::string_view pick(const std::array<std::string_view, N>& names, int code)
{
    return code >= 0 && static_cast<std::size_t>(code) < N ? names[static_cast<std::size_t>(code)]
                                                           : std::string_view();
}

constexpr std::array<std::string_view, 3> kKindJa { "", "伴走支援", "モデル事業所" };
constexpr std::array<std::string_view, 3> kKindEn { "", "accompaniment support", "model facility" };
constexpr std::array<std::string_view, 7> kStepJa { "", "準備", "課題の見える化", "実行計画", "取組の実行",
    "振り返り", "実行計画の見直し" };
constexpr std::array<std::string_view, 7> kStepEn { "", "prepare", "make problems visible", "plan", "act",
    "review", "plan again" };
constexpr std::array<std::string_view, 5> kStateJa { "", "応募中", "選定", "選外", "支援終了" };
constexpr std::array<std::string_view, 5> kStateEn { "", "applied", "chosen", "not chosen", "closed" };
constexpr std::array<std::string_view, 4> kUseJa { "", "使っている", "一部で使っている", "使わなくなった" };
constexpr std::array<std::string_view, 4> kUseEn { "", "in use", "partly in use", "no longer used" };

struct Item {
    std::string_view ja;
    std::string_view en;
    std::string_view unit;
    bool lowerIsBetter;
};

constexpr std::array<Item, 9> kItems { {
    { "", "", "", false },
    { "月平均残業時間", "monthly overtime", "時間/月", true },
    { "有給休暇取得日数", "paid leave taken", "日/年", false },
    { "離職率", "turnover", "%", true },
    { "業務負担を感じる職員の割合", "staff feeling burdened", "%", true },
    { "ワーク・エンゲイジメント（UWES-9）", "work engagement (UWES-9)", "点", false },
    { "心理的ストレス反応（SRS-18）", "stress response (SRS-18)", "点", true },
    { "タイムスタディ（業務時間）", "time study (working time)", "分/日", true },
    { "", "", "", false },
} };

const Item& itemOf(MeasureItem item)
{
    const int code = static_cast<int>(item);
    return code >= 0 && static_cast<std::size_t>(code) < kItems.size()
        ? kItems[static_cast<std::size_t>(code)]
        : kItems[0];
}

} // namespace

std::string_view programmeKindJa(ProgrammeKind kind)
{
    return pick(kKindJa, kind);
}
std::string_view programmeKindEn(ProgrammeKind kind)
{
    return pick(kKindEn, kind);
}
std::string_view improvementStepJa(ImprovementStep step)
{
    return pick(kStepJa, step);
}
std::string_view improvementStepEn(ImprovementStep step)
{
    return pick(kStepEn, step);
}
std::string_view participationStateJa(ParticipationState state)
{
    return pick(kStateJa, state);
}
std::string_view participationStateEn(ParticipationState state)
{
    return pick(kStateEn, state);
}
std::string_view adoptionUseJa(AdoptionUse use)
{
    return pick(kUseJa, use);
}
std::string_view adoptionUseEn(AdoptionUse use)
{
    return pick(kUseEn, use);
}
std::string_view measureItemJa(MeasureItem item)
{
    return itemOf(item).ja;
}
std::string_view measureItemEn(MeasureItem item)
{
    return itemOf(item).en;
}
std::string_view measureItemUnit(MeasureItem item)
{
    return itemOf(item).unit;
}
bool measureItemLowerIsBetter(MeasureItem item)
{
    return itemOf(item).lowerIsBetter;
}

} // namespace yk::proto
