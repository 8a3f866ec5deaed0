#include "domain/rar/day_count.h"

#include <algorithm>
#include <set>

namespace probity::rar {

RarDayCount CountRarDays(int max_days, const std::vector<contact::Contact>& contacts, Date today) {
  std::set<Date> completed;
  std::set<Date> instructed;
  std::set<Date> booked;
  std::set<Date> unrecorded;
  for (const auto& c : contacts) {
    // RAR-4: offender-management and other contacts are never RAR days.
    if (c.type != contact::ContactType::kRarActivity) {
      continue;
    }
    if (c.outcome) {
      // RAR-5 / RAR-6: a recorded outcome decides whether the date was used or released.
      if (contact::CompletesRarDay(*c.outcome)) {
        completed.insert(c.date);
      }
      if (contact::InstructionStood(*c.outcome)) {
        instructed.insert(c.date);
      }
    } else {
      // RAR-6: the instruction stands until an outcome releases it, so a booking counts against
      // the budget whether it is still to come or past and not yet recorded; otherwise leaving
      // an outcome unrecorded would let more days be instructed than the court ordered.
      instructed.insert(c.date);
      (c.date >= today ? booked : unrecorded).insert(c.date);
    }
  }
  // RAR-3: a date on which a session was already completed is not another day.
  for (Date d : completed) {
    booked.erase(d);
    unrecorded.erase(d);
  }
  RarDayCount count;
  count.ordered = max_days;
  count.completed = static_cast<int>(completed.size());
  count.instructed = static_cast<int>(instructed.size());
  count.booked = static_cast<int>(booked.size());
  count.unrecorded = static_cast<int>(unrecorded.size());
  count.remaining = std::max(0, max_days - count.instructed);
  count.completed_dates.assign(completed.begin(), completed.end());
  count.instructed_dates.assign(instructed.begin(), instructed.end());
  return count;
}

}  // namespace probity::rar
