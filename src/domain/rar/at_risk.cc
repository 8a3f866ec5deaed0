#include "domain/rar/at_risk.h"

#include <algorithm>
#include <cmath>

namespace probity::rar {

RarRisk AssessRarRisk(const RarDayCount& count, Date start, Date end, Date today,
                      double days_per_week) {
  RarRisk risk;
  risk.days_to_deliver = count.booked + count.remaining;
  // Calendar days left in the period, today included: activity can still happen today.
  Date from = std::max(today, start);
  auto days_left = from > end ? 0 : (end - from).count() + 1;
  risk.days_that_fit =
      static_cast<int>(std::floor(static_cast<double>(days_left) * days_per_week / 7.0));
  risk.cannot_fit = risk.days_to_deliver > risk.days_that_fit;

  Date window_end = start + std::chrono::days(kFirstActivityWindowDays);
  // Once every day ordered is completed, a slow start no longer puts anything at risk.
  if (today >= window_end && count.completed < count.ordered) {
    risk.no_early_activity =
        std::none_of(count.completed_dates.begin(), count.completed_dates.end(),
                     [&](Date d) { return d < window_end; });
  }
  return risk;
}

}  // namespace probity::rar
