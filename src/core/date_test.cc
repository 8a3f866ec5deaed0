#include "core/date.h"

#include <gtest/gtest.h>

namespace probity {
namespace {

TEST(ParseDate, AcceptsRealCalendarDays) {
  struct Case {
    const char* text;
    bool ok;
  } cases[] = {
      {"2024-02-29", true},   // 2024 is a leap year
      {"2023-02-29", false},  // 2023 is not
      {"2026-11-23", true},  {"2026-13-01", false}, {"2026-1-01", false},
      {"26-11-2026", false}, {"", false},           {"2026-11-23x", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ParseDate(c.text).has_value(), c.ok) << c.text;
  }
}

TEST(FormatDate, RoundTripsIso) {
  auto d = ParseDate("2021-06-26");
  ASSERT_TRUE(d);
  EXPECT_EQ(FormatDate(*d), "2021-06-26");
  EXPECT_EQ(FormatDateLong(*d), "26 June 2021");
}

TEST(ParseInstant, RoundTripsUtcSeconds) {
  auto t = ParseInstant("2026-11-23T09:05:07Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatInstant(*t), "2026-11-23T09:05:07Z");
  EXPECT_FALSE(ParseInstant("2026-11-23T24:00:00Z"));
  EXPECT_FALSE(ParseInstant("2026-11-23 09:05:07"));
}

TEST(AgeInYears, TurnsOverOnTheBirthday) {
  auto born = *ParseDate("1991-07-17");
  EXPECT_EQ(AgeInYears(born, *ParseDate("2021-07-16")), 29);
  EXPECT_EQ(AgeInYears(born, *ParseDate("2021-07-17")), 30);
  // OGRS-1 worked example (domain.md §1): age 30 at follow-up start 2021-12-12.
  EXPECT_EQ(AgeInYears(born, *ParseDate("2021-12-12")), 30);
}

TEST(AddMonths, MovesAMissingDayToTheMonthsLastDay) {
  struct Case {
    const char* from;
    int months;
    const char* to;
  } cases[] = {
      {"2026-01-15", 1, "2026-02-15"},  {"2026-01-31", 1, "2026-02-28"},
      {"2024-01-31", 1, "2024-02-29"},  // leap year
      {"2024-02-29", 12, "2025-02-28"}, {"2026-03-31", -1, "2026-02-28"},
      {"2026-05-01", 36, "2029-05-01"}, {"2026-08-31", 6, "2027-02-28"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatDate(AddMonths(*ParseDate(c.from), c.months)), c.to)
        << c.from << " + " << c.months;
  }
}

}  // namespace
}  // namespace probity
