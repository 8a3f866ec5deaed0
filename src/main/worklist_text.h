// The enforcement worklist as plain text for `probity enforcement due` (issue 5 part 7).
#pragma once

#include <string>

#include "app/enforcement_worklist.h"

namespace probity {

// A heading line, then one line per item: OVERDUE or due date, working days waited, CRN, name,
// officer, what to do, and the failure.
std::string WorklistText(const app::Worklist& worklist);

}  // namespace probity
