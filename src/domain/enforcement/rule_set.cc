#include "domain/enforcement/rule_set.h"

namespace probity::enforcement {
namespace {

Date Day(const char* text) {
  return *ParseDate(text);
}

}  // namespace

const std::vector<RuleSet>& RuleSets() {
  // Same numbers throughout: since 2005 the statutes have required breach for a failure within
  // 12 months of a warning (domain.md §6). Each set is kept so an old failure cites the law that
  // applied to it, and a future change is a new row here.
  static const std::vector<RuleSet> kRuleSets = {
      {"SC2020-SCH10", "Sentencing Code 2020, Schedule 10, Part 2, paragraphs 6 and 7",
       sentence::OrderType::kCommunityOrder, Day("2020-12-01"), std::nullopt},
      {"SC2020-SCH16", "Sentencing Code 2020, Schedule 16, Part 2, paragraphs 6 and 7",
       sentence::OrderType::kSuspendedSentenceOrder, Day("2020-12-01"), std::nullopt},
      {"CJA2003-SCH8", "Criminal Justice Act 2003, Schedule 8, paragraphs 5 to 6A",
       sentence::OrderType::kCommunityOrder, Day("2005-04-04"), Day("2020-11-30")},
      {"CJA2003-SCH12", "Criminal Justice Act 2003, Schedule 12, paragraphs 4 to 5",
       sentence::OrderType::kSuspendedSentenceOrder, Day("2005-04-04"), Day("2020-11-30")},
  };
  return kRuleSets;
}

std::optional<RuleSet> RuleFor(sentence::OrderType type, Date failure_date) {
  for (const auto& rule : RuleSets()) {
    bool type_matches = !rule.order_type || *rule.order_type == type;
    bool in_force = failure_date >= rule.in_force_from &&
                    (!rule.in_force_until || failure_date <= *rule.in_force_until);
    if (type_matches && in_force) {
      return rule;
    }
  }
  return std::nullopt;
}

}  // namespace probity::enforcement
