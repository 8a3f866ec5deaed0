// Counting RAR days from contacts (domain.md RAR-3..RAR-7). Days are never typed in: they are
// always computed here from the contacts of one RAR requirement.
#pragma once

#include <vector>

#include "core/date.h"
#include "domain/contact/contact.h"

namespace probity::rar {

struct RarDayCount {
  int ordered = 0;     // the court's maximum (RAR-1)
  int completed = 0;   // RAR-5
  int instructed = 0;  // RAR-6: completed + failed + booked + unrecorded dates
  int booked = 0;      // RAR-6's "future booked dates": today or later, no outcome, not completed
  int unrecorded = 0;  // past dates whose appointment has no outcome yet: the instruction stands
  int remaining = 0;   // RAR-7: ordered - instructed, never below 0
  std::vector<Date> completed_dates;
  std::vector<Date> instructed_dates;
};

// Counts the RAR days of one requirement with `max_days` ordered, from its contacts, as of
// `today`. Only RAR activity contacts count (RAR-4); a date counts once (RAR-3).
RarDayCount CountRarDays(int max_days, const std::vector<contact::Contact>& contacts, Date today);

}  // namespace probity::rar
