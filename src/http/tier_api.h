// JSON API for tiering (TIER-1) and workload (WL-1): the tier with the points behind it, the
// assessment and registrations that feed it, an officer's workload and the points tables
// (docs/api.md, "Tiering and workload").
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddTierRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
