#pragma once

#include "yokoten/v1/case.pb.h"

#include <random>
#include <string>

namespace yk::bench {

/// Japanese text of about `targetBytes`, from sentence pieces in the register of the national
/// case booklet: common words everywhere, equipment names in a minority of cases.
std::string makeText(std::mt19937& rng, std::size_t targetBytes);

/// A published case numbered `n` with about 6 KB of section text (ids are stable per n).
yokoten::v1::GoodPracticeCase makeCase(std::mt19937& rng, int n);

} // namespace yk::bench
