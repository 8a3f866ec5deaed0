// The manager's allocation pages (issue 4 part 3): the cases awaiting allocation (and those past
// the TIME-2 target), and the allocate page with the policy's decision, its reasons and the
// candidate officers' workload.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddAllocationPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
