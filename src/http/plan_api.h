// JSON API for the RAR sentence plan and RAR completion (docs/api.md, "RAR plan").
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddPlanRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
