// A saved RAR proposal as the sentencer reads it (issue 4 part 2): the same words for the printed
// page and the PDF, so the two never disagree.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/proposals.h"
#include "core/result.h"

namespace probity::web {

struct ProposalSheet {
  std::string title;                                        // "Proposed RAR – Sam Test (X000001)"
  std::string headline;                                     // "18 RAR days" | "No RAR proposed"
  std::string subline;                                      // intensity and guideline range
  std::vector<std::pair<std::string, std::string>> fields;  // label, value
  std::vector<std::pair<std::string, std::string>> flags;   // code, what it means
  std::vector<std::string> rationale;
  std::string area;                                     // "" when none
  std::vector<std::vector<std::string>> interventions;  // use, name, provider, for, days
  std::vector<std::vector<std::string>> needs;          // need, severity, linked
  std::string made;                                     // "by cora on 23 November 2026"
};

ProposalSheet SheetFor(const app::ProposalView& view);

// The PDF's bytes; kInternal when it cannot be written.
Result<std::string> RenderProposalPdf(const ProposalSheet& sheet);

}  // namespace probity::web
