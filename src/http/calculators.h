// The calculators of the JSON API (docs/api.md "Calculators"): POST /api/v1/calculators/ogrs3
// (OGRS-1) and POST /api/v1/calculators/rar-proposal (PROP-1..PROP-5). Any signed-in user may
// use them. They read no person's record and store nothing, so there is no access check beyond
// sign-in and no audit entry: the handlers translate JSON to the pure domain functions and back
// (the RAR proposal through app::ProposeRarInArea, which reads the named area's catalogue). A
// session cookie needs no CSRF token here: the calls change nothing, and the cookie is
// SameSite=Lax.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddCalculatorRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
