// The pages that change the tier's inputs (TIER-1, issue 4): record or replace the person's
// assessment (with the OGRS3 2-year % it carries) and add or end a registration. They call the
// same use cases as the JSON API (app/tier.h), so the tier is recalculated in the same
// transaction; after a change the case page shows the new tier with the points behind it.
#pragma once

#include <string>

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddAssessmentPages(http::Router& router, const app::Context& ctx);

// The case page's success message for `?tier=<what>` after one of these pages saved a change
// ("assessment", "registration", "removed"); "" for anything else.
std::string TierUpdatedMessage(const std::string& what);

}  // namespace probity::web
