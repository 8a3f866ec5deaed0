// RAR-6: the person cannot be instructed to attend more RAR days than the court ordered. Booking
// a RAR activity is checked here before anything is saved.
#pragma once

#include "core/date.h"
#include "core/result.h"
#include "domain/rar/day_count.h"

namespace probity::rar {

// The dates on which RAR activities may be instructed: the relevant period (RAR-1), from the
// sentence date to the end of the order (CO) or of the supervision period (SSO).
struct RelevantPeriod {
  Date start{};
  Date end{};
};

// May the person be instructed to attend a RAR activity on `date`, given the requirement's
// current `count` (CountRarDays as of today)?
// - kInvalidArgument (field `date`, OUTSIDE_ORDER) when `date` is outside the relevant period.
// - kFailedPrecondition (field `date`, RAR_DAYS_EXHAUSTED) when `date` would be a new instructed
//   day and none remain; the message says how many remain (RAR-6).
// A date already instructed is always allowed: a second session that day is not another day
// (RAR-3).
Status CheckRarBooking(const RarDayCount& count, Date date, const RelevantPeriod& period);

// May an appointment on `date` get an outcome that makes its date instructed again (a correction
// from a releasing outcome such as AAAA to one that stands such as UAAB)? `others` is the count
// without that appointment. kFailedPrecondition (field `outcome`, RAR_DAYS_EXHAUSTED) when the
// date would be a new instructed day and none remain (RAR-6).
Status CheckReinstatedRarDay(const RarDayCount& others, Date date);

}  // namespace probity::rar
