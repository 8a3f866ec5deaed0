#include "app/officer_workload.h"

#include "app/workload.h"

namespace probity::app {

Result<Workload> OfficerWorkload(Tx& tx, const OfficerCases& officer, Date today) {
  Workload w;
  w.active_cases = officer.active_cases;
  auto measured = MeasureWorkload(tx, officer.officer, today);
  if (!measured) {
    if (measured.error().code == ErrorCode::kFailedPrecondition) {
      return w;  // no points table in force: show the case count only
    }
    return measured.error();
  }
  w.points = measured->points;
  w.available_points = measured->available;
  w.capacity_thousandths = measured->capacity_thousandths;
  return w;
}

}  // namespace probity::app
