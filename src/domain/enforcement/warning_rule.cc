#include "domain/enforcement/warning_rule.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

#include "domain/calendar/working_days.h"

namespace probity::enforcement {
namespace {

template <typename E, std::size_t N>
std::optional<E> ParseCode(std::string_view code,
                           const std::array<std::pair<E, const char*>, N>& codes) {
  for (const auto& [value, text] : codes) {
    if (code == text) {
      return value;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<Judgement, const char*>, 4> kJudgementCodes = {{
    {Judgement::kNotYetJudged, "not_yet_judged"},
    {Judgement::kAwaitingEvidence, "awaiting_evidence"},
    {Judgement::kReasonableExcuse, "reasonable_excuse"},
    {Judgement::kNoReasonableExcuse, "no_reasonable_excuse"},
}};

constexpr std::array<std::pair<CourtOutcomeKind, const char*>, 5> kCourtOutcomeCodes = {{
    {CourtOutcomeKind::kNoAction, "no_action"},
    {CourtOutcomeKind::kOrderContinued, "order_continued"},
    {CourtOutcomeKind::kFine, "fine"},
    {CourtOutcomeKind::kRequirementsVaried, "requirements_varied"},
    {CourtOutcomeKind::kRevokedAndResentenced, "revoked_and_resentenced"},
}};

const RuleSet& RuleForFailure(const std::vector<RuleSet>& rules, sentence::OrderType type,
                              Date date) {
  const RuleSet* oldest = nullptr;
  for (const auto& rule : rules) {
    bool type_matches = !rule.order_type || *rule.order_type == type;
    if (!type_matches) {
      continue;
    }
    if (date >= rule.in_force_from && (!rule.in_force_until || date <= *rule.in_force_until)) {
      return rule;
    }
    if (oldest == nullptr || rule.in_force_from < oldest->in_force_from) {
      oldest = &rule;
    }
  }
  // REQUIRES: `rules` has a rule for every order type; RuleSets() does.
  return oldest != nullptr ? *oldest : rules.front();
}

const Action* ActionFor(const OrderHistory& order, std::int64_t failure_id) {
  for (const auto& a : order.actions) {
    if (a.failure_id == failure_id && !a.withdrawn) {
      return &a;
    }
  }
  return nullptr;
}

std::optional<Date> CourtOutcomeFor(const OrderHistory& order, std::int64_t breach_failure_id) {
  for (const auto& c : order.court_outcomes) {
    if (c.breach_failure_id == breach_failure_id) {
      return c.date;
    }
  }
  return std::nullopt;
}

// A breach started on or before `day` whose court outcome is not recorded or came after `day`.
std::optional<std::int64_t> BreachPendingOn(const OrderHistory& order, Date day) {
  for (const auto& a : order.actions) {
    if (a.kind != ActionKind::kBreach || a.withdrawn || a.date > day) {
      continue;
    }
    auto decided = CourtOutcomeFor(order, a.failure_id);
    if (!decided || *decided > day) {
      return a.failure_id;
    }
  }
  return std::nullopt;
}

// SC2020 Sch 10 para 6(1): a warning makes breach mandatory for a failure "since that date"
// during the period of 12 months beginning with it. Returns the latest such warning's date.
std::optional<Date> WarningsInForce(const OrderHistory& order, Date failure_date,
                                    const RuleSet& rule, int& count) {
  std::optional<Date> latest;
  count = 0;
  for (const auto& a : order.actions) {
    if (a.kind != ActionKind::kWarning || a.withdrawn) {
      continue;
    }
    if (a.date < failure_date && failure_date <= WindowEnd(a.date, rule.window_months)) {
      ++count;
      if (!latest || a.date > *latest) {
        latest = a.date;
      }
    }
  }
  return latest;
}

FailureState Judge(const OrderHistory& order, const Failure& f, Date today, const RuleSet& rule) {
  FailureState s;
  s.id = f.id;
  s.date = f.date;
  s.rule_id = rule.id;
  s.action_due = calendar::AddWorkingDays(f.date, rule.action_within_working_days);
  if (const Action* action = ActionFor(order, f.id)) {
    s.status = action->kind == ActionKind::kWarning ? FailureStatus::kWarned
                                                    : FailureStatus::kBreachStarted;
    s.explanation = action->kind == ActionKind::kWarning
                        ? "A warning was given on " + FormatDate(action->date) + "."
                        : "Breach was started on " + FormatDate(action->date) + ".";
    return s;
  }
  switch (f.judgement) {
    case Judgement::kReasonableExcuse:
      s.status = FailureStatus::kExcused;
      s.explanation = "Judged to have a reasonable excuse: no enforcement action.";
      return s;
    case Judgement::kNotYetJudged:
    case Judgement::kAwaitingEvidence:
      if (order.ended) {
        s.status = FailureStatus::kOrderEnded;
        s.explanation = "Not judged before the order ended.";
        return s;
      }
      if (f.judgement == Judgement::kAwaitingEvidence && f.evidence_until &&
          *f.evidence_until >= today) {
        s.status = FailureStatus::kAwaitingEvidence;
        s.decide_by = f.evidence_until;
        s.explanation = "Waiting for evidence until " + FormatDate(*f.evidence_until) +
                        "; then it must be judged (ENF-3).";
        return s;
      }
      s.status = FailureStatus::kAwaitingDecision;
      s.explanation = "Decide whether there was a reasonable excuse (ENF-3).";
      return s;
    case Judgement::kNoReasonableExcuse:
      break;
  }
  // Failed while a breach was before the court, or not yet acted on when one is: the court
  // deals with it in that breach (docs/rules/enforcement.md).
  auto pending = BreachPendingOn(order, f.date);
  if (!pending) {
    pending = BreachPendingOn(order, today);
  }
  if (pending && *pending != f.id) {
    s.status = FailureStatus::kInPendingBreach;
    s.explanation =
        "A breach is before the court: this failure goes into its pack; no warning may be given.";
    return s;
  }
  if (order.ended) {
    s.status = FailureStatus::kOrderEnded;
    s.explanation = "The order has ended: no enforcement action can be started.";
    return s;
  }
  int in_force = 0;
  auto warning = WarningsInForce(order, f.date, rule, in_force);
  if (in_force >= rule.warnings_before_breach) {
    s.status = FailureStatus::kBreachRequired;
    s.warning_in_force = warning;
    s.explanation = "A warning was given on " + FormatDate(*warning) +
                    ", within 12 months before this failure: breach must be started (ENF-1).";
    return s;
  }
  s.status = FailureStatus::kWarnOrBreach;
  s.explanation = "No warning in force: give a warning or start breach (ENF-1).";
  return s;
}

}  // namespace

const char* JudgementCode(Judgement judgement) {
  return kJudgementCodes[static_cast<std::size_t>(judgement)].second;
}

std::optional<Judgement> ParseJudgement(std::string_view code) {
  return ParseCode(code, kJudgementCodes);
}

const char* ActionKindCode(ActionKind kind) {
  return kind == ActionKind::kWarning ? "warning" : "breach";
}

const char* CourtOutcomeCode(CourtOutcomeKind kind) {
  return kCourtOutcomeCodes[static_cast<std::size_t>(kind)].second;
}

const char* CourtOutcomeName(CourtOutcomeKind kind) {
  switch (kind) {
    case CourtOutcomeKind::kNoAction:
      return "No action";
    case CourtOutcomeKind::kOrderContinued:
      return "Order continued";
    case CourtOutcomeKind::kFine:
      return "Fine, order continued";
    case CourtOutcomeKind::kRequirementsVaried:
      return "Requirements varied or added";
    case CourtOutcomeKind::kRevokedAndResentenced:
      return "Order revoked and re-sentenced";
  }
  return "";
}

std::optional<CourtOutcomeKind> ParseCourtOutcome(std::string_view code) {
  return ParseCode(code, kCourtOutcomeCodes);
}

const char* StatusCode(FailureStatus status) {
  static constexpr std::array<const char*, 9> kCodes = {
      "awaiting_decision", "awaiting_evidence", "excused",
      "warn_or_breach",    "breach_required",   "warned",
      "breach_started",    "in_pending_breach", "order_ended"};
  return kCodes[static_cast<std::size_t>(status)];
}

const char* StatusName(FailureStatus status) {
  static constexpr std::array<const char*, 9> kNames = {
      "Decision needed", "Waiting for evidence", "Reasonable excuse",
      "Warn or breach",  "Breach required",      "Warned",
      "Breach started",  "In pending breach",    "Order ended"};
  return kNames[static_cast<std::size_t>(status)];
}

Date WindowEnd(Date warning_date, int months) {
  return AddMonths(warning_date, months) - std::chrono::days{1};
}

OrderState Assess(const OrderHistory& order, Date today, const std::vector<RuleSet>& rules) {
  OrderState state;
  std::vector<Failure> failures = order.failures;
  std::stable_sort(failures.begin(), failures.end(),
                   [](const Failure& a, const Failure& b) { return a.date < b.date; });
  for (const auto& f : failures) {
    const RuleSet& rule = RuleForFailure(rules, order.type, f.date);
    state.failures.push_back(Judge(order, f, today, rule));
    if (f.judgement == Judgement::kNoReasonableExcuse) {
      ++state.unacceptable_failures;
    }
  }
  for (const auto& a : order.actions) {
    if (a.withdrawn) {
      continue;
    }
    if (a.kind == ActionKind::kWarning) {
      ++state.warnings;
      if (!state.latest_warning || a.date > *state.latest_warning) {
        state.latest_warning = a.date;
      }
    } else {
      ++state.breaches;
    }
  }
  if (state.latest_warning) {
    const RuleSet& rule = RuleForFailure(rules, order.type, *state.latest_warning);
    state.warning_window_ends = WindowEnd(*state.latest_warning, rule.window_months);
  }
  state.pending_breach_failure = BreachPendingOn(order, today);
  state.breach_pending = state.pending_breach_failure.has_value();
  return state;
}

}  // namespace probity::enforcement
