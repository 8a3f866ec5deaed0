#include "domain/allocation/timeliness.h"

#include "domain/calendar/working_days.h"

namespace probity::allocation {

int WorkingDaysWaited(Date sentenced, Date on) {
  return calendar::WorkingDaysAfter(sentenced, on);
}

bool IsOverdue(Date sentenced, Date on, int target_working_days) {
  return WorkingDaysWaited(sentenced, on) > target_working_days;
}

}  // namespace probity::allocation
