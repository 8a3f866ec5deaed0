// The one place that decides who may see or change a case. Every use case that touches a
// person's record asks here first; later rules (LAO-1 exclusion and restriction lists, provider
// staff limited to their referrals) extend these functions, not their callers.
#pragma once

#include "app/actor.h"
#include "core/result.h"
#include "domain/person/person.h"

namespace probity::app {

enum class CaseAction { kView, kChange };

// OK, or kPermissionDenied with a message the person can be shown.
Status CheckCaseAccess(const Actor& actor, const person::Person& person, CaseAction action);

// Who may search the people index at all.
Status CheckSearchAccess(const Actor& actor);

// Group sessions are run by probation staff who can change the attendees' records (not analysts
// or provider staff).
Status CheckGroupSessionAccess(const Actor& actor);

// Team oversight lists (e.g. ended RARs without a completion record): managers and
// administrators.
Status CheckTeamOversightAccess(const Actor& actor);

// Allocating cases, and the lists of cases awaiting allocation: managers and administrators.
Status CheckAllocationAccess(const Actor& actor);

// Reference data (e.g. WL-1 workload points tables) is changed by administrators only.
Status CheckReferenceDataAccess(const Actor& actor);

// An area's catalogue of interventions is kept by its managers (and administrators); anyone
// signed in may read it.
Status CheckCatalogueAccess(const Actor& actor);

// An officer sees their own caseload; managers, analysts and administrators see anyone's.
Status CheckCaseloadAccess(const Actor& actor, org::StaffId officer);

}  // namespace probity::app
