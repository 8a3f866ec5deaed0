#include "app/allocation.h"

#include <algorithm>
#include <unordered_map>

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/person_lookup.h"
#include "domain/allocation/timeliness.h"
#include "domain/person/text.h"

namespace probity::app {
namespace {

// Rows the pending lists read at most (a national service has a few hundred at any time).
constexpr int kPendingLimit = 1000;
// Longest reason kept with an allocation.
constexpr std::size_t kMaxReasonLength = 2000;

// The policy's decision for a case in `area`, reading the area's teams once per call site.
class Decider {
 public:
  Decider(Tx& tx, allocation::Policy policy) : tx_(tx), policy_(policy) {}

  Result<allocation::Decision> Decide(person::PersonId person, org::AreaId area) {
    auto found = teams_.find(area);
    if (found == teams_.end()) {
      auto teams = tx_.allocations().TeamsInArea(area);
      PROBITY_TRY(teams);
      found = teams_.emplace(area, std::move(*teams)).first;
    }
    // ALLOC-2 reads TIER-1's inputs: the dated registrations (RoSH is the most recent one, as
    // tiering reads it) and the RSR of the person's assessment.
    auto registrations = tx_.tiers().Registrations(person);
    PROBITY_TRY(registrations);
    auto assessment = tx_.tiers().FindAssessment(person);
    PROBITY_TRY(assessment);
    auto facts = allocation::FactsFromRegistrations(
        area, *registrations, *assessment ? (*assessment)->rsr_hundredths : std::nullopt);
    return allocation::Decide(policy_, facts, found->second);
  }

  const allocation::Policy& policy() const { return policy_; }

 private:
  Tx& tx_;
  allocation::Policy policy_;
  std::unordered_map<org::AreaId, std::vector<allocation::TeamOption>> teams_;
};

std::string DecisionCodes(const allocation::Decision& decision) {
  std::string codes;
  for (const auto& r : decision.reasons) {
    codes += (codes.empty() ? "" : " ") + r.code;
  }
  return codes;
}

}  // namespace

Result<PendingAllocations> ListPendingAllocations(const Context& ctx, const Actor& actor,
                                                  const std::string& team_code, bool overdue_only) {
  PROBITY_TRY(CheckAllocationAccess(actor));
  Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  if (!team_code.empty()) {
    // An unknown team code is a mistake in the request, not an empty list.
    auto team = (*tx)->allocations().TeamByCode(team_code);
    PROBITY_TRY(team);
    if (!*team) {
      return InvalidArgument("team", "UNKNOWN_CODE", "No team has code " + team_code);
    }
  }
  auto policy = (*tx)->allocations().Policy();
  PROBITY_TRY(policy);
  auto awaiting = (*tx)->allocations().Awaiting(today, kPendingLimit);
  PROBITY_TRY(awaiting);
  Decider decider(**tx, *policy);
  PendingAllocations pending{*policy, {}};
  std::vector<AuditEntry> entries;
  for (auto& c : *awaiting) {
    auto decision = decider.Decide(c.person, c.area);
    PROBITY_TRY(decision);
    if (!team_code.empty() && (!decision->team || decision->team->code != team_code)) {
      continue;
    }
    int waited = allocation::WorkingDaysWaited(c.sentence_date, today);
    bool overdue = allocation::IsOverdue(c.sentence_date, today, policy->target_working_days);
    if (overdue_only && !overdue) {
      continue;
    }
    entries.push_back(
        MakeAudit(ctx, actor, overdue_only ? "allocation.overdue.view" : "allocation.pending.view",
                  "person", c.crn));
    pending.cases.push_back({std::move(c), std::move(*decision), waited, overdue});
  }
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit(std::move(entries)));
  return pending;
}

Result<AllocationCandidates> ViewAllocationCandidates(const Context& ctx, const Actor& actor,
                                                      const std::string& crn) {
  PROBITY_TRY(CheckAllocationAccess(actor));
  Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto policy = (*tx)->allocations().Policy();
  PROBITY_TRY(policy);
  AllocationCandidates view;
  view.crn = person->crn.str();
  view.person_name = person->FullName();
  view.policy = *policy;
  auto area = (*tx)->people().AreaName(person->home_area);
  PROBITY_TRY(area);
  view.area_name = *area;
  Decider decider(**tx, *policy);
  auto decision = decider.Decide(person->id, person->home_area);
  PROBITY_TRY(decision);
  view.decision = std::move(*decision);
  auto since = (*tx)->allocations().CurrentOrderSince(person->id, today);
  PROBITY_TRY(since);
  view.sentence_date = *since;
  auto current = (*tx)->allocations().Current(person->id);
  PROBITY_TRY(current);
  view.current = std::move(*current);
  if (view.sentence_date && !view.current) {
    view.working_days_waited = allocation::WorkingDaysWaited(*view.sentence_date, today);
    view.overdue = allocation::IsOverdue(*view.sentence_date, today, policy->target_working_days);
  }
  if (view.decision.team) {
    auto officers = (*tx)->allocations().TeamOfficers(view.decision.team->team);
    PROBITY_TRY(officers);
    for (auto& officer : *officers) {
      auto workload = OfficerWorkload(**tx, officer, today);
      PROBITY_TRY(workload);
      view.candidates.push_back({std::move(officer), *workload});
    }
    // Least loaded first (WL-1 capacity % when measured, else cases), so the manager sees who
    // has room.
    std::stable_sort(view.candidates.begin(), view.candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.workload.capacity_thousandths && b.workload.capacity_thousandths) {
                         return *a.workload.capacity_thousandths < *b.workload.capacity_thousandths;
                       }
                       return a.workload.active_cases < b.workload.active_cases;
                     });
  }
  auto history = (*tx)->allocations().History(person->id);
  PROBITY_TRY(history);
  view.history = std::move(*history);
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "person.allocation.candidates.view", "person", view.crn)}));
  return view;
}

