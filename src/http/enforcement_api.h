// JSON API for compliance and enforcement (issue 5): an order's enforcement history, decisions,
// corrections, warnings, breaches, withdrawals, court outcomes, the worklist, and the person's
// timeline that gathers all of it with their appointments and notices.
#pragma once

#include <string>

#include "app/actor.h"
#include "app/enforcement_worklist.h"
#include "http/router.h"

namespace probity::http {

// The worklist as the API returns it (also printed by `probity enforcement due --json`).
std::string WorklistJson(const app::Worklist& worklist);

void AddEnforcementRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
