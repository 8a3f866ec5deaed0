// The enforcement worklist (issue 5 part 3): for an officer or a team, the failures awaiting a
// decision, warnings to give or breaches to start, and breach packs to submit, each with its
// working-day deadline (ENF-4, TIME-1) and how long it has waited; overdue items first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/enforcement_store.h"
#include "core/result.h"

namespace probity::app {

enum class WorkKind {
  kDecide,            // ENF-3: judge the failure
  kWaitingEvidence,   // judged once the evidence wait ends
  kWarnOrBreach,      // ENF-1: a warning or breach is due
  kBreachRequired,    // ENF-1: breach is due (a warning is in force)
  kSubmitBreachPack,  // breach started: the pack is due within 10 working days
};
const char* WorkKindCode(WorkKind kind);
const char* WorkKindName(WorkKind kind);

struct WorkItem {
  WorkKind kind = WorkKind::kDecide;
  EnforcementCase person;
  std::int64_t contact = 0;            // the failure
  std::optional<std::int64_t> action;  // for kSubmitBreachPack
  Date failure_date{};
  contact::Outcome outcome = contact::Outcome::kUnacceptableAbsence;
  Date due{};
  int waited_working_days = 0;  // since the failure (or the breach, for a pack)
  bool overdue = false;
  std::string explanation;
};

struct Worklist {
  std::string scope;  // "team N07T1" or "officer N07A01"
  Date today{};
  std::vector<WorkItem> items;  // overdue first, then by due date
  int overdue = 0;
};

// The worklist of the team `team_code` (managers and administrators, and officers of that team)
// or of the officer `staff_code` (that officer, managers and administrators); with neither, the
// signed-in officer's own. Both given is kInvalidArgument; kNotFound for an unknown code. Each
// person listed is audited "enforcement.worklist.view".
Result<Worklist> ViewWorklist(const Context& ctx, const Actor& actor, const std::string& team_code,
                              const std::string& staff_code);

// How far back the worklist looks for open failures: the longest order (3 years, §7) and a
// margin.
inline constexpr int kWorklistLookbackDays = 3 * 366 + 31;

}  // namespace probity::app
