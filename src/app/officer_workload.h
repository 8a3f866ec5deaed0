// The seam between allocation and workload measurement (WL-1): what the allocate page and API
// show about a candidate officer's current load so the manager does not overload anyone. The
// points come from app/workload's MeasureWorkload (domain/workload: points per case by tier,
// available points, capacity %).
#pragma once

#include <cstdint>
#include <optional>

#include "app/ports.h"

namespace probity::app {

struct Workload {
  int active_cases = 0;
  // WL-1; all nullopt when no points table is in force (the case count still shows).
  std::optional<std::int64_t> points;
  std::optional<int> available_points;
  std::optional<std::int64_t> capacity_thousandths;  // capacity % x 1000 (3 dp, §5)
};

// The officer's current workload, read in the caller's transaction.
Result<Workload> OfficerWorkload(Tx& tx, const OfficerCases& officer, Date today);

}  // namespace probity::app
