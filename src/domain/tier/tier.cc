#include "domain/tier/tier.h"

#include <algorithm>

namespace probity::tier {
namespace {

struct NeedInfo {
  Need need;
  const char* code;
  const char* name;
  int weight;  // §4 "weights"
};

constexpr std::array<NeedInfo, kNeedCount> kNeedInfo = {{
    {Need::kAccommodation, "accommodation", "Accommodation", 1},
    {Need::kEte, "ete", "Education, training and employment", 1},
    {Need::kRelationships, "relationships", "Relationships", 1},
    {Need::kLifestyleAssociates, "lifestyle_associates", "Lifestyle and associates", 1},
    {Need::kDrugMisuse, "drug_misuse", "Drug misuse", 1},
    {Need::kAlcoholMisuse, "alcohol_misuse", "Alcohol misuse", 1},
    {Need::kThinkingBehaviour, "thinking_behaviour", "Thinking and behaviour", 2},
    {Need::kAttitudes, "attitudes", "Attitudes", 2},
    {Need::kFinance, "finance", "Finance", 0},
    {Need::kEmotionalWellbeing, "emotional_wellbeing", "Emotional wellbeing", 0},
}};

const NeedInfo& Info(Need need) {
  return kNeedInfo[static_cast<std::size_t>(need)];
}

// §4 RSR points: 7.00-99.99 -> 20; 3.00-6.99 -> 10; else 0 (RsrThresholds).
int RsrPoints(std::optional<int> rsr_hundredths) {
  if (!rsr_hundredths) {
    return 0;
  }
  if (*rsr_hundredths >= 700 && *rsr_hundredths <= 9999) {
    return 20;
  }
  if (*rsr_hundredths >= 300 && *rsr_hundredths <= 699) {
    return 10;
  }
  return 0;
}

int RoshRank(person::Register r) {
  switch (r) {
    case person::Register::kRoshVeryHigh:
      return 4;
    case person::Register::kRoshHigh:
      return 3;
    case person::Register::kRoshMedium:
      return 2;
    case person::Register::kRoshLow:
      return 1;
    default:
      return 0;
  }
}

// §4 RoSH points: RVHR 150, RHRH 20, RMRH 10, RLRH/none 0.
int RoshPoints(person::Register r) {
  static constexpr std::array<int, 5> kPoints = {0, 0, 10, 20, 150};
  return kPoints[static_cast<std::size_t>(RoshRank(r))];
}

// §4 "Most recent register wins". Two on the same date: the higher (docs/rules/tier.md).
const Registration* MostRecent(const std::vector<Registration>& registrations,
                               bool (*is)(person::Register)) {
  const Registration* best = nullptr;
  for (const auto& r : registrations) {
    if (!is(r.type)) {
      continue;
    }
    if (best == nullptr || r.registered_on > best->registered_on ||
        (r.registered_on == best->registered_on && RoshRank(r.type) > RoshRank(best->type)) ||
        (r.registered_on == best->registered_on && r.level > best->level)) {
      best = &r;
    }
  }
  return best;
}

bool IsRosh(person::Register r) {
  return RoshRank(r) > 0;
}
bool IsMappa(person::Register r) {
  return r == person::Register::kMappa;
}

// §4 complexity factors, 2 points each.
bool IsComplexityFactor(person::Register r) {
  switch (r) {
    case person::Register::kMentalHealth:
    case person::Register::kSelfHarm:
    case person::Register::kVulnerability:
    case person::Register::kChildConcerns:
    case person::Register::kChildProtection:
    case person::Register::kRiskToChildren:
    case person::Register::kPublicInterest:
    case person::Register::kAdultAtRisk:
    case person::Register::kStreetGangs:
    case person::Register::kTerrorism:
      return true;
    default:
      return false;
  }
}

bool Has(const std::vector<Registration>& registrations, person::Register type) {
  return std::any_of(registrations.begin(), registrations.end(),
                     [type](const Registration& r) { return r.type == type; });
}

void Add(std::vector<TierFactor>& factors, const char* code, std::string detail,
         std::string description, int points) {
  factors.push_back({code, std::move(detail), std::move(description), points});
}

std::string Percent(int hundredths) {
  std::string fraction = std::to_string(hundredths % 100);
  return std::to_string(hundredths / 100) + "." + (fraction.size() == 1 ? "0" : "") + fraction +
         "%";
}

void Protect(const TierInputs& in, TierResult& out) {
  auto& factors = out.protect_factors;
  const int rsr = RsrPoints(in.rsr_hundredths);
  if (rsr > 0) {
    Add(factors, "rsr", "", "RSR " + Percent(*in.rsr_hundredths), rsr);
  }
  int rosh = 0;
  if (auto current = CurrentRosh(in.registrations)) {
    rosh = RoshPoints(*current);
    if (rosh > 0) {
      Add(factors, "rosh", person::RegisterCode(*current), person::RegisterName(*current), rosh);
    }
  }
  if (const Registration* m = MostRecent(in.registrations, &IsMappa); m && m->level) {
    // §4: MAPPA level M3 or M2 -> 150; M1 -> 5.
    const int mappa = *m->level == MappaLevel::kM1 ? 5 : 150;
    Add(factors, "mappa", MappaLevelCode(*m->level),
        std::string("MAPPA level ") + MappaLevelCode(*m->level), mappa);
  }
  // Distinct register codes, each counted once, in register order for a stable display.
  std::vector<person::Register> complexity;
  for (const auto& r : in.registrations) {
    if (IsComplexityFactor(r.type) &&
        std::find(complexity.begin(), complexity.end(), r.type) == complexity.end()) {
      complexity.push_back(r.type);
    }
  }
  std::sort(complexity.begin(), complexity.end());
  for (auto r : complexity) {
    Add(factors, "complexity", person::RegisterCode(r), person::RegisterName(r), 2);
  }
  if (in.female) {
    if (in.parenting_responsibilities) {
      Add(factors, "women_parenting", "", "Parenting responsibilities", 2);
    }
    // §4: impulsivity or temper control, counted once.
    if (in.impulsivity || in.temper_control) {
      Add(factors, "women_self_control", "",
          in.impulsivity && in.temper_control ? "Impulsivity and temper control"
          : in.impulsivity                    ? "Impulsivity"
                                              : "Temper control",
          2);
    }
    if (in.previous_enforcement) {
      Add(factors, "women_enforcement", "", "Breach or recall in the last year", 2);
    }
  }
  // §4: total = sum - min(RSR points, RoSH points): only the larger of the two counts.
  const int overlap = std::min(rsr, rosh);
  if (overlap > 0) {
    Add(factors, "rsr_rosh_overlap", "", "Only the larger of RSR and RoSH counts", -overlap);
  }
  int total = 0;
  for (const auto& f : factors) {
    total += f.points;
  }
  out.protect_points = total;
  out.protect = ProtectLevelFor(total);
}

void Change(const TierInputs& in, TierResult& out) {
  auto& factors = out.change_factors;
  // §4: no mandate for change -> 0; no assessment -> 2 (hmpps-tier ChangeLevelCalculator, in
  // that order).
  if (!in.mandate_for_change) {
    Add(factors, "no_mandate", "", "No mandate for change", 0);
    out.change = 0;
    return;
  }
  if (!in.has_assessment) {
    Add(factors, "no_assessment", "", "No assessment", 0);
    out.change = 2;
    return;
  }
  int total = 0;
  for (Need need : kNeeds) {
    const NeedSeverity severity = in.needs[static_cast<std::size_t>(need)];
    const int points = Info(need).weight * static_cast<int>(severity);
    if (points > 0) {
      Add(factors, "need", Info(need).code,
          std::string(Info(need).name) +
              (severity == NeedSeverity::kSevere ? " (severe)" : " (standard)"),
          points);
      total += points;
    }
  }
  // §4: floor(OGRS 2-year % / 10).
  if (in.ogrs_two_year_percent && *in.ogrs_two_year_percent >= 10) {
    const int points = *in.ogrs_two_year_percent / 10;
    Add(factors, "ogrs", "", "OGRS " + std::to_string(*in.ogrs_two_year_percent) + "%", points);
    total += points;
  }
  if (Has(in.registrations, person::Register::kIntegratedOffenderManagement)) {
    Add(factors, "iom", "IIOM", "IOM nominal", 2);
    total += 2;
  }
  out.change_points = total;
  out.change = ChangeLevelFor(total);
}

bool IsRestrictive(sentence::RequirementType type) {
  switch (type) {
    case sentence::RequirementType::kCurfew:
    case sentence::RequirementType::kExclusion:
    case sentence::RequirementType::kProhibitedActivity:
    case sentence::RequirementType::kForeignTravelProhibition:
    case sentence::RequirementType::kResidence:
    case sentence::RequirementType::kElectronicMonitoring:
    case sentence::RequirementType::kAlcoholAbstinenceMonitoring:
      return true;
    default:
      return false;
  }
}

}  // namespace

const char* NeedCode(Need need) {
  return Info(need).code;
}
const char* NeedName(Need need) {
  return Info(need).name;
}
int NeedWeight(Need need) {
  return Info(need).weight;
}
std::optional<Need> ParseNeed(std::string_view code) {
  for (const auto& info : kNeedInfo) {
    if (code == info.code) {
      return info.need;
    }
  }
  return std::nullopt;
}

const char* NeedSeverityCode(NeedSeverity severity) {
  switch (severity) {
    case NeedSeverity::kNoNeed:
      return "no_need";
    case NeedSeverity::kStandard:
      return "standard";
    case NeedSeverity::kSevere:
      return "severe";
  }
  return "no_need";
}
std::optional<NeedSeverity> ParseNeedSeverity(std::string_view code) {
  for (auto s : {NeedSeverity::kNoNeed, NeedSeverity::kStandard, NeedSeverity::kSevere}) {
    if (code == NeedSeverityCode(s)) {
      return s;
    }
  }
  return std::nullopt;
}

const char* RoshCode(Rosh rosh) {
  switch (rosh) {
    case Rosh::kLow:
      return "low";
    case Rosh::kMedium:
      return "medium";
    case Rosh::kHigh:
      return "high";
    case Rosh::kVeryHigh:
      return "very_high";
  }
  return "low";
}
std::optional<Rosh> ParseRosh(std::string_view code) {
  for (auto r : {Rosh::kLow, Rosh::kMedium, Rosh::kHigh, Rosh::kVeryHigh}) {
    if (code == RoshCode(r)) {
      return r;
    }
  }
  return std::nullopt;
}

const char* MappaLevelCode(MappaLevel level) {
  switch (level) {
    case MappaLevel::kM1:
      return "M1";
    case MappaLevel::kM2:
      return "M2";
    case MappaLevel::kM3:
      return "M3";
  }
  return "M1";
}
std::optional<MappaLevel> ParseMappaLevel(std::string_view code) {
  for (auto l : {MappaLevel::kM1, MappaLevel::kM2, MappaLevel::kM3}) {
    if (code == MappaLevelCode(l)) {
      return l;
    }
  }
  return std::nullopt;
}

char ProtectLevelLetter(ProtectLevel level) {
  return static_cast<char>('A' + static_cast<int>(level));
}

std::string TierResult::Code() const {
  std::string code{ProtectLevelLetter(protect), static_cast<char>('0' + change)};
  if (unsupervised) {
    code += 'S';
  }
  return code;
}

ProtectLevel ProtectLevelFor(int points) {
  return points >= 150  ? ProtectLevel::kA
         : points >= 20 ? ProtectLevel::kB
         : points >= 10 ? ProtectLevel::kC
                        : ProtectLevel::kD;
}

int ChangeLevelFor(int points) {
  return points >= 20 ? 3 : points >= 10 ? 2 : 1;
}

std::optional<person::Register> CurrentRosh(const std::vector<Registration>& registrations) {
  if (const Registration* r = MostRecent(registrations, &IsRosh)) {
    return r->type;
  }
  return std::nullopt;
}

bool HasPreviousEnforcement(const std::vector<DecidedBreach>& breaches, Date today) {
  // hmpps-tier: terminated after today less a year less a day, i.e. on or after a year ago.
  const Date year_ago = AddMonths(today, -12);
  return std::any_of(breaches.begin(), breaches.end(),
                     [year_ago](const DecidedBreach& b) { return b.order_ends_on >= year_ago; });
}

TierResult CalculateTier(const TierInputs& inputs) {
  TierResult result;
  Protect(inputs, result);
  Change(inputs, result);
  result.unsupervised = Has(inputs.registrations, person::Register::kUnsupervised);
  return result;
}

bool HasMandateForChange(const std::vector<sentence::Event>& events, Date today) {
  for (const auto& event : events) {
    for (const auto& s : event.sentences) {
      if (s.end_date < today) {
        continue;
      }
      for (const auto& r : s.requirements) {
        if (r.status == sentence::RequirementStatus::kActive &&
            r.type != sentence::RequirementType::kUnpaidWork && !IsRestrictive(r.type)) {
          return true;
        }
      }
    }
  }
  return false;
}

TierInputs InputsFor(const std::optional<Assessment>& assessment,
                     std::vector<Registration> registrations, bool female,
                     std::optional<int> ogrs_two_year_percent, bool mandate_for_change) {
  TierInputs in;
  in.registrations = std::move(registrations);
  in.female = female;
  in.ogrs_two_year_percent = ogrs_two_year_percent;
  in.mandate_for_change = mandate_for_change;
  if (assessment) {
    in.has_assessment = true;
    in.rsr_hundredths = assessment->rsr_hundredths;
    in.needs = assessment->needs;
    in.parenting_responsibilities = assessment->parenting_responsibilities;
    in.impulsivity = assessment->impulsivity;
    in.temper_control = assessment->temper_control;
  }
  return in;
}

}  // namespace probity::tier
