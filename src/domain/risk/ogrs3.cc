#include "domain/risk/ogrs3.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace probity::risk {
namespace {

// Youngest age at conviction or first sanction OGRS3 was built on (OGRS-1; ACT validation).
constexpr int kMinimumAge = 10;

// Part B §1 coefficients.
constexpr double kCopasWeight = 1.25112;
constexpr double kCopasOffset = 10;  // ln(S / (10 + A_conv - A_first))
constexpr double kFirstSanctionOnly = 0.12614;
constexpr double kRepeatSanction = 0.46306;
constexpr double kOneYearIntercept = 1.40256;
constexpr double kTwoYearIntercept = 2.1217;

// Age/sex parameters: the youngest age of each band, male, female (Part B §1 table).
struct AgeBand {
  int from_age;
  double male;
  double female;
};
constexpr std::array<AgeBand, 11> kAgeBands = {{
    {10, 0, 0.785},
    {12, 0.08392, 0.61385},
    {14, 0.07578, 0.66952},
    {16, -0.0616, -0.9592},
    {18, -0.6251, -0.8975},
    {21, -1.0515, -1.0285},
    {25, -1.1667, -1.0528},
    {30, -1.326, -1.1291},
    {35, -1.368, -1.4219},
    {40, -1.4997, -1.5247},
    {50, -2.0253, -2.4498},
}};

// Offence-category parameters, in the order of OGRS-1's code list and Part B §1.
struct OffenceParameter {
  std::string_view code;
  double weight;
};
constexpr std::array<OffenceParameter, 20> kOffenceParameters = {{
    {"violence", 0},
    {"robbery", -0.6348},
    {"public_order", 0.1819},
    {"sexual_child", -0.6534},
    {"sexual_not_child", 0.0328},
    {"soliciting", 0.7606},
    {"burglary_domestic", -0.1239},
    {"burglary_other", 0.2406},
    {"theft_non_motor", 0.6612},
    {"handling", 0.3519},
    {"fraud_forgery", 0.1599},
    {"absconding_bail", 0.7334},
    {"taking_driving_away", 0.3801},
    {"theft_from_vehicles", 0.4272},
    {"other_motoring", 0.2622},
    {"drink_driving", -0.1214},
    {"criminal_damage", 0.205},
    {"drug_import_export_production", -0.7956},
    {"drug_possession_supply", 0.0772},
    {"other", -0.0607},
}};

std::optional<double> OffenceWeight(std::string_view code) {
  for (const auto& p : kOffenceParameters) {
    if (p.code == code) {
      return p.weight;
    }
  }
  return std::nullopt;
}

// REQUIRES: age >= kMinimumAge.
double AgeSexParameter(int age, bool male) {
  const AgeBand* band = kAgeBands.data();
  for (const auto& b : kAgeBands) {
    if (age >= b.from_age) {
      band = &b;
    }
  }
  return male ? band->male : band->female;
}

double Logistic(double x) {
  return 1.0 / (1.0 + std::exp(-x));
}

void Fault(std::vector<FieldError>& faults, std::string field, std::string code,
           std::string message) {
  faults.push_back({std::move(field), std::move(code), std::move(message)});
}

}  // namespace

const char* OgrsBandCode(OgrsBand band) {
  switch (band) {
    case OgrsBand::kLow:
      return "low";
    case OgrsBand::kMedium:
      return "medium";
    case OgrsBand::kHigh:
      return "high";
    case OgrsBand::kVeryHigh:
      return "very high";
  }
  return "low";
}

bool IsOffenceCategory(std::string_view code) {
  return OffenceWeight(code).has_value();
}

int OgrsPercent(double probability) {
  // 5 decimal places, half up, as a whole number of hundred-thousandths; then x100 to a whole
  // percent, half up, in integers so that a 5-dp value ending in 500 rounds up exactly.
  constexpr double kFiveDecimals = 100000;
  constexpr std::int64_t kPerPercent = 1000;  // hundred-thousandths in one percent
  auto hundred_thousandths =
      static_cast<std::int64_t>(std::floor(probability * kFiveDecimals + 0.5));
  auto percent = static_cast<int>((hundred_thousandths + kPerPercent / 2) / kPerPercent);
  // OGRS-1: 0% and 100% are reported as 1% and 99% (ACT sanitisePercentage).
  constexpr int kLowest = 1;
  constexpr int kHighest = 99;
  if (percent < kLowest) {
    return kLowest;
  }
  if (percent > kHighest) {
    return kHighest;
  }
  return percent;
}

