#include "domain/enforcement/commands.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace probity::enforcement {
namespace {

Date D(const char* text) {
  return *ParseDate(text);
}

FailureState StateWith(FailureStatus status, const char* date = "2026-03-02") {
  FailureState f;
  f.id = 1;
  f.date = D(date);
  f.status = status;
  f.warning_in_force = D("2026-01-05");
  return f;
}

const RuleSet& Current() {
  return RuleSets().front();  // SC2020 Sch 10
}

// Issue 5 "Bad input": a decision without a reason is refused, naming the field.
TEST(CheckDecision, RequiresAJudgementAndAReason) {
  Decision d{Judgement::kNoReasonableExcuse, "   ", std::nullopt};
  auto s =
      CheckDecision(StateWith(FailureStatus::kAwaitingDecision), d, Current(), D("2026-03-03"));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(s.error().fields.size(), 1U);
  EXPECT_EQ(s.error().fields[0].field, "reason");

  Decision none{std::nullopt, "", std::nullopt};
  auto both =
      CheckDecision(StateWith(FailureStatus::kAwaitingDecision), none, Current(), D("2026-03-03"));
  ASSERT_FALSE(both);
  EXPECT_EQ(both.error().fields.size(), 2U);  // decision and reason, both named
}

struct EvidenceCase {
  const char* until;  // nullptr: none given
  const char* error;  // nullptr: accepted
  const char* why;
};

// Issue 5 part 1: a failure can wait for evidence for up to 5 working days. The failure is on
// Monday 2 March 2026; 5 working days later is Monday 9 March.
TEST(CheckDecision, EvidenceWaitIsAtMostFiveWorkingDays) {
  const std::vector<EvidenceCase> cases = {
      {"2026-03-09", nullptr, "the 5th working day is allowed"},
      {"2026-03-10", "TOO_LATE", "the 6th working day is too late"},
      {nullptr, "REQUIRED", "a wait needs its end date"},
      {"2026-03-02", "PAST_DATE", "a wait cannot end before today (3 March)"},
  };
  for (const auto& c : cases) {
    Decision d{Judgement::kAwaitingEvidence, "Medical note promised",
               c.until != nullptr ? std::optional<Date>(D(c.until)) : std::nullopt};
    auto s =
        CheckDecision(StateWith(FailureStatus::kAwaitingDecision), d, Current(), D("2026-03-03"));
    if (c.error == nullptr) {
      EXPECT_TRUE(s) << c.why;
    } else {
      ASSERT_FALSE(s) << c.why;
      ASSERT_EQ(s.error().fields.size(), 1U) << c.why;
      EXPECT_EQ(s.error().fields[0].field, "evidenceUntil") << c.why;
      EXPECT_EQ(s.error().fields[0].error, c.error) << c.why;
    }
  }
}

TEST(CheckDecision, RefusesAContactThatIsNotAFailureAndAnActionedFailure) {
  Decision d{Judgement::kReasonableExcuse, "Hospital appointment", std::nullopt};
  EXPECT_EQ(CheckDecision(std::nullopt, d, Current(), D("2026-03-03")).error().code,
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(
      CheckDecision(StateWith(FailureStatus::kWarned), d, Current(), D("2026-03-03")).error().code,
      ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(
      CheckDecision(StateWith(FailureStatus::kWarnOrBreach), d, Current(), D("2026-03-03")));
}

struct ActionCase {
  FailureStatus status;
  bool warning_allowed;
  bool breach_allowed;
  const char* why;
};

// ENF-1: a warning only where there is a choice; breach wherever the failure is unactioned.
TEST(CheckActions, FollowTheFailuresState) {
  const std::vector<ActionCase> cases = {
      {FailureStatus::kWarnOrBreach, true, true, "ENF-1: no warning in force, either"},
      {FailureStatus::kBreachRequired, false, true, "ENF-1: a warning in force, breach only"},
      {FailureStatus::kWarned, false, false, "issue 5: a warning for a failure already warned"},
      {FailureStatus::kBreachStarted, false, false, "breach already started"},
      {FailureStatus::kAwaitingDecision, false, false, "ENF-3: judge first"},
      {FailureStatus::kAwaitingEvidence, false, false, "ENF-3: judge first"},
      {FailureStatus::kExcused, false, false, "reasonable excuse: no action"},
      {FailureStatus::kInPendingBreach, false, false, "a breach already before the court"},
  };
  OrderState order;
  for (const auto& c : cases) {
    auto f = StateWith(c.status);
    EXPECT_EQ(CheckWarning(f, D("2026-03-04"), D("2026-03-04")).has_value(), c.warning_allowed)
        << c.why;
    EXPECT_EQ(CheckBreach(f, order, false, D("2026-03-04"), D("2026-03-04")).has_value(),
              c.breach_allowed)
        << c.why;
  }
}

TEST(CheckActions, DatesMustLieBetweenTheFailureAndToday) {
  auto f = StateWith(FailureStatus::kWarnOrBreach);
  auto future = CheckWarning(f, D("2026-03-05"), D("2026-03-04"));
  ASSERT_FALSE(future);
  EXPECT_EQ(future.error().fields[0].error, "FUTURE_DATE");
  auto early = CheckWarning(f, D("2026-03-01"), D("2026-03-04"));
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().fields[0].error, "BEFORE_FAILURE");
}

// Issue 5 "Bad input": a breach on a terminated order.
TEST(CheckBreach, RefusesAnEndedOrderOrASecondPendingBreach) {
  auto f = StateWith(FailureStatus::kWarnOrBreach);
  OrderState order;
  auto ended = CheckBreach(f, order, true, D("2026-03-04"), D("2026-03-04"));
  ASSERT_FALSE(ended);
  EXPECT_NE(ended.error().message.find("ended"), std::string::npos);
  order.breach_pending = true;
  EXPECT_FALSE(CheckBreach(f, order, false, D("2026-03-04"), D("2026-03-04")));
}

// Issue 5 "Bad input": a court outcome for a breach never started; ENF-5: one outcome each.
TEST(CheckCourtOutcome, NeedsAStartedUndecidedBreach) {
  OrderHistory order;
  auto never = CheckCourtOutcome(order, 1, D("2026-04-01"), D("2026-04-02"));
  ASSERT_FALSE(never);
  EXPECT_NE(never.error().message.find("No breach was started"), std::string::npos);

  order.actions.push_back({ActionKind::kBreach, 1, D("2026-03-05"), false});
  EXPECT_TRUE(CheckCourtOutcome(order, 1, D("2026-04-01"), D("2026-04-02")));
  EXPECT_FALSE(CheckCourtOutcome(order, 1, D("2026-03-04"), D("2026-04-02")));  // before breach
  EXPECT_FALSE(CheckCourtOutcome(order, 1, D("2026-04-03"), D("2026-04-02")));  // future

  order.court_outcomes.push_back({1, D("2026-04-01"), CourtOutcomeKind::kOrderContinued});
  EXPECT_FALSE(CheckCourtOutcome(order, 1, D("2026-04-02"), D("2026-04-02")));  // already decided
}

TEST(WindowEnd, IsTheDayBeforeTheCorrespondingDate) {
  // SC2020 Sch 10 para 6(1)(b): the 12 months beginning with the warning's date.
  EXPECT_EQ(FormatDate(WindowEnd(D("2026-03-04"), 12)), "2027-03-03");
  EXPECT_EQ(FormatDate(WindowEnd(D("2024-02-29"), 12)), "2025-02-27");  // 28 Feb is the date
}

TEST(RuleFor, PicksTheLawInForceOnTheFailureDate) {
  EXPECT_EQ(RuleFor(sentence::OrderType::kCommunityOrder, D("2020-12-01"))->id, "SC2020-SCH10");
  EXPECT_EQ(RuleFor(sentence::OrderType::kCommunityOrder, D("2020-11-30"))->id, "CJA2003-SCH8");
  EXPECT_EQ(RuleFor(sentence::OrderType::kSuspendedSentenceOrder, D("2021-01-01"))->id,
            "SC2020-SCH16");
  EXPECT_FALSE(RuleFor(sentence::OrderType::kCommunityOrder, D("2000-01-01")).has_value());
}

}  // namespace
}  // namespace probity::enforcement
