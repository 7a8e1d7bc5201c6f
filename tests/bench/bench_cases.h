#pragma once

#include "yokoten/v1/case.pb.h"

#include <random>
#include <string>
#include <vector>

namespace yk::bench {

/// Japanese text of about `targetBytes`, from sentence pieces in the register of the national
/// case booklet: common words everywhere, equipment names in a minority of cases.
std::string makeText(std::mt19937& rng, std::size_t targetBytes);

/// A published case numbered `n` with about 6 KB of section text (ids are stable per n).
yokoten::v1::GoodPracticeCase makeCase(std::mt19937& rng, int n);

/// Typical queries, most of which titles already answer; then words makeText() puts in many
/// texts but never in a title (指標, 変化: the text index must answer them); then one-character
/// queries: 介 (in many titles) and 標, the worst case (in most texts, in no title).
const std::vector<std::string>& searchQueries();

} // namespace yk::bench
