// The RAR sentence plan and RAR completion as use cases (issue 3 parts 2 and 5): the plan is
// saved as a draft, agreed with the person, and amended after review as a new version (RAR-8);
// completion is recorded against the agreed plan's objectives (RAR-9). Every read and change is
// audited against the person.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "app/views.h"
#include "core/result.h"

namespace probity::app {

struct RarPlanView {
  std::string crn;
  std::string person_name;
  Date date_of_birth{};
  std::string officer_name;
  sentence::RequirementId requirement;
  Date order_start{};
  Date order_end{};
  RarSummary rar;                  // the RAR days as counted now
  std::optional<plan::Plan> plan;  // the version asked for (default: the newest)
  int latest_version = 0;          // 0 when there is no plan yet
  plan::PlanCheck check;           // of `plan` against the days ordered
  std::optional<CompletionRecord> completion;
};

// kNotFound when the person has no RAR requirement `requirement` (or no such plan version).
Result<RarPlanView> ViewRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, int version = 0);

// Saves `draft` as the working draft: the first version, the current draft replaced, or, after
// an agreed version, the next version (RAR-8). Refused (kInvalidArgument with every field at
// fault, nothing saved) when CheckPlan finds errors, e.g. more RAR days than ordered.
Result<RarPlanView> SaveRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, plan::Plan draft);

// Agrees the current draft with the person today (review date defaults to 4 months on).
Result<RarPlanView> AgreeRarPlan(const Context& ctx, const Actor& actor, const std::string& crn,
                                 std::int64_t requirement);

// Records the RAR's completion against the agreed plan and marks the requirement completed.
Result<RarPlanView> CompleteRar(const Context& ctx, const Actor& actor, const std::string& crn,
                                std::int64_t requirement, const rar::Completion& completion);

// One row of the manager's list: an ended order with RAR days undelivered and no completion.
struct MissingCompletion {
  EndedRar rar;
  rar::RarDayCount days;
};

// For a manager (or administrator): their team's people whose order has ended with RAR days
// undelivered and no completion record (issue 3 part 5). `team_code` empty: the actor's team.
Result<std::vector<MissingCompletion>> ListMissingCompletions(const Context& ctx,
                                                              const Actor& actor);

}  // namespace probity::app
