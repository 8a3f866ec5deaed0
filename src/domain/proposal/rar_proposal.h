// The RAR proposal for a pre-sentence report (PROP-1..PROP-5, RAR-10; MoJ RAR guidance, 2019):
// from the OGRS3 two-year score and the person's needs, an intensity, the guideline range of RAR
// days, a proposed maximum number of days within it, sentences a sentencer can read, and flags.
// How Probity reads the guidance where it leaves room (where in the range, when an accredited
// programme is suggested, the under-25% case) is in docs/rules/rar-proposal.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/proposal/anticipated_activity.h"
#include "domain/proposal/intervention.h"
#include "domain/proposal/rar_guideline.h"

namespace probity::proposal {

enum class ProposalFlag {
  kOgrsBelow25,                       // PROP-2
  kPreferTreatmentRequirement,        // PROP-3, RAR-10
  kConsiderAccreditedProgramme,       // PROP-3, PROP-4
  kSexualOffendingOgrsNotPredictive,  // PROP-4
};
// "OGRS_BELOW_25" | "PREFER_TREATMENT_REQUIREMENT" | "CONSIDER_ACCREDITED_PROGRAMME" |
// "SEXUAL_OFFENDING_OGRS_NOT_PREDICTIVE"
const char* ProposalFlagCode(ProposalFlag flag);

// One need as assessed. `area` is a RAR-10 code (accommodation, ete, relationships,
// lifestyle_associates, alcohol_misuse, drug_misuse, emotional_management,
// attitudes_thinking_behaviour, finance_benefits_debt, women_specific); `severity` is
// "standard" or "severe". Codes are checked here so every caller gets the same field errors.
struct Need {
  std::string area;
  std::string severity;
  bool linked_to_offending = false;
  bool dependent = false;  // alcohol_misuse or drug_misuse only
  bool diagnosed = false;  // emotional_management only
};

struct RarProposalInput {
  std::optional<int> ogrs_two_year_percent;  // absent: OGRS3 has not been calculated
  std::vector<Need> needs;
  bool sexual_offending = false;
  std::optional<std::string> exceptional_justification;  // PROP-2; blank counts as absent
  std::optional<std::string> area;                       // the court's area, for PROP-5
  // PROP-5: the interventions available in that area. Absent: no catalogue is held for it, and
  // the days follow the needs alone (docs/rules/rar-proposal.md point 3).
  std::optional<std::vector<Intervention>> catalogue;
};

struct RarProposal {
  Intensity intensity = Intensity::kNone;
  std::optional<int> guideline_min_days;
  std::optional<int> guideline_max_days;
  std::optional<int> proposed_days;  // within the guideline range; none when no RAR is proposed
  std::vector<std::string> rationale;
  std::vector<ProposalFlag> flags;  // in enum order, each at most once
  // With a catalogue (PROP-5): the RAR activity anticipated and its days before the guideline
  // range is applied; the area's accredited programmes and treatment to consider (PROP-3/4).
  std::optional<int> anticipated_days;
  std::vector<ChosenIntervention> activity;
  std::vector<std::string> officer_needs;  // needs the officer would work on directly
  int officer_days = 0;
  std::vector<Intervention> programmes;
  std::vector<Intervention> treatments;
};

// Need points for the position in the range: a standard need 1, a severe need 2; the top of the
// range is reached at kPointsForFullRange points.
inline constexpr int kPointsForFullRange = 10;
inline constexpr std::size_t kNeedAreaCount = 10;  // RAR-10; a proposal lists each area once
inline constexpr int kMaxJustificationLength = 4000;
inline constexpr int kMaxAreaLength = 200;

// The proposal. kInvalidArgument with field errors named as the API's (ogrsTwoYearPercent,
// needs[i].area, needs[i].severity, needs[i].dependent, needs[i].diagnosed,
// exceptionalJustification, area) when the OGRS score is missing (the message says what it
// needs) or outside 0..99, there are more needs than need areas, a need's code is unknown, an area
// is given twice, `dependent` or `diagnosed` is set on a need it does not apply to, or a text is
// too long.
Result<RarProposal> ProposeRar(const RarProposalInput& input);

// True for the ten RAR-10 need-area codes.
bool IsNeedArea(std::string_view code);

// The words a sentencer reads for a RAR-10 code, e.g. "education, training and employment";
// the code itself when unknown.
std::string NeedAreaName(std::string_view code);

}  // namespace probity::proposal
