#include "main/worklist_text.h"

#include <cstdio>

namespace probity {

std::string WorklistText(const app::Worklist& w) {
  std::string out = "Enforcement worklist for " + w.scope + " on " + FormatDate(w.today) + ": " +
                    std::to_string(w.items.size()) + " items, " + std::to_string(w.overdue) +
                    " overdue\n";
  for (const auto& i : w.items) {
    char line[512];
    std::snprintf(line, sizeof line, "%-8s due %s  waited %2d wd  %s  %-28s %-8s %-31s %s %s\n",
                  i.overdue ? "OVERDUE" : "", FormatDate(i.due).c_str(), i.waited_working_days,
                  i.person.crn.c_str(), i.person.name.substr(0, 28).c_str(),
                  i.person.officer_code.c_str(), app::WorkKindName(i.kind),
                  contact::OutcomeCode(i.outcome), FormatDate(i.failure_date).c_str());
    out += line;
  }
  return out;
}

}  // namespace probity
