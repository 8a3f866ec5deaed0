// The seam between allocation and workload measurement (WL-1): what the allocate page and API
// show about a candidate officer's current load so the manager does not overload anyone.
//
// Today it gives the officer's active case count only. When domain/workload (WL-1: points per
// case by tier and case type, available points, capacity %) lands, OfficerWorkload fills the
// points fields; callers already show them whenever they are set.
#pragma once

#include <optional>

#include "app/ports.h"

namespace probity::app {

struct Workload {
  int active_cases = 0;
  std::optional<int> points;               // WL-1 total points of the officer's cases
  std::optional<int> available_points;     // WL-1 available points (2176 at 37 hours, reductions)
  std::optional<double> capacity_percent;  // WL-1 points / available x 100 (3 dp)
};

// The officer's current workload, read in the caller's transaction.
Result<Workload> OfficerWorkload(Tx& tx, const OfficerCases& officer, Date today);

}  // namespace probity::app