OgrsBand BandForOgrs(int two_year_percent) {
  constexpr int kMediumFrom = 50;
  constexpr int kHighFrom = 75;
  constexpr int kVeryHighFrom = 90;
  if (two_year_percent >= kVeryHighFrom) {
    return OgrsBand::kVeryHigh;
  }
  if (two_year_percent >= kHighFrom) {
    return OgrsBand::kHigh;
  }
  if (two_year_percent >= kMediumFrom) {
    return OgrsBand::kMedium;
  }
  return OgrsBand::kLow;
}

Result<Ogrs3Score> CalculateOgrs3(const Ogrs3Input& input) {
  std::vector<FieldError> faults;
  bool male = input.sex == "male";
  if (!male && input.sex != "female") {
    Fault(faults, "sex", "UNKNOWN_CODE", "Sex must be male or female");
  }

  // OGRS-1: the Copas term uses the age at the current conviction; the age/sex parameter the
  // age at the start of follow-up (the sentence date for a community sentence).
  int age_at_conviction = AgeInYears(input.date_of_birth, input.conviction_date);
  bool conviction_age_ok = false;
  if (input.conviction_date < input.date_of_birth) {
    Fault(faults, "dateOfBirth", "DATE_ORDER", "Date of birth must be before the conviction date");
  } else if (age_at_conviction < kMinimumAge) {
    std::string message = "OGRS3 needs the person to be 10 or over at conviction (age " +
                          std::to_string(age_at_conviction) + ")";
    Fault(faults, "dateOfBirth", "AGE_UNDER_10", message);
    Fault(faults, "convictionDate", "AGE_UNDER_10", message);
  } else {
    conviction_age_ok = true;
  }
  Date follow_up = input.follow_up_start_date.value_or(input.conviction_date);
  if (follow_up < input.conviction_date) {
    Fault(faults, "followUpStartDate", "DATE_ORDER",
          "Follow-up must start on or after the conviction date");
  }

  if (input.sanction_count < 1) {
    Fault(faults, "sanctionCount", "OUT_OF_RANGE",
          "Sanction count must be at least 1 (it includes the current conviction)");
  }
  if (input.age_at_first_sanction < kMinimumAge) {
    Fault(faults, "ageAtFirstSanction", "OUT_OF_RANGE", "Age at first sanction must be 10 or over");
  } else if (conviction_age_ok && input.age_at_first_sanction > age_at_conviction) {
    Fault(faults, "ageAtFirstSanction", "AFTER_AGE_AT_CONVICTION",
          "Age at first sanction cannot be above the age at conviction (" +
              std::to_string(age_at_conviction) + ")");
  }

  std::optional<double> offence = OffenceWeight(input.offence_category);
  if (!offence) {
    Fault(faults, "offenceCategory", "UNKNOWN_CODE",
          "Offence category must be one of the OGRS3 categories, like violence or other");
  }

  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }

  int age_at_follow_up = AgeInYears(input.date_of_birth, follow_up);
  double copas =
      kCopasWeight * std::log(static_cast<double>(input.sanction_count) /
                              (kCopasOffset + age_at_conviction - input.age_at_first_sanction));
  double x = AgeSexParameter(age_at_follow_up, male) +
             (input.sanction_count == 1 ? kFirstSanctionOnly : kRepeatSanction) + copas + *offence;

  Ogrs3Score score;
  score.one_year = Logistic(x + kOneYearIntercept);
  score.two_year = Logistic(x + kTwoYearIntercept);
  score.one_year_percent = OgrsPercent(score.one_year);
  score.two_year_percent = OgrsPercent(score.two_year);
  score.band = BandForOgrs(score.two_year_percent);
  return score;
}

}  // namespace probity::risk
