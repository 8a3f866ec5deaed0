// Completing a RAR (domain.md RAR-9; issue 3 part 5): the RO records the outcome against each
// objective agreed in the plan and confirms that this counts as completion. When fewer days than
// the maximum were used, the rationale, the progress made and the outcome achieved are required.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/plan/plan.h"
#include "domain/rar/day_count.h"

namespace probity::rar {

// As the end-of-service report of commissioned services records desired outcomes (domain.md §8).
enum class ObjectiveOutcome { kAchieved, kPartlyAchieved, kNotAchieved };
// "achieved" | "partly_achieved" | "not_achieved"
const char* ObjectiveOutcomeCode(ObjectiveOutcome outcome);
std::optional<ObjectiveOutcome> ParseObjectiveOutcome(std::string_view code);

struct ObjectiveResult {
  std::optional<ObjectiveOutcome> outcome;  // required
  std::string notes;                        // the officer's words; optional
};

struct Completion {
  // One per objective of the plan, in the plan's order: objectives[i] answers
  // plan.objectives[i].
  std::vector<ObjectiveResult> objectives;
  bool confirmed = false;  // RAR-9: the RO confirms this counts as completion of the RAR
  // RAR-9: required when fewer days than ordered were completed.
  std::string rationale;
  std::string progress;
  std::string outcome_achieved;
};

// What a valid completion establishes, for the record beside the Completion.
struct CompletedRar {
  Date completed_on{};
  int plan_version = 0;
  int days_ordered = 0;
  int days_completed = 0;
  bool fewer_days_than_ordered = false;
};

// Checks a completion of the RAR counted by `count` against the agreed `plan`, on `today`.
// Fails with kFailedPrecondition, before looking at the fields, when the plan is a draft or RAR
// days are still booked or past with no outcome (count.booked, count.unrecorded > 0), since those
// instructions would stand on a completed RAR (RAR-6); otherwise with kInvalidArgument naming
// every field at fault: "confirmed", "objectives[i].outcome", "objectives[i]" (no such objective
// in the plan), and, when count.completed < count.ordered, "rationale", "progress" and
// "outcomeAchieved".
Result<CompletedRar> CheckCompletion(const Completion& completion, const plan::Plan& plan,
                                     const RarDayCount& count, Date today);

// Issue 3 part 5, the manager's list: the order ended before `today` (its last day is `end`)
// with days undelivered (completed < ordered) and no completion record.
bool NeedsCompletionRecord(Date end, const RarDayCount& count, bool has_completion_record,
                           Date today);

}  // namespace probity::rar
