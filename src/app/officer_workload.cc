#include "app/officer_workload.h"

namespace probity::app {

Result<Workload> OfficerWorkload(Tx& /*tx*/, const OfficerCases& officer, Date /*today*/) {
  // TODO(probity): WL-1 points and capacity % from domain/workload once it is on main.
  Workload w;
  w.active_cases = officer.active_cases;
  return w;
}

}  // namespace probity::app
