// Tiering, the "v2" model of hmpps-tier (rule TIER-1, domain.md Part B §4): a protect level A-D
// from risk of serious harm, RSR and registrations, and a change level 0-3 from needs, OGRS and
// IOM, with the suffix "S" for an unsupervised case (register PRC). The result carries the points
// behind it, factor by factor, for the case page. Where §4 had to be read, docs/rules/tier.md
// says how.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "domain/person/register.h"
#include "domain/sentence/sentence.h"

namespace probity::tier {

// The OASys need sections the change level weighs (§4 "Needs"), in §4's order.
enum class Need {
  kAccommodation,
  kEte,
  kRelationships,
  kLifestyleAssociates,
  kDrugMisuse,
  kAlcoholMisuse,
  kThinkingBehaviour,
  kAttitudes,
  kFinance,
  kEmotionalWellbeing,
};
inline constexpr std::size_t kNeedCount = 10;
inline constexpr std::array<Need, kNeedCount> kNeeds = {
    Need::kAccommodation,       Need::kEte,        Need::kRelationships,
    Need::kLifestyleAssociates, Need::kDrugMisuse, Need::kAlcoholMisuse,
    Need::kThinkingBehaviour,   Need::kAttitudes,  Need::kFinance,
    Need::kEmotionalWellbeing,
};
const char* NeedCode(Need need);  // e.g. "thinking_behaviour" (stored and sent in JSON)
const char* NeedName(Need need);  // e.g. "Thinking and behaviour"
std::optional<Need> ParseNeed(std::string_view code);
// §4: Thinking & behaviour 2, Attitudes 2, Finance 0, Emotional wellbeing 0, the others 1.
int NeedWeight(Need need);

// §4: No need 0, Standard 1, Severe 2.
enum class NeedSeverity { kNoNeed, kStandard, kSevere };
const char* NeedSeverityCode(NeedSeverity severity);  // "no_need" | "standard" | "severe"
std::optional<NeedSeverity> ParseNeedSeverity(std::string_view code);

// OASys risk of serious harm summary, as recorded with an assessment (shown, not scored: the
// tier scores the RoSH register, §4).
enum class Rosh { kLow, kMedium, kHigh, kVeryHigh };
const char* RoshCode(Rosh rosh);  // "low" | "medium" | "high" | "very_high"
std::optional<Rosh> ParseRosh(std::string_view code);

// The level of a MAPPA registration (§10: M1-M3).
enum class MappaLevel { kM1, kM2, kM3 };
const char* MappaLevelCode(MappaLevel level);  // "M1" | "M2" | "M3"
std::optional<MappaLevel> ParseMappaLevel(std::string_view code);

// A registration on the person's record (a Delius register with the date it was added).
struct Registration {
  std::int64_t id = 0;
  person::Register type = person::Register::kRoshLow;
  Date registered_on{};
  std::optional<MappaLevel> level;  // MAPP only
};

// The most recent OASys assessment's tier inputs.
struct Assessment {
  Date assessed_on{};
  std::optional<int> rsr_hundredths;  // RSR % x 100 (2 dp, §2), 0..9999; nullopt: not scored
  std::optional<Rosh> rosh;
  std::array<NeedSeverity, kNeedCount> needs{};  // indexed by Need, kNoNeed when not recorded
  // Additional factors for women (§4): the OASys answer scored above 0.
  bool parenting_responsibilities = false;
  bool impulsivity = false;
  bool temper_control = false;
};

// Everything TIER-1 reads, as plain values.
struct TierInputs {
  std::optional<int> rsr_hundredths;        // from the assessment; nullopt scores 0
  std::vector<Registration> registrations;  // the active ones, any order
  bool female = false;
  bool parenting_responsibilities = false;
  bool impulsivity = false;
  bool temper_control = false;
  bool previous_enforcement = false;  // a breach/recall outcome within the last year (§4)
  bool mandate_for_change = false;    // see HasMandateForChange
  bool has_assessment = false;
  std::array<NeedSeverity, kNeedCount> needs{};
  std::optional<int> ogrs_two_year_percent;  // OGRS3 2-year %, nullopt scores 0
};

// One factor behind the tier, for display: `code` names the §4 rule ("rsr", "rosh", "mappa",
// "complexity", "women_parenting", "women_self_control", "women_enforcement",
// "rsr_rosh_overlap" (negative: only the larger of RSR and RoSH counts), "need", "ogrs", "iom",
// "no_mandate", "no_assessment"); `detail` is the register or need code where there is one.
struct TierFactor {
  std::string code;
  std::string detail;
  std::string description;
  int points = 0;
};

enum class ProtectLevel { kA, kB, kC, kD };
char ProtectLevelLetter(ProtectLevel level);

struct TierResult {
  ProtectLevel protect = ProtectLevel::kD;
  int protect_points = 0;  // sum - min(RSR points, RoSH points)
  std::vector<TierFactor> protect_factors;
  int change = 0;  // 0..3
  int change_points = 0;
  std::vector<TierFactor> change_factors;
  bool unsupervised = false;  // register PRC: suffix "S"

  std::string Code() const;  // e.g. "B2", "A3S"
};

// Risk of serious harm now (§4 "most recent register wins"): the RoSH registration (RVHR, RHRH,
// RMRH, RLRH) registered most recently; of two on the same date, the higher. nullopt: none.
// TIER-1 scores it and ALLOC-2 decides on it, so tiering and allocation read the same level.
std::optional<person::Register> CurrentRosh(const std::vector<Registration>& registrations);

// A breach of one of the person's orders that the court has decided: §4's "breach/recall NSI
// with outcome" (docs/rules/tier.md point 5). `order_ends_on` is the day the order ended or will
// end: the day the court revoked it, else its end date.
struct DecidedBreach {
  Date order_ends_on{};
};

// §4 women's "previous enforcement activity": a decided breach on an order current on `today`
// or ended within the last year (on or after the same date a year before `today`).
bool HasPreviousEnforcement(const std::vector<DecidedBreach>& breaches, Date today);

// §4: A >= 150, B 20-149, C 10-19, D < 10.
ProtectLevel ProtectLevelFor(int points);
// §4: >= 20 -> 3, 10-19 -> 2, else 1 (for a case with a mandate and an assessment).
int ChangeLevelFor(int points);

// TIER-1 (§4 v2). Factors with no points are left out, except the reason a change level was
// fixed (no mandate for change: 0; no assessment: 2), which is listed with 0 points.
TierResult CalculateTier(const TierInputs& inputs);

// §4 "mandate for change": some current event is custodial or has an active requirement that is
// neither restrictive nor unpaid work. An event is current while one of its sentences has not
// reached its end date on `today` (the model has no custodial sentences; docs/rules/tier.md).
bool HasMandateForChange(const std::vector<sentence::Event>& events, Date today);

// The inputs for a person from their assessment (nullopt: none), active registrations, sex,
// OGRS and sentences.
TierInputs InputsFor(const std::optional<Assessment>& assessment,
                     std::vector<Registration> registrations, bool female,
                     std::optional<int> ogrs_two_year_percent, bool mandate_for_change);

}  // namespace probity::tier
