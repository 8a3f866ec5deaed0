// The "My caseload" use case: an officer's current cases with their order, RAR days used of
// ordered (counted by domain/rar), next appointment and flags.
#pragma once

#include <string>

#include "app/actor.h"
#include "app/views.h"
#include "core/result.h"

namespace probity::app {

// The caseload of the officer with `staff_code`, or the actor's own when it is empty.
// kInvalidArgument when the actor has no staff record and names none; kNotFound for an unknown
// code; kPermissionDenied from the access policy.
Result<Caseload> ViewCaseload(const Context& ctx, const Actor& actor,
                              const std::string& staff_code);

// The first `limit` officers by staff code with their number of cases (for operators choosing
// whom to link a user to, and for managers). Not person data, so not audited.
Result<std::vector<OfficerLoad>> ListOfficers(const Context& ctx, const Actor& actor, int limit);

}  // namespace probity::app
