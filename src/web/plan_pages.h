// The RAR sentence plan pages: view (and print) a plan, save a draft, agree it, complete the RAR;
// and the manager's list of ended RARs without a completion record.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddPlanPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
