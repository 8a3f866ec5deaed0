// The case page's tier panel: the tier and the points behind it (TIER-1: "show the points
// behind the tier on the case page"), rendered from templates/case_tier.mustache.
#pragma once

#include <string>

#include "domain/tier/tier.h"

namespace probity::web {

// The panel's HTML for `result`.
std::string TierPanel(const tier::TierResult& result);

}  // namespace probity::web
