#include "domain/allocation/timeliness.h"

#include <gtest/gtest.h>

namespace probity::allocation {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

TEST(WorkingDaysWaited, CountsWorkingDaysAfterTheSentence) {
  // TIME-1 (weekends and England and Wales bank holidays excluded), TIME-2.
  struct Case {
    const char* sentenced;
    const char* on;
    int waited;
  } cases[] = {
      {"2026-03-06", "2026-03-06", 0},  // allocated on the day of sentence (a Friday)
      {"2026-03-06", "2026-03-07", 0},  // the Saturday after
      {"2026-03-06", "2026-03-09", 1},  // Friday to Monday: 1 working day
      {"2026-03-06", "2026-03-10", 2},
      {"2026-04-02", "2026-04-07", 1},  // Thu before Good Friday (3 Apr) to Tue after Easter Monday
      {"2026-12-24", "2026-12-29", 1},  // Christmas Day and Boxing Day (substitute 28 Dec) skipped
      {"2026-03-10", "2026-03-06", 0},  // an allocation dated before the sentence: 0, not negative
  };
  for (const auto& c : cases) {
    EXPECT_EQ(WorkingDaysWaited(D(c.sentenced), D(c.on)), c.waited) << c.sentenced << " " << c.on;
  }
}

TEST(IsOverdue, OnlyOnceMoreWorkingDaysThanTheTargetHavePassed) {
  // TIME-2: allocation within 1 working day of sentence (configurable, e.g. NS 2007's 3).
  struct Case {
    const char* sentenced;
    const char* on;
    int target;
    bool overdue;
  } cases[] = {
      {"2026-03-06", "2026-03-09", 1, false},  // Friday -> Monday: within 1 working day
      {"2026-03-06", "2026-03-10", 1, true},   // Tuesday: 2 working days
      {"2026-03-05", "2026-03-08", 1, false},  // Thursday -> Sunday: only Friday has passed
      {"2026-03-05", "2026-03-09", 1, true},   // Thursday -> Monday: 2
      {"2026-03-06", "2026-03-11", 3, false},  // a 3-day target
      {"2026-03-06", "2026-03-12", 3, true},
      {"2026-03-06", "2026-03-06", 0, false},  // a same-day target
      {"2026-03-06", "2026-03-09", 0, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsOverdue(D(c.sentenced), D(c.on), c.target), c.overdue)
        << c.sentenced << " " << c.on << " target " << c.target;
  }
}

}  // namespace
}  // namespace probity::allocation
