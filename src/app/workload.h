// Workload use cases (WL-1, issue 4 part 4): an officer's workload points, available points and
// capacity %, and the points tables administrators maintain (reference data with an
// effective-from date).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

struct WorkloadCaseView {
  WorkloadCase c;
  workload::CaseType type = workload::CaseType::kCommunity;
  int points = 0;
};

struct WorkloadView {
  org::Staff staff;
  std::string name;
  Date as_of{};
  Date table_effective_from{};
  int reduction_hundredths = 0;  // hours x 100
  std::int64_t points = 0;
  int available = 0;
  std::int64_t capacity_thousandths = 0;  // capacity % x 1000
  std::vector<WorkloadCaseView> cases;
};

// The officer's workload on `today`, read in the caller's transaction (not audited: callers audit
// what they show). kFailedPrecondition when no points table is in force on `today`.
Result<WorkloadView> MeasureWorkload(Tx& tx, org::Staff staff, Date today);

// The officer's workload today (audited "workload.view" against the staff code). Access as the
// caseload's (an officer their own; managers, analysts, administrators anyone's). kNotFound for
// an unknown staff code.
Result<WorkloadView> ViewWorkload(const Context& ctx, const Actor& actor, const std::string& code);

// Every points table, oldest first. Any signed-in user (it is reference data).
Result<std::vector<workload::PointsTable>> ListPointsTables(const Context& ctx, const Actor& actor);

// Adds a points table (administrators only; audited "workload.points_table.add").
// kInvalidArgument naming the field (workload::CheckTable's), kFailedPrecondition when a table
// with that effective-from date exists. Returns the table with its id.
Result<workload::PointsTable> AddPointsTable(const Context& ctx, const Actor& actor,
                                             workload::PointsTable table);

}  // namespace probity::app
