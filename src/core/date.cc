#include "core/date.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace probity {
namespace {

std::optional<int> Digits(std::string_view text, std::size_t pos, std::size_t len) {
  if (pos + len > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  auto y = Digits(text, 0, 4);
  auto m = Digits(text, 5, 2);
  auto d = Digits(text, 8, 2);
  if (!y || !m || !d) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year{*y},
                                  std::chrono::month{static_cast<unsigned>(*m)},
                                  std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return std::chrono::sys_days{ymd};
}

std::string FormatDate(Date date) {
  std::chrono::year_month_day ymd{date};
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf.data();
}

std::string FormatDateLong(Date date) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  std::chrono::year_month_day ymd{date};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

std::string FormatInstant(Instant instant) {
  auto day = std::chrono::floor<std::chrono::days>(instant);
  std::chrono::hh_mm_ss<std::chrono::seconds> t{instant - day};
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "T%02d:%02d:%02dZ", static_cast<int>(t.hours().count()),
                static_cast<int>(t.minutes().count()), static_cast<int>(t.seconds().count()));
  return FormatDate(day) + buf.data();
}

std::optional<Instant> ParseInstant(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != 'Z') {
    return std::nullopt;
  }
  auto date = ParseDate(text.substr(0, 10));
  auto h = Digits(text, 11, 2);
  auto m = Digits(text, 14, 2);
  auto s = Digits(text, 17, 2);
  if (!date || !h || !m || !s || *h > 23 || *m > 59 || *s > 59) {
    return std::nullopt;
  }
  return Instant{*date} + std::chrono::hours{*h} + std::chrono::minutes{*m} +
         std::chrono::seconds{*s};
}

int AgeInYears(Date born, Date on) {
  std::chrono::year_month_day b{born};
  std::chrono::year_month_day o{on};
  int age = static_cast<int>(o.year()) - static_cast<int>(b.year());
  if (std::chrono::month_day{o.month(), o.day()} < std::chrono::month_day{b.month(), b.day()}) {
    --age;
  }
  return age;
}

Date AddMonths(Date date, int n) {
  std::chrono::year_month_day ymd{date};
  ymd += std::chrono::months{n};
  if (!ymd.ok()) {
    ymd = ymd.year() / ymd.month() / std::chrono::last;
  }
  return Date{ymd};
}

}  // namespace probity
