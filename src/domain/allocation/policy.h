// Allocation policy (ALLOC-1, ALLOC-2 in domain.md; interpretations in docs/rules/allocation.md):
// which organisation and which team of the person's area a newly sentenced case goes to, and
// why. The policy is data (PolicyKind and its switch), so a service organised either way, or an
// analyst replaying 2014-2021, runs the same function.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/org/org.h"
#include "domain/person/register.h"
#include "domain/tier/tier.h"

namespace probity::allocation {

enum class PolicyKind {
  kUnified,    // ALLOC-1: the Probation Service since 26 June 2021 (the default)
  kSplit2014,  // ALLOC-2: NPS / CRC, 1 June 2014 - 25 June 2021
};
const char* PolicyKindCode(PolicyKind kind);  // "unified" | "split_2014"
const char* PolicyKindName(PolicyKind kind);
std::optional<PolicyKind> ParsePolicyKind(std::string_view code);

// The policy and the timeliness target it is measured against.
struct Policy {
  PolicyKind kind = PolicyKind::kUnified;
  // ALLOC-2 only: whether RSR >= 6.9% by itself sends a case to the NPS. Unverified (domain.md
  // §2, open question 2), so off by default.
  bool rsr_sends_to_nps = false;
  // TIME-2: allocation within this many working days of sentence (1; NS 2007 allowed 3).
  int target_working_days = 1;
};

// The RSR cut-off of ALLOC-2's switch: the RSR "High" band starts at 6.9% (domain.md §2), in
// hundredths of a percent because RSR is reported to 2 decimal places.
inline constexpr int kRsrNpsThresholdHundredths = 690;

using org::OrganisationKind;

// Risk of serious harm as the RoSH registers record it (domain.md §10: RVHR, RHRH, RMRH, RLRH).
enum class Rosh { kLow, kMedium, kHigh, kVeryHigh };

// The facts about a case the policy reads.
struct CaseFacts {
  org::AreaId area;                   // the person's home area
  std::optional<Rosh> rosh;           // nullopt: no RoSH register
  bool mappa = false;                 // a MAPP register (any level or category)
  bool public_interest = false;       // an RPIR register
  std::optional<int> rsr_hundredths;  // RSR % x 100 (2 dp, §2), e.g. 690; nullopt: not scored
};

// The facts the person's active registrations give. RoSH is the current level as tiering reads it
// (tier::CurrentRosh: the most recent RoSH registration), so a high RoSH later downgraded to
// medium no longer keeps the case at the NPS; docs/rules/allocation.md point 3.
CaseFacts FactsFromRegistrations(org::AreaId area,
                                 const std::vector<tier::Registration>& registrations,
                                 std::optional<int> rsr_hundredths);

// A team the policy may choose, with its current load.
struct TeamOption {
  org::TeamId team;
  org::AreaId area;
  org::OrganisationId organisation;
  OrganisationKind kind = OrganisationKind::kProbationService;
  std::string code;
  std::string name;
  int officers = 0;      // officers who can hold cases (not senior probation officers)
  int active_cases = 0;  // cases currently allocated to the team's officers
};

// One reason behind a decision: a stable code for the API and a sentence for people.
struct Reason {
  std::string code;  // e.g. "ROSH_HIGH", "MAPPA", "TEAM_BY_AREA"
  std::string text;
};

struct Decision {
  OrganisationKind organisation = OrganisationKind::kProbationService;
  std::optional<TeamOption> team;  // nullopt when no team of that organisation serves the area
  std::vector<Reason> reasons;     // in the order the policy applied them
};

// Decides the organisation (by the policy) and the team: among `teams` of that organisation in the
// person's area, the one with the fewest active cases per officer, then the lowest code
// (docs/rules/allocation.md point 4). Pure: the same inputs give the same decision.
Decision Decide(const Policy& policy, const CaseFacts& facts, const std::vector<TeamOption>& teams);

}  // namespace probity::allocation
