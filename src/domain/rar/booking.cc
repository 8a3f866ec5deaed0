#include "domain/rar/booking.h"

#include <algorithm>
#include <string>

namespace probity::rar {

namespace {

bool AlreadyInstructed(const RarDayCount& count, Date date) {
  return std::binary_search(count.instructed_dates.begin(), count.instructed_dates.end(), date);
}

std::string NoneRemain(const RarDayCount& count) {
  return "No RAR days remain: the court ordered at most " + std::to_string(count.ordered) +
         " and " + std::to_string(count.instructed) +
         " have been instructed (completed, failed or booked), so 0 remain.";
}

}  // namespace

Status CheckRarBooking(const RarDayCount& count, Date date, const RelevantPeriod& period) {
  if (date < period.start || date > period.end) {
    return InvalidArgument("date", "OUTSIDE_ORDER",
                           "RAR activities can only be instructed between " +
                               FormatDate(period.start) + " and " + FormatDate(period.end) +
                               " (the relevant period of the order); " + FormatDate(date) +
                               " is outside it.");
  }
  if (AlreadyInstructed(count, date)) {
    return Ok();  // RAR-3: the same date is the same day
  }
  if (count.remaining > 0) {
    return Ok();
  }
  Error error = FailedPrecondition(NoneRemain(count) +
                                   " Book this session on a date already instructed, or cancel a "
                                   "future booking first.");
  error.fields.push_back({"date", "RAR_DAYS_EXHAUSTED", error.message});
  return error;
}

Status CheckReinstatedRarDay(const RarDayCount& others, Date date) {
  if (AlreadyInstructed(others, date) || others.remaining > 0) {
    return Ok();
  }
  Error error =
      FailedPrecondition(NoneRemain(others) + " This outcome would make " + FormatDate(date) +
                         " another instructed day: cancel a future booking first.");
  error.fields.push_back({"outcome", "RAR_DAYS_EXHAUSTED", error.message});
  return error;
}

}  // namespace probity::rar
