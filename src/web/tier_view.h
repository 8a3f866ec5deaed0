// The case page's tier panel: the tier and the points behind it (TIER-1: "show the points
// behind the tier on the case page"), with links to the pages that change its inputs, rendered
// from templates/case_tier.mustache.
#pragma once

#include <optional>
#include <string>

#include "domain/tier/tier.h"

namespace probity::web {

// The panel's HTML for the person `crn` with the tier `result` (nullopt: never tiered).
// `updated`, when not empty, is the success message after an input changed: the "why" is shown
// open beneath it. `stale`, when not empty, is the stored tier's code where it differs from
// `result` (recalculated for today), and the panel says so.
std::string TierPanel(const std::string& crn, const std::optional<tier::TierResult>& result,
                      const std::string& updated = "", const std::string& stale = "");

}  // namespace probity::web
