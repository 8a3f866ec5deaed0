// The first step of every use case on one person's record: parse the CRN, find the person and
// ask the access policy.
#pragma once

#include <string>

#include "app/access_policy.h"
#include "app/ports.h"

namespace probity::app {

// kInvalidArgument (field crn) for a malformed CRN, kNotFound when no person has it,
// kPermissionDenied from the access policy.
Result<person::Person> FindPersonFor(Tx& tx, const Actor& actor, const std::string& crn,
                                     CaseAction action);

}  // namespace probity::app
