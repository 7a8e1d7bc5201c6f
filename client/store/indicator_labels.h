#pragma once

#include "yokoten/v1/indicator.pb.h"

#include <string>
#include <string_view>

namespace yk::store {

/// Names of the seminar kinds, Japanese and English (as centres call them).
std::string_view seminarKindJa(int kind);
std::string_view seminarKindEn(int kind);

/// What an indicator counts ("相談", "Consultations"), without the value it is about.
std::string_view indicatorTopicJa(yokoten::v1::IndicatorTopic topic);
std::string_view indicatorTopicEn(yokoten::v1::IndicatorTopic topic);
/// The value a figure is about (a seminar kind, consultation topic, improvement step,
/// equipment area or measured item), or empty when the figure is the topic's total. An
/// assessment area's name comes from its template, not from here.
std::string indicatorDetailJa(const yokoten::v1::Indicator& figure);
std::string indicatorDetailEn(const yokoten::v1::Indicator& figure);

} // namespace yk::store
