// Whether a RAR is at risk of not being delivered (domain.md RAR-7).
#pragma once

#include "core/date.h"
#include "domain/rar/day_count.h"

namespace probity::rar {

// With no sentence plan yet there is no planned frequency; one RAR day a week is assumed. The
// guidance gives no figure: this is Probity's default, replaced by the plan's own frequency.
inline constexpr double kDefaultRarDaysPerWeek = 1.0;

// RAR-7: "no purposeful activity" — no RAR day completed in the first 8 weeks of the order,
// while fewer days are completed than ordered.
inline constexpr int kFirstActivityWindowDays = 8 * 7;

struct RarRisk {
  bool cannot_fit = false;         // the days still to deliver do not fit before the end
  bool no_early_activity = false;  // nothing completed in the first 8 weeks
  int days_to_deliver = 0;         // booked + remaining: days not yet completed or lost to failures
  int days_that_fit = 0;           // RAR days that fit from today to the end at the frequency

  bool at_risk() const { return cannot_fit || no_early_activity; }
};

// `start` is the sentence date, `end` the end of the relevant period (the order's end, or the
// SSO's supervision period), `days_per_week` the planned frequency (> 0).
RarRisk AssessRarRisk(const RarDayCount& count, Date start, Date end, Date today,
                      double days_per_week);

}  // namespace probity::rar
