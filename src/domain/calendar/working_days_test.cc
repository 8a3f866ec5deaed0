#include "domain/calendar/working_days.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace probity::calendar {
namespace {

std::vector<std::string> Formatted(const std::vector<Date>& days) {
  std::vector<std::string> out;
  out.reserve(days.size());
  for (Date d : days) {
    out.push_back(FormatDate(d));
  }
  return out;
}

Date D(const char* text) {
  return *ParseDate(text);
}

// Expected lists copied from gov.uk/bank-holidays (England and Wales) and, for the years it no
// longer shows, from the Royal Proclamations named in working_days.cc.
struct YearCase {
  int year;
  std::vector<std::string> holidays;
};

TEST(BankHolidays, MatchPublishedListsForEngland) {
  const std::vector<YearCase> cases = {
      // 2012: spring holiday moved to 4 June, Diamond Jubilee on 5 June.
      {2012,
       {"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05",
        "2012-08-27", "2012-12-25", "2012-12-26"}},
      // 2020: early May moved to Friday 8 May (VE Day); Boxing Day on a Saturday -> Monday 28.
      {2020,
       {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
        "2020-12-25", "2020-12-28"}},
      // 2021: Christmas on a Saturday -> Monday 27 and Tuesday 28.
      {2021,
       {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
        "2021-12-27", "2021-12-28"}},
      // 2022: New Year on a Saturday -> Monday 3 Jan; spring moved to 2 June, Jubilee 3 June,
      // state funeral 19 September; Christmas on a Sunday -> Tuesday 27.
      {2022,
       {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
        "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
      // 2023: Coronation on 8 May.
      {2023,
       {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
        "2023-08-28", "2023-12-25", "2023-12-26"}},
      {2024,
       {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
        "2024-12-25", "2024-12-26"}},
      {2025,
       {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
        "2025-12-25", "2025-12-26"}},
      // 2026: Boxing Day on a Saturday -> Monday 28 December.
      {2026,
       {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
        "2026-12-25", "2026-12-28"}},
      // 2027: Christmas on a Saturday -> Monday 27 and Tuesday 28.
      {2027,
       {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
        "2027-12-27", "2027-12-28"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Formatted(BankHolidays(c.year)), c.holidays) << c.year;
  }
}

TEST(WorkingDays, WeekendsAndBankHolidaysAreNotWorkingDays) {
  EXPECT_TRUE(IsWorkingDay(D("2026-11-23")));   // a Monday
  EXPECT_FALSE(IsWorkingDay(D("2026-11-21")));  // Saturday
  EXPECT_FALSE(IsWorkingDay(D("2026-11-22")));  // Sunday
  EXPECT_FALSE(IsWorkingDay(D("2026-12-28")));  // Boxing Day substitute
  EXPECT_TRUE(IsBankHoliday(D("2026-12-28")));
  EXPECT_FALSE(IsBankHoliday(D("2026-12-26")));  // the Saturday itself is not the holiday
}

struct AddCase {
  const char* from;
  int n;
  const char* expected;
  const char* why;
};

TEST(WorkingDays, AddWorkingDaysSkipsWeekendsAndHolidays) {
  const std::vector<AddCase> cases = {
      {"2026-11-23", 0, "2026-11-23", "zero days is the day itself"},
      {"2026-11-20", 1, "2026-11-23", "Friday + 1 is Monday (TIME-1: weekends excluded)"},
      {"2026-11-23", 10, "2026-12-07", "ENF-4: two whole weeks from a Monday"},
      {"2026-12-24", 1, "2026-12-29", "25 Dec Fri, 26-27 weekend, 28 substitute: next is Tue 29"},
      {"2026-04-02", 1, "2026-04-07", "Good Friday 3 Apr and Easter Monday 6 Apr skipped"},
      {"2026-11-21", 1, "2026-11-23", "from a Saturday the first working day is Monday"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatDate(AddWorkingDays(D(c.from), c.n)), c.expected) << c.why;
  }
}

TEST(WorkingDays, WorkingDaysAfterCountsTheGap) {
  EXPECT_EQ(WorkingDaysAfter(D("2026-11-20"), D("2026-11-23")), 1);  // Fri -> Mon
  EXPECT_EQ(WorkingDaysAfter(D("2026-11-23"), D("2026-11-23")), 0);  // same day
  EXPECT_EQ(WorkingDaysAfter(D("2026-11-24"), D("2026-11-23")), 0);  // backwards
  EXPECT_EQ(WorkingDaysAfter(D("2026-12-24"), D("2027-01-04")), 4);  // 29, 30, 31 Dec, 4 Jan
  // The two functions agree: n working days after a day is n working days away.
  for (int n = 0; n < 40; ++n) {
    EXPECT_EQ(WorkingDaysAfter(D("2026-12-20"), AddWorkingDays(D("2026-12-20"), n)), n) << n;
  }
}

}  // namespace
}  // namespace probity::calendar
