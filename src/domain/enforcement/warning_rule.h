// The statutory warning rule over one order (ENF-1..ENF-5, domain.md §6) as a pure state
// machine: given the order's failures, the officer's decisions and the warnings, breaches and
// court outcomes recorded, say where each failure stands, what must happen next and by when.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/enforcement/rule_set.h"

namespace probity::enforcement {

// The officer's decision on a failure (ENF-3).
enum class Judgement {
  kNotYetJudged,
  kAwaitingEvidence,  // e.g. a medical note promised; must be judged by the wait's end
  kReasonableExcuse,  // acceptable: no enforcement
  kNoReasonableExcuse,
};
const char* JudgementCode(Judgement judgement);
std::optional<Judgement> ParseJudgement(std::string_view code);

struct Failure {
  std::int64_t id = 0;  // the contact
  Date date{};
  Judgement judgement = Judgement::kNotYetJudged;
  std::optional<Date> evidence_until;
};

enum class ActionKind { kWarning, kBreach };
const char* ActionKindCode(ActionKind kind);

struct Action {
  ActionKind kind = ActionKind::kWarning;
  std::int64_t failure_id = 0;  // the failure it answers
  Date date{};
  bool withdrawn = false;  // EA07: a warning withdrawn no longer counts
};

// ENF-5: how a breach ended at court.
enum class CourtOutcomeKind {
  kNoAction,
  kOrderContinued,
  kFine,
  kRequirementsVaried,
  kRevokedAndResentenced,
};
const char* CourtOutcomeCode(CourtOutcomeKind kind);
const char* CourtOutcomeName(CourtOutcomeKind kind);
std::optional<CourtOutcomeKind> ParseCourtOutcome(std::string_view code);

struct CourtOutcome {
  std::int64_t breach_failure_id = 0;  // the failure whose breach the court decided
  Date date{};
  CourtOutcomeKind kind = CourtOutcomeKind::kOrderContinued;
};

struct OrderHistory {
  sentence::OrderType type = sentence::OrderType::kCommunityOrder;
  bool ended = false;  // terminated, revoked or past its end date: no new breach can start
  std::vector<Failure> failures;
  std::vector<Action> actions;
  std::vector<CourtOutcome> court_outcomes;
};

// Where a failure stands.
enum class FailureStatus {
  kAwaitingDecision,  // ENF-3: the officer must judge it
  kAwaitingEvidence,
  kExcused,         // reasonable excuse: nothing to do
  kWarnOrBreach,    // ENF-1: no warning in force; warn or refer for breach
  kBreachRequired,  // ENF-1: a warning within its window; breach is mandatory
  kWarned,
  kBreachStarted,
  kInPendingBreach,  // failed while a breach is before the court: goes into that breach's pack
  kOrderEnded,       // unjudged or unactioned when the order ended: nothing more can be started
};
const char* StatusCode(FailureStatus status);
const char* StatusName(FailureStatus status);

struct FailureState {
  std::int64_t id = 0;
  Date date{};
  FailureStatus status = FailureStatus::kAwaitingDecision;
  std::string rule_id;                   // the rule set applied (by the failure's date)
  Date action_due{};                     // ENF-4: action initiated by this day
  std::optional<Date> decide_by;         // for kAwaitingEvidence: the wait's end
  std::optional<Date> warning_in_force;  // for kBreachRequired: the warning that makes it so
  std::string explanation;               // one sentence an officer can read
};

struct OrderState {
  std::vector<FailureState> failures;  // in date order
  int unacceptable_failures = 0;       // judged without reasonable excuse
  int warnings = 0;                    // warnings standing (not withdrawn)
  int breaches = 0;
  bool breach_pending = false;  // a breach started and no court outcome yet
  std::optional<std::int64_t> pending_breach_failure;
  std::optional<Date> latest_warning;
  std::optional<Date> warning_window_ends;  // last day of the latest warning's window
};

// Assesses the order as at `today` using, for each failure, the rule in `rules` in force on its
// date for the order's type (the oldest matching rule when none is in force).
OrderState Assess(const OrderHistory& order, Date today, const std::vector<RuleSet>& rules);
inline OrderState Assess(const OrderHistory& order, Date today) {
  return Assess(order, today, RuleSets());
}

// The last day of the window of a warning given on `warning_date`: the period of `months`
// months beginning with that date (SC2020 Sch 10 para 6(1)(b)).
Date WindowEnd(Date warning_date, int months);

}  // namespace probity::enforcement