Result<AllocationResult> AllocateCase(const Context& ctx, const Actor& actor,
                                      const std::string& crn, const AllocateCommand& command) {
  PROBITY_TRY(CheckAllocationAccess(actor));
  // Input first, every field at fault at once; nothing is read or written for a bad request.
  std::vector<FieldError> errors;
  std::string staff_code = person::Trim(command.staff_code);
  std::string reason = person::Trim(command.reason);
  if (staff_code.empty()) {
    errors.push_back({"staffCode", "REQUIRED", "Choose the officer to allocate the case to"});
  }
  if (reason.empty()) {
    errors.push_back({"reason", "REQUIRED", "Give the reason for this allocation"});
  } else if (reason.size() > kMaxReasonLength) {
    errors.push_back({"reason", "OUT_OF_RANGE", "A reason is at most 2000 characters"});
  }
  if (!errors.empty()) {
    return InvalidArgument(std::move(errors));
  }

  Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kChange);
  PROBITY_TRY(person);
  auto staff = (*tx)->org().FindStaffByCode(staff_code);
  PROBITY_TRY(staff);
  if (!*staff) {
    return InvalidArgument("staffCode", "UNKNOWN_CODE", "No officer has staff code " + staff_code);
  }
  auto since = (*tx)->allocations().CurrentOrderSince(person->id, today);
  PROBITY_TRY(since);
  if (!*since) {
    return FailedPrecondition(person->crn.str() +
                              " has no current order, so there is nothing to allocate");
  }
  auto current = (*tx)->allocations().Current(person->id);
  PROBITY_TRY(current);
  if (*current && (*current)->allocation.officer == (*staff)->id) {
    return FailedPrecondition(person->crn.str() + " is already allocated to " +
                              (*current)->officer_name);
  }
  auto policy = (*tx)->allocations().Policy();
  PROBITY_TRY(policy);
  Decider decider(**tx, *policy);
  auto decision = decider.Decide(person->id, person->home_area);
  PROBITY_TRY(decision);
  bool departs = !decision->team || decision->team->team != (*staff)->team;
  if (departs && !command.policy_override) {
    return FailedPrecondition(
        decision->team
            ? "The policy chose " + decision->team->name + "; " + staff_code +
                  " is not in it. To allocate outside that team, override the policy and give "
                  "the reason"
            : std::string("The policy found no team for this case; override it and give the "
                          "reason"));
  }
  auto team = (*tx)->allocations().Team((*staff)->team);
  PROBITY_TRY(team);
  if (!*team) {
    return Internal("Staff " + staff_code + " has no team");
  }

  AllocationDetails details;
  // A first allocation answers the current order; a move between officers does not restart
  // the TIME-2 clock.
  if (!*current) {
    details.sentence_date = *since;
  }
  details.reason = reason;
  details.allocated_by = actor.username;
  details.allocated_at = ctx.clock.Now();
  details.policy = allocation::PolicyKindCode(policy->kind);
  details.decision = DecisionCodes(*decision);
  details.policy_override = departs;
  org::Allocation a{(*team)->organisation, (*staff)->team, (*staff)->id, today};
  PROBITY_TRY((*tx)->allocations().AllocateWithDetails(person->id, a, details));
  AuditEntry audit = MakeAudit(ctx, actor, departs ? "person.allocate.override" : "person.allocate",
                               "person", person->crn.str());
  audit.reason = reason;
  PROBITY_TRY((*tx)->audit().Append(audit));
  auto saved = (*tx)->allocations().Current(person->id);
  PROBITY_TRY(saved);
  PROBITY_TRY((*tx)->Commit());

  AllocationResult result;
  result.crn = person->crn.str();
  result.allocation = std::move(**saved);
  result.details = std::move(details);
  if (result.details.sentence_date) {
    result.working_days = allocation::WorkingDaysWaited(*result.details.sentence_date, today);
    result.within_target =
        !allocation::IsOverdue(*result.details.sentence_date, today, policy->target_working_days);
  }
  return result;
}

Result<allocation::Policy> ViewAllocationPolicy(const Context& ctx, const Actor& actor) {
  if (actor.role == Role::kProviderStaff) {
    return PermissionDenied("Intervention providers cannot see the allocation policy");
  }
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  return (*tx)->allocations().Policy();
}

Result<allocation::Policy> ChangeAllocationPolicy(const Context& ctx, const Actor& actor,
                                                  const allocation::Policy& policy) {
  if (actor.role != Role::kAdministrator) {
    return PermissionDenied("Only administrators change the allocation policy");
  }
  if (policy.target_working_days < 0 || policy.target_working_days > 30) {
    return InvalidArgument("targetWorkingDays", "OUT_OF_RANGE",
                           "The target is between 0 and 30 working days");
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  PROBITY_TRY((*tx)->allocations().SavePolicy(policy, ctx.clock.Now(), actor.username));
  AuditEntry audit = MakeAudit(ctx, actor, "allocation.policy.change", "allocation_policy",
                               std::string(allocation::PolicyKindCode(policy.kind)) +
                                   (policy.rsr_sends_to_nps ? " rsr" : "") + " target " +
                                   std::to_string(policy.target_working_days));
  PROBITY_TRY((*tx)->audit().Append(audit));
  PROBITY_TRY((*tx)->Commit());
  return policy;
}

}  // namespace probity::app
