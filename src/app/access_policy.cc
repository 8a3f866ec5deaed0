#include "app/access_policy.h"

namespace probity::app {

Status CheckCaseAccess(const Actor& actor, const person::Person& /*person*/, CaseAction action) {
  switch (actor.role) {
    case Role::kResponsibleOfficer:
    case Role::kManager:
    case Role::kCourtOfficer:
    case Role::kAdministrator:
      return Ok();
    case Role::kAnalyst:
      // Analysts work on figures, not individual records they may change.
      if (action == CaseAction::kView) {
        return Ok();
      }
      return PermissionDenied("Analysts cannot change a person's record");
    case Role::kProviderStaff:
      // Provider staff will see only the people referred to them (the interventions issue);
      // until referrals exist they see no case.
      return PermissionDenied("Intervention providers see only the people referred to them");
  }
  return PermissionDenied("Unknown role");
}

Status CheckSearchAccess(const Actor& actor) {
  if (actor.role == Role::kProviderStaff) {
    return PermissionDenied("Intervention providers cannot search all people on probation");
  }
  return Ok();
}

Status CheckReferenceDataAccess(const Actor& actor) {
  if (actor.role != Role::kAdministrator) {
    return PermissionDenied("Only administrators change reference data");
  }
  return Ok();
}

Status CheckCatalogueAccess(const Actor& actor) {
  if (actor.role != Role::kManager && actor.role != Role::kAdministrator) {
    return PermissionDenied("Only managers change an area's interventions");
  }
  return Ok();
}

Status CheckCaseloadAccess(const Actor& actor, org::StaffId officer) {
  switch (actor.role) {
    case Role::kManager:
    case Role::kAnalyst:
    case Role::kAdministrator:
      return Ok();
    case Role::kResponsibleOfficer:
    case Role::kCourtOfficer:
    case Role::kProviderStaff:
      if (actor.staff && *actor.staff == officer) {
        return Ok();
      }
      return PermissionDenied("You can only see your own caseload");
  }
  return PermissionDenied("Unknown role");
}

Status CheckGroupSessionAccess(const Actor& actor) {
  if (actor.role == Role::kAnalyst || actor.role == Role::kProviderStaff) {
    return PermissionDenied("Only probation staff can arrange group sessions");
  }
  return Ok();
}

Status CheckTeamOversightAccess(const Actor& actor) {
  if (actor.role != Role::kManager && actor.role != Role::kAdministrator) {
    return PermissionDenied("Only managers see the team's missing RAR completions");
  }
  return Ok();
}

Status CheckAllocationAccess(const Actor& actor) {
  if (actor.role != Role::kManager && actor.role != Role::kAdministrator) {
    return PermissionDenied("Only managers allocate cases");
  }
  return Ok();
}

}  // namespace probity::app
