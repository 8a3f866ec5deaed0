// PROP-5: the RAR days should relate to the activity anticipated — the interventions actually
// available in the court's area and the days each takes. From the needs a RAR would work on and
// the area's catalogue, the activity a plan would most likely hold. How the choice is made is in
// docs/rules/rar-proposal.md ("The court's area").
#pragma once

#include <string>
#include <vector>

#include "domain/proposal/intervention.h"

namespace probity::proposal {

// A need the RAR would work on: its RAR-10 code and need points (1 standard, 2 severe).
struct CountedNeed {
  std::string area;
  int points = 1;
};

struct ChosenIntervention {
  Intervention intervention;
  std::vector<std::string> needs;  // the counted needs it would address, RAR-10 codes
};

struct AnticipatedActivity {
  std::vector<ChosenIntervention> interventions;  // RAR activity, in the order chosen
  std::vector<std::string> officer_needs;         // needs nothing in the catalogue addresses
  int officer_days = 0;                           // the responsible officer's own sessions for them
  int total_days = 0;                             // interventions' typical days + officer_days
};

// The officer works on a need no intervention addresses in one-to-one sessions: this many RAR
// days a need point.
inline constexpr int kOfficerDaysPerNeedPoint = 2;

// Severe needs first (then in the order given); for each need not yet covered, the area's RAR
// activity that addresses it and the most other uncovered needs, then the fewest typical days,
// then the lowest code. Accredited programmes and treatment are not RAR activity and are never
// chosen here.
AnticipatedActivity PlanActivity(const std::vector<CountedNeed>& needs,
                                 const std::vector<Intervention>& catalogue);

}  // namespace probity::proposal
