// JSON API for allocation (docs/api.md, "Allocation"; issue 4 part 3).
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddAllocationRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
