// Runs every warning-rule scenario in tests/rules/enforcement/ (format in its README.md) through
// enforcement::Assess and checks each expectation. One file per rule clause (issue 5).
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain/enforcement/warning_rule.h"

namespace probity::enforcement {
namespace {

struct Expectation {
  int line = 0;
  std::vector<std::string> words;
};

struct Scenario {
  OrderHistory order;
  Date today{};
  std::map<std::string, int> params;
  std::vector<Expectation> expectations;
};

Date DateOrFail(const std::string& text, int line) {
  auto d = ParseDate(text);
  EXPECT_TRUE(d.has_value()) << "line " << line << ": not a date: " << text;
  return d.value_or(Date{});
}

Scenario Read(const std::filesystem::path& file) {
  Scenario s;
  std::ifstream in(file);
  std::string text;
  int line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (auto hash = text.find('#'); hash != std::string::npos) {
      text.erase(hash);
    }
    std::istringstream words(text);
    std::vector<std::string> w;
    for (std::string word; words >> word;) {
      w.push_back(word);
    }
    if (w.empty()) {
      continue;
    }
    const std::string& verb = w[0];
    if (verb == "order") {
      s.order.type = *sentence::ParseOrderType(w.at(1));
      s.order.ended = w.size() > 2 && w[2] == "ended";
    } else if (verb == "today") {
      s.today = DateOrFail(w.at(1), line);
    } else if (verb == "param") {
      s.params[w.at(1)] = std::stoi(w.at(2));
    } else if (verb == "failure") {
      Failure f;
      f.id = std::stoll(w.at(1));
      f.date = DateOrFail(w.at(2), line);
      auto judgement = ParseJudgement(w.at(3));
      EXPECT_TRUE(judgement.has_value()) << "line " << line << ": judgement " << w.at(3);
      f.judgement = judgement.value_or(Judgement::kNotYetJudged);
      if (w.size() > 4) {
        f.evidence_until = DateOrFail(w[4], line);
      }
      s.order.failures.push_back(f);
    } else if (verb == "warning" || verb == "breach") {
      s.order.actions.push_back({verb == "warning" ? ActionKind::kWarning : ActionKind::kBreach,
                                 std::stoll(w.at(1)), DateOrFail(w.at(2), line),
                                 w.size() > 3 && w[3] == "withdrawn"});
    } else if (verb == "court") {
      auto kind = ParseCourtOutcome(w.at(3));
      EXPECT_TRUE(kind.has_value()) << "line " << line << ": court outcome " << w.at(3);
      s.order.court_outcomes.push_back({std::stoll(w.at(1)), DateOrFail(w.at(2), line),
                                        kind.value_or(CourtOutcomeKind::kNoAction)});
    } else if (verb == "expect" || verb == "expect-order") {
      s.expectations.push_back({line, w});
    } else {
      ADD_FAILURE() << file << " line " << line << ": unknown line '" << verb << "'";
    }
  }
  return s;
}

std::vector<RuleSet> RulesWith(const std::map<std::string, int>& params) {
  std::vector<RuleSet> rules = RuleSets();
  for (auto& rule : rules) {
    for (const auto& [name, value] : params) {
      if (name == "warnings_before_breach") {
        rule.warnings_before_breach = value;
      } else if (name == "window_months") {
        rule.window_months = value;
      } else if (name == "action_within_working_days") {
        rule.action_within_working_days = value;
      } else {
        ADD_FAILURE() << "unknown param " << name;
      }
    }
  }
  return rules;
}

void CheckFailure(const OrderState& state, const Expectation& e) {
  const auto& w = e.words;
  std::int64_t id = std::stoll(w.at(1));
  const FailureState* found = nullptr;
  for (const auto& f : state.failures) {
    if (f.id == id) {
      found = &f;
    }
  }
  ASSERT_NE(found, nullptr) << "line " << e.line << ": no failure " << id;
  EXPECT_EQ(StatusCode(found->status), w.at(2)) << "line " << e.line << ": " << found->explanation;
  for (std::size_t i = 3; i + 1 < w.size(); i += 2) {
    if (w[i] == "due") {
      EXPECT_EQ(FormatDate(found->action_due), w[i + 1]) << "line " << e.line;
    } else if (w[i] == "rule") {
      EXPECT_EQ(found->rule_id, w[i + 1]) << "line " << e.line;
    } else if (w[i] == "warning") {
      ASSERT_TRUE(found->warning_in_force.has_value()) << "line " << e.line;
      EXPECT_EQ(FormatDate(*found->warning_in_force), w[i + 1]) << "line " << e.line;
    } else {
      ADD_FAILURE() << "line " << e.line << ": unknown expectation " << w[i];
    }
  }
}

void CheckOrder(const OrderState& state, const Expectation& e) {
  const auto& w = e.words;
  const std::string& what = w.at(1);
  const std::string& value = w.at(2);
  if (what == "breach_pending") {
    EXPECT_EQ(state.breach_pending ? "yes" : "no", value) << "line " << e.line;
  } else if (what == "unacceptable") {
    EXPECT_EQ(std::to_string(state.unacceptable_failures), value) << "line " << e.line;
  } else if (what == "warnings") {
    EXPECT_EQ(std::to_string(state.warnings), value) << "line " << e.line;
  } else if (what == "breaches") {
    EXPECT_EQ(std::to_string(state.breaches), value) << "line " << e.line;
  } else if (what == "window_ends") {
    ASSERT_TRUE(state.warning_window_ends.has_value()) << "line " << e.line;
    EXPECT_EQ(FormatDate(*state.warning_window_ends), value) << "line " << e.line;
  } else {
    ADD_FAILURE() << "line " << e.line << ": unknown order expectation " << what;
  }
}

std::vector<std::filesystem::path> ScenarioFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(PROBITY_ENFORCEMENT_SCENARIOS)) {
    if (entry.path().extension() == ".txt") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

class EnforcementScenario : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(EnforcementScenario, MatchesExpectations) {
  Scenario s = Read(GetParam());
  ASSERT_FALSE(s.expectations.empty()) << "a scenario must expect something";
  OrderState state = Assess(s.order, s.today, RulesWith(s.params));
  for (const auto& e : s.expectations) {
    if (e.words[0] == "expect") {
      CheckFailure(state, e);
    } else {
      CheckOrder(state, e);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, EnforcementScenario, testing::ValuesIn(ScenarioFiles()),
                         [](const testing::TestParamInfo<std::filesystem::path>& param_info) {
                           std::string name = param_info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) {
                               c = '_';
                             }
                           }
                           return name;
                         });

TEST(EnforcementScenarios, AtLeastOnePerClause) {
  // The issue names six situations; the directory holds them and more.
  EXPECT_GE(ScenarioFiles().size(), 6U);
}

}  // namespace
}  // namespace probity::enforcement
