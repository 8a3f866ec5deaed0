// OGRS3, the Offender Group Reconviction Scale version 3: the probability of proven reoffending
// within one and two years from static factors (age, sex, criminal history, current offence).
// Rule OGRS-1 and domain.md Part B §1 (Howard et al. 2009; MoJ hmpps-arns-risk-actuarial-api);
// where domain.md had to be read, docs/rules/ogrs3.md says how.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace probity::risk {

enum class OgrsBand { kLow, kMedium, kHigh, kVeryHigh };
const char* OgrsBandCode(OgrsBand band);  // "low" | "medium" | "high" | "very high"

// The inputs as a caller gives them. `sex` and `offence_category` are the OGRS-1 codes
// ("male" | "female"; "violence", "robbery", ... "other"), checked here so that every caller
// (API, pages, CLI) gets the same field errors.
struct Ogrs3Input {
  std::string sex;
  Date date_of_birth;
  Date conviction_date;
  std::optional<Date> follow_up_start_date;  // absent: the conviction date
  int sanction_count = 0;                    // all sanctions, the current one included
  int age_at_first_sanction = 0;             // whole years
  std::string offence_category;
};

struct Ogrs3Score {
  double one_year = 0;  // unrounded probabilities, 0 < p < 1
  double two_year = 0;
  int one_year_percent = 0;  // OGRS-1 rounding, 1..99
  int two_year_percent = 0;
  OgrsBand band = OgrsBand::kLow;  // from the two-year percent
};

// The OGRS3 score. kInvalidArgument, with one FieldError per fault (field names as the API's:
// sex, dateOfBirth, convictionDate, followUpStartDate, sanctionCount, ageAtFirstSanction,
// offenceCategory), for inputs outside the published domain: an unknown sex or offence
// category, age under 10 at conviction, a follow-up start before the conviction,
// sanctionCount < 1, ageAtFirstSanction under 10 or above the age at conviction.
Result<Ogrs3Score> CalculateOgrs3(const Ogrs3Input& input);

// OGRS-1 rounding of a probability: to 5 decimal places (half up), then x100 to a whole percent
// (half up), then 0 -> 1 and 100 -> 99. Exact decimal arithmetic, so 0.174996 -> 0.17500 -> 18.
int OgrsPercent(double probability);

// OGRS-1 bands on the two-year percent: under 50 low, 50-74 medium, 75-89 high, 90+ very high.
OgrsBand BandForOgrs(int two_year_percent);

// True when `code` is one of the twenty OGRS-1 offence category codes.
bool IsOffenceCategory(std::string_view code);

}  // namespace probity::risk
