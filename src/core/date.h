// Civil dates (a calendar day with no time zone) and instants, as the domain uses them.
// g++ 12 lacks chrono::parse/format, so ISO 8601 text is read and written here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace probity {

using Date = std::chrono::sys_days;
using Instant = std::chrono::sys_seconds;

// Parses "YYYY-MM-DD"; nullopt unless the text is exactly that and names a real day.
std::optional<Date> ParseDate(std::string_view text);
// "YYYY-MM-DD".
std::string FormatDate(Date date);
// "1 March 2026", the GOV.UK date style for pages.
std::string FormatDateLong(Date date);
// "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatInstant(Instant instant);
std::optional<Instant> ParseInstant(std::string_view text);

// Age in whole years on `on` of someone born on `born` (a 29 February birthday turns over on
// 1 March in non-leap years, as in English law's usual reading).
int AgeInYears(Date born, Date on);

// `date` plus `n` calendar months (n may be negative). A day the target month lacks (31 April,
// 29 February in a common year) becomes that month's last day, as a "month" in English law is a
// calendar month ending on the corresponding date or, lacking one, the month's last day.
Date AddMonths(Date date, int n);

}  // namespace probity
