#include "app/caseload.h"

#include "app/access_policy.h"
#include "app/audit.h"
#include "app/ports.h"

namespace probity::app {

Result<Caseload> ViewCaseload(const Context& ctx, const Actor& actor,
                              const std::string& staff_code) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  Result<std::optional<org::Staff>> officer = std::optional<org::Staff>();
  if (!staff_code.empty()) {
    officer = (*tx)->org().FindStaffByCode(staff_code);
  } else if (actor.staff) {
    officer = (*tx)->org().FindStaff(*actor.staff);
  } else {
    return InvalidArgument("staff", "REQUIRED",
                           "Your account is not linked to a staff record: choose an officer");
  }
  PROBITY_TRY(officer);
  if (!officer->has_value()) {
    return NotFound("No officer has staff code " + staff_code);
  }
  PROBITY_TRY(CheckCaseloadAccess(actor, (*officer)->id));

  Caseload caseload;
  caseload.officer = **officer;
  auto team = (*tx)->org().TeamName(caseload.officer.team);
  PROBITY_TRY(team);
  caseload.team_name = *team;
  Date today = ctx.clock.Today();
  auto entries = (*tx)->allocations().Caseload(caseload.officer.id, today);
  PROBITY_TRY(entries);
  // Every RAR's contacts in one read, not one query per case.
  std::vector<sentence::RequirementId> rars;
  for (const auto& entry : *entries) {
    if (entry.rar_requirement) {
      rars.push_back(*entry.rar_requirement);
    }
  }
  auto contacts = (*tx)->contacts().ForRequirements(rars);
  PROBITY_TRY(contacts);
  caseload.rows.reserve(entries->size());
  std::size_t next_rar = 0;
  for (auto& entry : *entries) {
    CaseloadRow row{std::move(entry), std::nullopt};
    if (row.entry.rar_requirement) {
      row.rar = rar::CountRarDays(row.entry.rar_days_ordered, (*contacts)[next_rar++], today);
    }
    caseload.rows.push_back(std::move(row));
  }
  tx->reset();
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "caseload.view", "caseload", caseload.officer.code)}));
  return caseload;
}

Result<std::vector<OfficerLoad>> ListOfficers(const Context& ctx, const Actor& actor, int limit) {
  if (actor.role == Role::kProviderStaff) {
    return PermissionDenied("Intervention providers cannot list probation staff");
  }
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  return (*tx)->org().Officers(limit);
}

}  // namespace probity::app
