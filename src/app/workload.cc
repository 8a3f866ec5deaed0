#include "app/workload.h"

#include "app/access_policy.h"
#include "app/audit.h"

namespace probity::app {

Result<WorkloadView> MeasureWorkload(Tx& tx, org::Staff staff, Date today) {
  WorkloadView view;
  view.staff = std::move(staff);
  view.name = view.staff.first_name + " " + view.staff.surname;
  view.as_of = today;
  auto tables = tx.workload().PointsTables();
  PROBITY_TRY(tables);
  const workload::PointsTable* table = workload::TableInForce(*tables, view.as_of);
  if (table == nullptr) {
    return FailedPrecondition("No workload points table is in force on " + FormatDate(view.as_of));
  }
  view.table_effective_from = table->effective_from;
  auto cases = tx.workload().Cases(view.staff.id, view.as_of);
  PROBITY_TRY(cases);
  for (auto& c : *cases) {
    // §5 weightings: a case whose order has ended but is still allocated (an overdue
    // termination) counts 0 %. Every order Probity holds is a community one (CO or SSO); T2A is
    // not recorded (docs/rules/workload.md).
    WorkloadCaseView v{std::move(c), workload::CaseType::kCommunity, 0};
    if (v.c.current_order) {
      v.points = workload::CasePoints(*table, v.c.tier, v.type, false);
    }
    view.points += v.points;
    view.cases.push_back(std::move(v));
  }
  auto reductions = tx.workload().ReductionHundredths(view.staff.id, view.as_of);
  PROBITY_TRY(reductions);
  view.reduction_hundredths = *reductions;
  view.available = workload::AvailablePoints(*table, view.staff.contracted_hours, *reductions);
  view.capacity_thousandths = workload::CapacityThousandths(view.points, view.available);
  return view;
}

Result<WorkloadView> ViewWorkload(const Context& ctx, const Actor& actor, const std::string& code) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto staff = (*tx)->org().FindStaffByCode(code);
  PROBITY_TRY(staff);
  if (!staff->has_value()) {
    return NotFound("No officer has staff code " + code);
  }
  PROBITY_TRY(CheckCaseloadAccess(actor, (*staff)->id));
  auto view = MeasureWorkload(**tx, std::move(**staff), ctx.clock.Today());
  PROBITY_TRY(view);
  tx->reset();
  PROBITY_TRY(
      ctx.store.RecordAudit({MakeAudit(ctx, actor, "workload.view", "staff", view->staff.code)}));
  return view;
}

Result<std::vector<workload::PointsTable>> ListPointsTables(const Context& ctx,
                                                            const Actor& /*actor*/) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  return (*tx)->workload().PointsTables();
}

Result<workload::PointsTable> AddPointsTable(const Context& ctx, const Actor& actor,
                                             workload::PointsTable table) {
  PROBITY_TRY(CheckReferenceDataAccess(actor));
  if (auto fault = workload::CheckTable(table)) {
    return InvalidArgument(fault->field, "OUT_OF_RANGE", fault->message);
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto id = (*tx)->workload().InsertPointsTable(table, ctx.clock.Now(), actor.username);
  PROBITY_TRY(id);
  table.id = *id;
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, "workload.points_table.add",
                                      "workload_points_table", FormatDate(table.effective_from))));
  PROBITY_TRY((*tx)->Commit());
  return table;
}

}  // namespace probity::app
