#include "domain/calendar/working_days.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>

namespace probity::calendar {
namespace {

using std::chrono::days;
using std::chrono::month;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month_day;

Date Day(int y, unsigned m, unsigned d) {
  return Date{year_month_day{year{y}, month{m}, std::chrono::day{d}}};
}

bool IsWeekend(Date d) {
  weekday w{d};
  return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date EasterSunday(int y) {
  int a = y % 19;
  int b = y / 100;
  int c = y % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int mo = (h + l - 7 * m + 114) / 31;
  int da = ((h + l - 7 * m + 114) % 31) + 1;
  return Day(y, static_cast<unsigned>(mo), static_cast<unsigned>(da));
}

Date FirstMonday(int y, unsigned m) {
  return Date{std::chrono::year_month_weekday{year{y} / month{m} / std::chrono::Monday[1]}};
}

Date LastMonday(int y, unsigned m) {
  return Date{std::chrono::year_month_weekday_last{year{y} / month{m} /
                                                   std::chrono::Monday[std::chrono::last]}};
}

Date NextMondayIfWeekend(Date d) {
  weekday w{d};
  if (w == std::chrono::Saturday) {
    return d + days{2};
  }
  if (w == std::chrono::Sunday) {
    return d + days{1};
  }
  return d;
}

// Proclaimed changes to the regular pattern (gov.uk/bank-holidays and the Royal Proclamations
// under the Banking and Financial Dealings Act 1971 s.1(3)). `moved_from` is the regular day
// that did not happen, or an empty date for an extra day.
struct Proclaimed {
  Date day;
  std::optional<Date> moved_from;
};

const std::array<Proclaimed, 12>& ProclaimedDays() {
  static const std::array<Proclaimed, 12> kDays = {{
      {Day(1995, 5, 8), Day(1995, 5, 1)},   // VE Day 50th anniversary: early May moved
      {Day(1999, 12, 31), std::nullopt},    // Millennium
      {Day(2002, 6, 3), std::nullopt},      // Golden Jubilee
      {Day(2002, 6, 4), Day(2002, 5, 27)},  // spring holiday moved for the Jubilee
      {Day(2011, 4, 29), std::nullopt},     // Royal wedding
      {Day(2012, 6, 4), Day(2012, 5, 28)},  // spring holiday moved for the Diamond Jubilee
      {Day(2012, 6, 5), std::nullopt},      // Diamond Jubilee
      {Day(2020, 5, 8), Day(2020, 5, 4)},   // VE Day 75th anniversary: early May moved
      {Day(2022, 6, 2), Day(2022, 5, 30)},  // spring holiday moved for the Platinum Jubilee
      {Day(2022, 6, 3), std::nullopt},      // Platinum Jubilee
      {Day(2022, 9, 19), std::nullopt},     // State funeral of Queen Elizabeth II
      {Day(2023, 5, 8), std::nullopt},      // Coronation of King Charles III
  }};
  return kDays;
}

}  // namespace

std::vector<Date> BankHolidays(int y) {
  std::vector<Date> out;
  out.push_back(NextMondayIfWeekend(Day(y, 1, 1)));
  Date easter = EasterSunday(y);
  out.push_back(easter - days{2});
  out.push_back(easter + days{1});
  if (y >= 1978) {
    out.push_back(FirstMonday(y, 5));
  }
  out.push_back(LastMonday(y, 5));
  out.push_back(LastMonday(y, 8));
  // Christmas and Boxing Day: a day on a weekend moves to the next weekday not already a holiday.
  Date christmas = Day(y, 12, 25);
  Date boxing = Day(y, 12, 26);
  weekday cw{christmas};
  if (cw == std::chrono::Saturday) {
    out.push_back(christmas + days{2});  // Monday 27th
    out.push_back(christmas + days{3});  // Tuesday 28th for Boxing Day on the Sunday
  } else if (cw == std::chrono::Sunday) {
    out.push_back(boxing);               // Monday 26th
    out.push_back(christmas + days{2});  // Tuesday 27th for Christmas Day
  } else if (cw == std::chrono::Friday) {
    out.push_back(christmas);
    out.push_back(christmas + days{3});  // Boxing Day on the Saturday: Monday 28th
  } else {
    out.push_back(christmas);
    out.push_back(boxing);
  }
  for (const auto& p : ProclaimedDays()) {
    if (static_cast<int>(year_month_day{p.day}.year()) != y) {
      continue;
    }
    if (p.moved_from) {
      std::erase(out, *p.moved_from);
    }
    out.push_back(p.day);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool IsBankHoliday(Date d) {
  int y = static_cast<int>(year_month_day{d}.year());
  // Deadlines test many days of the same few years: keep the last year's list per thread.
  thread_local int cached_year = 0;
  thread_local std::vector<Date> cached;
  if (y != cached_year) {
    cached = BankHolidays(y);
    cached_year = y;
  }
  return std::binary_search(cached.begin(), cached.end(), d);
}

bool IsWorkingDay(Date d) {
  return !IsWeekend(d) && !IsBankHoliday(d);
}

Date AddWorkingDays(Date from, int n) {
  Date d = from;
  for (int counted = 0; counted < n;) {
    d += days{1};
    if (IsWorkingDay(d)) {
      ++counted;
    }
  }
  return d;
}

int WorkingDaysAfter(Date from, Date to) {
  int count = 0;
  for (Date d = from + days{1}; d <= to; d += days{1}) {
    if (IsWorkingDay(d)) {
      ++count;
    }
  }
  return count;
}

}  // namespace probity::calendar
