// The parameters of the statutory warning rule (ENF-1, ENF-2, ENF-4; domain.md §6). A change in
// the law is a new RuleSet in rule_set.cc, not new code: Assess() reads only these numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/sentence/sentence.h"

namespace probity::enforcement {

struct RuleSet {
  std::string id;                                 // e.g. "SC2020-SCH10"
  std::string source;                             // the provision, for pages and letters
  std::optional<sentence::OrderType> order_type;  // nullopt: any order
  Date in_force_from{};
  std::optional<Date> in_force_until;  // last day in force
  // How many warnings may stand within their windows before a further failure must go to breach
  // (statute: 1 — a failure after a warning within 12 months must be referred).
  int warnings_before_breach = 1;
  // A warning's window: the period of this many months beginning with the warning's date.
  int window_months = 12;
  // ENF-4: enforcement action initiated within this many working days of the failure.
  int action_within_working_days = 10;
  // Issue 5: a failure may wait for evidence this many working days after it before judging.
  int evidence_wait_working_days = 5;
  // The person has this many days to respond to a warning letter (issue 5 part 4).
  int warning_response_days = 7;
  // The breach pack is due this many working days after breach is started.
  int breach_pack_working_days = 10;
};

// Every rule set Probity knows, newest first.
const std::vector<RuleSet>& RuleSets();

// The rule set in force on `failure_date` for an order of `type`; nullopt before any known rule.
std::optional<RuleSet> RuleFor(sentence::OrderType type, Date failure_date);

}  // namespace probity::enforcement
