#include "domain/proposal/rar_guideline.h"

namespace probity::proposal {

const char* IntensityCode(Intensity intensity) {
  switch (intensity) {
    case Intensity::kNone:
      return "none";
    case Intensity::kLow:
      return "low";
    case Intensity::kMedium:
      return "medium";
    case Intensity::kHigh:
      return "high";
  }
  return "none";
}

RarGuideline GuidelineForOgrs(int ogrs_two_year_percent) {
  // PROP-1 rows, top to bottom.
  if (ogrs_two_year_percent < 25) {
    return {Intensity::kNone, std::nullopt, std::nullopt, 2.4, "0 to 24%"};
  }
  if (ogrs_two_year_percent < 50) {
    return {Intensity::kLow, 1, 15, 3.2, "25 to 49%"};
  }
  if (ogrs_two_year_percent < 75) {
    return {Intensity::kMedium, 15, 25, 4.4, "50 to 74%"};
  }
  if (ogrs_two_year_percent <= 90) {
    return {Intensity::kHigh, 25, 60, 4.4, "75 to 90%"};
  }
  return {Intensity::kHigh, 25, 60, 6.2, "over 90%"};
}

}  // namespace probity::proposal
