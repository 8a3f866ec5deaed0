// Turns use-case results into the data the templates show. Presentation only: no rules.
#pragma once

#include <string>

#include "app/caseload.h"
#include "app/cases.h"
#include "web/render.h"

namespace probity::web {

// `sort` is a column key (name, crn, tier, order, rar, next, flags) and `descending` its order;
// unknown keys sort by name.
Data CaseloadPage(app::Caseload caseload, const std::string& sort, bool descending,
                  const std::string& staff_query);
Data SearchResults(const app::SearchResult& result);
Data CasePage(const app::CaseRecord& record);

}  // namespace probity::web
