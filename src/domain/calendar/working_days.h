// Working days (TIME-1): weekdays that are not England and Wales bank holidays. Timescales in
// domain.md (allocation within 1 working day, enforcement within 10, first appointment within 5)
// are counted with these functions.
#pragma once

#include <vector>

#include "core/date.h"

namespace probity::calendar {

// The England and Wales bank holidays of `year`, in date order: the regular ones by their
// statutory rules (with weekend substitutes) and the one-off moves and extra days proclaimed
// since 1995 (see working_days.cc for the list and its source).
std::vector<Date> BankHolidays(int year);

bool IsBankHoliday(Date day);

// Monday to Friday and not a bank holiday.
bool IsWorkingDay(Date day);

// The `n`th working day after `from` (n >= 1); `from` itself when n is 0. A deadline of "within
// 10 working days of the failure" falls on AddWorkingDays(failure, 10).
Date AddWorkingDays(Date from, int n);

// How many working days lie after `from` up to and including `to`: 0 when `to` is not after
// `from`. A case sentenced on a Friday and allocated on the Monday waited 1 working day.
int WorkingDaysAfter(Date from, Date to);

}  // namespace probity::calendar
