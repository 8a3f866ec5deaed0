#include "domain/rar/at_risk.h"

#include <gtest/gtest.h>

namespace probity::rar {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

// A count with `booked` + `remaining` days still to deliver and the given completed dates.
RarDayCount Count(int booked, int remaining, const std::vector<const char*>& completed) {
  RarDayCount c;
  c.booked = booked;
  c.remaining = remaining;
  for (const char* d : completed) {
    c.completed_dates.push_back(D(d));
  }
  c.completed = static_cast<int>(c.completed_dates.size());
  c.ordered = c.completed + booked + remaining;
  return c;
}

struct Case {
  const char* why;  // the RAR-7 clause and the arithmetic behind the expectation
  RarDayCount count;
  const char* start;
  const char* end;
  const char* today;
  double per_week;
  int fit;
  bool cannot_fit;
  bool no_early_activity;
};

TEST(RarRisk, Rar7DaysThatCannotBeFittedOrNoActivityInTheFirstEightWeeks) {
  const Case cases[] = {
      // RAR-7: 14 days left (23 Nov..6 Dec) at 1 a week = 2 days; 2 to deliver fit.
      {"RAR-7 fits exactly", Count(1, 1, {"2026-06-01"}), "2026-05-01", "2026-12-06", "2026-11-23",
       1.0, 2, false, false},
      // RAR-7: same window, 3 to deliver > 2 that fit: at risk.
      {"RAR-7 one day too many", Count(1, 2, {"2026-06-01"}), "2026-05-01", "2026-12-06",
       "2026-11-23", 1.0, 2, true, false},
      // RAR-7: 13 days left at 1 a week = floor(13/7) = 1 day; 2 to deliver.
      {"RAR-7 a part week does not hold a day", Count(2, 0, {"2026-06-01"}), "2026-05-01",
       "2026-12-05", "2026-11-23", 1.0, 1, true, false},
      // RAR-7 "at the planned frequency": 14 days at 2 a week = 4 days; 4 to deliver fit.
      {"RAR-7 planned frequency", Count(0, 4, {"2026-06-01"}), "2026-05-01", "2026-12-06",
       "2026-11-23", 2.0, 4, false, false},
      // RAR-7: the period has ended with 1 day undelivered: nothing fits.
      {"RAR-7 order ended", Count(0, 1, {"2026-06-01"}), "2026-05-01", "2026-11-01", "2026-11-23",
       1.0, 0, true, false},
      // RAR-7: everything delivered: nothing to fit, never at risk for that reason.
      {"RAR-7 all delivered", Count(0, 0, {"2026-06-01"}), "2026-05-01", "2026-11-01", "2026-11-23",
       1.0, 0, false, false},
      // RAR-7 first 8 weeks: sentenced 1 Sep; window ends 27 Oct; nothing completed by then.
      {"RAR-7 no activity in 8 weeks", Count(2, 10, {"2026-11-02"}), "2026-09-01", "2027-09-01",
       "2026-11-23", 1.0, 40, false, true},
      // RAR-7 first 8 weeks: a slow start, but every day is now delivered: nothing at risk.
      {"RAR-7 slow start, all delivered", Count(0, 0, {"2026-11-02"}), "2026-09-01", "2027-09-01",
       "2026-11-23", 1.0, 40, false, false},
      // RAR-7 first 8 weeks: appointments held but not recorded are not activity that happened,
      // even though they use the budget (10 unrecorded of 10: nothing booked or remaining).
      {"RAR-7 no activity recorded in 8 weeks",
       [] {
         RarDayCount c = Count(0, 0, {});
         c.ordered = 10;
         c.unrecorded = 10;
         c.instructed = 10;
         return c;
       }(),
       "2026-09-01", "2027-09-01", "2026-11-23", 1.0, 40, false, true},
      // RAR-7 first 8 weeks: a day completed on 26 Oct (day 55) is inside the window.
      {"RAR-7 activity on the last day of the window", Count(2, 10, {"2026-10-26"}), "2026-09-01",
       "2027-09-01", "2026-11-23", 1.0, 40, false, false},
      // RAR-7 first 8 weeks: on 26 Oct the window has not closed, so no flag yet.
      {"RAR-7 window still open", Count(2, 10, {}), "2026-09-01", "2027-09-01", "2026-10-26", 1.0,
       44, false, false},
      // RAR-7: before the order starts, the whole period counts: 1 Dec..28 Dec = 28 days = 4.
      {"RAR-7 future start", Count(0, 4, {}), "2026-12-01", "2026-12-28", "2026-11-23", 1.0, 4,
       false, false},
  };
  for (const auto& c : cases) {
    auto risk = AssessRarRisk(c.count, D(c.start), D(c.end), D(c.today), c.per_week);
    EXPECT_EQ(risk.days_that_fit, c.fit) << c.why;
    EXPECT_EQ(risk.cannot_fit, c.cannot_fit) << c.why;
    EXPECT_EQ(risk.no_early_activity, c.no_early_activity) << c.why;
    EXPECT_EQ(risk.at_risk(), c.cannot_fit || c.no_early_activity) << c.why;
    EXPECT_EQ(risk.days_to_deliver, c.count.booked + c.count.remaining) << c.why;
  }
}

}  // namespace
}  // namespace probity::rar
