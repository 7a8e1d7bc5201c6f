#include "indicator_labels.h"

#include "follow_up_labels.h"
#include "labels.h"

#include <array>

namespace yk::store {

using namespace yokoten::v1;

namespace {

constexpr std::array<std::string_view, 8> kSeminarKindJa { "", "ビギナーズセミナー", "研修会", "機器展示",
    "成果報告会", "施設見学会", "フォローアップ研修", "オンデマンド配信" };
constexpr std::array<std::string_view, 8> kSeminarKindEn { "", "Beginners' seminar", "Training",
    "Equipment exhibition", "Results meeting", "Facility tour", "Follow-up training", "On demand" };

struct TopicName {
    IndicatorTopic topic;
    std::string_view ja;
    std::string_view en;
};

constexpr std::array kTopics {
    TopicName { INDICATOR_TOPIC_SEMINAR_SIGN_UPS, "研修・セミナーの申込", "Seminar sign-ups" },
    TopicName { INDICATOR_TOPIC_SEMINAR_ATTENDANCE, "研修・セミナーの受講（受付済み）",
        "Seminar attendance (checked in)" },
    TopicName { INDICATOR_TOPIC_EXHIBITION_VISITORS, "展示会の来場者", "Exhibition visitors" },
    TopicName { INDICATOR_TOPIC_LOANS_REQUESTED, "試用貸出の申請", "Trial loans requested" },
    TopicName { INDICATOR_TOPIC_LOANS_LENT, "試用貸出の貸出", "Trial loans lent" },
    TopicName { INDICATOR_TOPIC_LOANS_REPORTED, "試用貸出の結果報告", "Trial loans reported" },
    TopicName { INDICATOR_TOPIC_CONSULTATIONS, "相談", "Consultations" },
    TopicName {
        INDICATOR_TOPIC_PROGRAMME_APPLIED, "伴走支援・モデル事業所への応募", "Applications to programmes" },
    TopicName { INDICATOR_TOPIC_PROGRAMME_CHOSEN, "伴走支援・モデル事業所の選定", "Facilities chosen" },
    TopicName { INDICATOR_TOPIC_PROGRAMME_STEP, "改善サイクルの到達", "Improvement cycle reached" },
    TopicName { INDICATOR_TOPIC_PROGRAMME_CLOSED, "支援終了", "Support closed" },
    TopicName { INDICATOR_TOPIC_ADOPTIONS_IN_USE, "導入機器：使い続けている", "Adopted equipment in use" },
    TopicName { INDICATOR_TOPIC_ADOPTIONS_STALLED, "導入機器：止まっている", "Adopted equipment stalled" },
    TopicName { INDICATOR_TOPIC_ADOPTIONS_BY_AREA, "導入機器（分野別）", "Adoptions by area" },
    TopicName { INDICATOR_TOPIC_ASSESSMENT_AREA, "自己点検の平均点", "Self-assessment mean" },
    TopicName {
        INDICATOR_TOPIC_KPI, "測定値（各施設の最新値の平均）", "Measured (mean of each facility's latest)" },
    TopicName { INDICATOR_TOPIC_TECHNOLOGY_USE, "介護テクノロジーを使っている施設の割合",
        "Facilities using care technology" },
    TopicName { INDICATOR_TOPIC_ONE_STOP_CENTRES, "ワンストップ窓口（相談センター）", "One-stop centres" },
};

const TopicName* nameOf(IndicatorTopic topic)
{
    for (const auto& t : kTopics)
        if (t.topic == topic)
            return &t;
    return nullptr;
}

template <std::size_t N> std::string_view pick(const std::array<std::string_view, N>& names, int code)
{
    return code > 0 && static_cast<std::size_t>(code) < N ? names[code] : std::string_view();
}

} // namespace

std::string_view seminarKindJa(int kind)
{
    return pick(kSeminarKindJa, kind);
}
std::string_view seminarKindEn(int kind)
{
    return pick(kSeminarKindEn, kind);
}

std::string_view indicatorTopicJa(IndicatorTopic topic)
{
    const auto* t = nameOf(topic);
    return t ? t->ja : std::string_view();
}
std::string_view indicatorTopicEn(IndicatorTopic topic)
{
    const auto* t = nameOf(topic);
    return t ? t->en : std::string_view();
}

std::string indicatorDetailJa(const Indicator& f)
{
    switch (f.topic()) {
    case INDICATOR_TOPIC_SEMINAR_SIGN_UPS:
    case INDICATOR_TOPIC_SEMINAR_ATTENDANCE:
        return std::string(seminarKindJa(f.code()));
    case INDICATOR_TOPIC_CONSULTATIONS:
        return f.code() == 0 ? std::string("合計") : std::string(consultationTopicJa(f.code()));
    case INDICATOR_TOPIC_PROGRAMME_STEP:
        return std::string(proto::improvementStepJa(static_cast<ImprovementStep>(f.code())));
    case INDICATOR_TOPIC_ADOPTIONS_BY_AREA:
        return std::string(equipmentAreaJa(f.code()));
    case INDICATOR_TOPIC_KPI:
        return std::string(proto::measureItemJa(static_cast<MeasureItem>(f.code())));
    default:
        return {};
    }
}

std::string indicatorDetailEn(const Indicator& f)
{
    switch (f.topic()) {
    case INDICATOR_TOPIC_SEMINAR_SIGN_UPS:
    case INDICATOR_TOPIC_SEMINAR_ATTENDANCE:
        return std::string(seminarKindEn(f.code()));
    case INDICATOR_TOPIC_CONSULTATIONS:
        return f.code() == 0 ? std::string("All topics") : std::string(consultationTopicEn(f.code()));
    case INDICATOR_TOPIC_PROGRAMME_STEP:
        return std::string(proto::improvementStepEn(static_cast<ImprovementStep>(f.code())));
    case INDICATOR_TOPIC_ADOPTIONS_BY_AREA:
        return std::string(equipmentAreaEn(f.code()));
    case INDICATOR_TOPIC_KPI:
        return std::string(proto::measureItemEn(static_cast<MeasureItem>(f.code())));
    default:
        return {};
    }
}

} // namespace yk::store
