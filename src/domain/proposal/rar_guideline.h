// PROP-1: the OGRS two-year score is the main guide to a RAR's intensity and maximum days
// (MoJ RAR guidance, 2019; the table in domain.md).
#pragma once

#include <optional>

namespace probity::proposal {

enum class Intensity { kNone, kLow, kMedium, kHigh };
const char* IntensityCode(Intensity intensity);  // "none" | "low" | "medium" | "high"

struct RarGuideline {
  Intensity intensity = Intensity::kNone;
  std::optional<int> min_days;  // none below 25%: a RAR only in exceptional circumstances
  std::optional<int> max_days;
  double average_needs = 0;
  const char* row = "";  // the table's OGRS column for this row, e.g. "25 to 49%"
};

// REQUIRES: 0 <= ogrs_two_year_percent <= 99 (OGRS-1 clamps to 1..99).
RarGuideline GuidelineForOgrs(int ogrs_two_year_percent);

}  // namespace probity::proposal
