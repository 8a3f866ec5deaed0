// Pages for compliance and enforcement (issue 5): a case's enforcement record with the forms to
// judge failures, correct outcomes, warn, start breach, withdraw and record the court's outcome,
// and the officer's or team's enforcement worklist.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddEnforcementPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
