#include "domain/proposal/rar_guideline.h"

#include <gtest/gtest.h>

namespace probity::proposal {
namespace {

TEST(GuidelineForOgrs, FollowsTheProp1Table) {
  // Every row boundary of the PROP-1 table in domain.md.
  struct Case {
    int ogrs;
    Intensity intensity;
    std::optional<int> min_days;
    std::optional<int> max_days;
  } cases[] = {
      {0, Intensity::kNone, std::nullopt, std::nullopt},
      {24, Intensity::kNone, std::nullopt, std::nullopt},
      {25, Intensity::kLow, 1, 15},
      {49, Intensity::kLow, 1, 15},
      {50, Intensity::kMedium, 15, 25},
      {74, Intensity::kMedium, 15, 25},
      {75, Intensity::kHigh, 25, 60},
      {90, Intensity::kHigh, 25, 60},
      {91, Intensity::kHigh, 25, 60},
      {99, Intensity::kHigh, 25, 60},
  };
  for (const auto& c : cases) {
    auto g = GuidelineForOgrs(c.ogrs);
    EXPECT_EQ(g.intensity, c.intensity) << c.ogrs;
    EXPECT_EQ(g.min_days, c.min_days) << c.ogrs;
    EXPECT_EQ(g.max_days, c.max_days) << c.ogrs;
  }
  EXPECT_DOUBLE_EQ(GuidelineForOgrs(91).average_needs, 6.2);  // "over 90" row
  EXPECT_DOUBLE_EQ(GuidelineForOgrs(90).average_needs, 4.4);  // "75-90" row
}

}  // namespace
}  // namespace probity::proposal
