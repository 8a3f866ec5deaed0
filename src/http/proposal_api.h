// The JSON API of court proposals (docs/api.md "Court proposals"): areas and their catalogues of
// interventions, and RAR proposals made from a person's record.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddProposalRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
