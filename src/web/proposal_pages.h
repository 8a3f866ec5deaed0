// The court officer's pages (issue 4 part 2): the RAR proposal built from a person's record and
// the court's area's interventions, printed (or as a PDF) for the pre-sentence report; and the
// areas' catalogues of interventions, kept by managers.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddProposalPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
