// Allocating sentenced cases (issue 4 part 3; ALLOC-1, ALLOC-2, TIME-2, WL-1 display): the cases
// awaiting allocation with the policy's decision for each, the officers who could take one with
// their workload, and the allocation itself, which records who, when and why and ends any
// current allocation. Every read of a person's record and every change is audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/officer_workload.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

// A case awaiting allocation, with what the policy decides for it and how long it has waited.
struct PendingAllocation {
  AwaitingCase awaiting;
  allocation::Decision decision;
  int working_days_waited = 0;  // TIME-1 working days after the sentence date, up to today
  bool overdue = false;         // TIME-2: more than the policy's target
};

struct PendingAllocations {
  allocation::Policy policy;
  std::vector<PendingAllocation> cases;
};

// Cases awaiting allocation, longest waiting first. `team_code` non-empty: only those the policy
// sends to that team (kInvalidArgument naming `team` when no team has the code). `overdue_only`:
// only those waiting longer than the target (TIME-2). Managers and administrators only.
Result<PendingAllocations> ListPendingAllocations(const Context& ctx, const Actor& actor,
                                                  const std::string& team_code, bool overdue_only);

// An officer who could take the case, with their workload (WL-1 seam).
struct Candidate {
  OfficerCases officer;
  Workload workload;
};

struct AllocationCandidates {
  std::string crn;
  std::string person_name;
  std::string area_name;
  allocation::Policy policy;
  allocation::Decision decision;
  std::optional<Date> sentence_date;  // the current order's; nullopt when the person has none
  int working_days_waited = 0;        // when unallocated
  bool overdue = false;
  std::optional<AllocationView> current;
  std::vector<Candidate> candidates;            // the chosen team's officers, fewest cases first
  std::vector<AllocationHistoryEntry> history;  // newest first
};

// The policy's decision for the person and the officers of the team it chose.
Result<AllocationCandidates> ViewAllocationCandidates(const Context& ctx, const Actor& actor,
                                                      const std::string& crn);

struct AllocateCommand {
  std::string staff_code;
  std::string reason;
  bool policy_override = false;  // allocate outside the team the policy chose
};

struct AllocationResult {
  std::string crn;
  AllocationView allocation;
  AllocationDetails details;
  std::optional<int> working_days;  // from sentence to allocation (TIME-2), for a first one
  bool within_target = true;
};

// Allocates the case to the officer, ending any current allocation, in one transaction with its
// audit entry. kInvalidArgument naming `staffCode` (missing, unknown) or `reason` (missing, too
// long); kFailedPrecondition when the person has no current order, already has this officer, or
// the officer is outside the team the policy chose and `policy_override` is not set.
Result<AllocationResult> AllocateCase(const Context& ctx, const Actor& actor,
                                      const std::string& crn, const AllocateCommand& command);

// The service's allocation policy; changing it is for administrators (kInvalidArgument naming
// `targetWorkingDays` outside 0..30).
Result<allocation::Policy> ViewAllocationPolicy(const Context& ctx, const Actor& actor);
Result<allocation::Policy> ChangeAllocationPolicy(const Context& ctx, const Actor& actor,
                                                  const allocation::Policy& policy);

}  // namespace probity::app
