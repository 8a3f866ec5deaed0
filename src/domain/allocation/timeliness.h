// Timeliness of allocation (TIME-2 in domain.md; docs/rules/allocation.md points 7-8): the
// working days (TIME-1) from sentence to allocation, and whether a case still unallocated is
// overdue against the target.
#pragma once

#include "core/date.h"

namespace probity::allocation {

// Working days after the sentence date up to and including `on` (the allocation date, or today
// for a case still waiting): a case sentenced on a Friday and allocated on the Monday took 1.
int WorkingDaysWaited(Date sentenced, Date on);

// True when a case allocated on `on` (or still waiting on `on`) has waited more working days
// than `target_working_days`. REQUIRES: target_working_days >= 0.
bool IsOverdue(Date sentenced, Date on, int target_working_days);

}  // namespace probity::allocation
