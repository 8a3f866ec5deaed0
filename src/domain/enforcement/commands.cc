#include "domain/enforcement/commands.h"

#include "domain/calendar/working_days.h"

namespace probity::enforcement {
namespace {

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

Status CheckActionDate(Date action_date, Date failure_date, Date today, const char* field) {
  if (action_date > today) {
    return InvalidArgument(field, "FUTURE_DATE", "The date cannot be in the future.");
  }
  if (action_date < failure_date) {
    return InvalidArgument(
        field, "BEFORE_FAILURE",
        "The date cannot be before the failure on " + FormatDate(failure_date) + ".");
  }
  return Ok();
}

Status MustBeUnacceptable(const std::optional<FailureState>& failure, const char* what) {
  if (!failure) {
    return FailedPrecondition(std::string("Only a failure to comply can be given ") + what +
                              ": this appointment's outcome is not a failure.");
  }
  switch (failure->status) {
    case FailureStatus::kAwaitingDecision:
    case FailureStatus::kAwaitingEvidence:
      return FailedPrecondition(
          "Decide first whether the failure had a reasonable excuse (ENF-3).");
    case FailureStatus::kExcused:
      return FailedPrecondition(
          "This failure was judged to have a reasonable excuse: no enforcement action applies.");
    case FailureStatus::kWarned:
      return FailedPrecondition("A warning has already been given for this failure.");
    case FailureStatus::kBreachStarted:
      return FailedPrecondition("Breach has already been started for this failure.");
    case FailureStatus::kInPendingBreach:
      return FailedPrecondition(
          "A breach is already before the court: this failure goes into that breach.");
    case FailureStatus::kOrderEnded:
      return FailedPrecondition("The order has ended: no enforcement action can be started.");
    case FailureStatus::kWarnOrBreach:
    case FailureStatus::kBreachRequired:
      break;
  }
  return Ok();
}

}  // namespace

Status CheckDecision(const std::optional<FailureState>& failure, const Decision& decision,
                     const RuleSet& rule, Date today) {
  if (!failure) {
    return FailedPrecondition(
        "Only an unacceptable absence or a failure to comply is judged: this appointment's "
        "outcome is not a failure.");
  }
  std::vector<FieldError> errors;
  if (!decision.judgement || *decision.judgement == Judgement::kNotYetJudged) {
    errors.push_back({"decision", "REQUIRED",
                      "Choose reasonable excuse, no reasonable excuse or waiting for evidence."});
  }
  if (IsBlank(decision.reason)) {
    errors.push_back({"reason", "REQUIRED", "Give the reason for the decision (ENF-3)."});
  }
  if (decision.judgement == Judgement::kAwaitingEvidence) {
    Date latest = calendar::AddWorkingDays(failure->date, rule.evidence_wait_working_days);
    if (!decision.evidence_until) {
      errors.push_back({"evidenceUntil", "REQUIRED", "Say until when you will wait for evidence."});
    } else if (*decision.evidence_until < today) {
      errors.push_back({"evidenceUntil", "PAST_DATE", "The wait cannot end in the past."});
    } else if (*decision.evidence_until > latest) {
      errors.push_back({"evidenceUntil", "TOO_LATE",
                        "A failure can wait for evidence for at most " +
                            std::to_string(rule.evidence_wait_working_days) +
                            " working days: judge it by " + FormatDate(latest) + "."});
    }
  } else if (decision.evidence_until) {
    errors.push_back({"evidenceUntil", "NOT_WAITING",
                      "A date to wait until is only for a decision to wait for evidence."});
  }
  if (!errors.empty()) {
    return InvalidArgument(std::move(errors));
  }
  switch (failure->status) {
    case FailureStatus::kWarned:
    case FailureStatus::kBreachStarted:
      return FailedPrecondition(
          "Enforcement action has been taken on this failure: withdraw it before changing the "
          "decision.");
    case FailureStatus::kOrderEnded:
      return FailedPrecondition("The order has ended.");
    default:
      break;
  }
  if (decision.judgement == Judgement::kAwaitingEvidence && failure->decide_by) {
    return FailedPrecondition("This failure is already waiting for evidence until " +
                              FormatDate(*failure->decide_by) + ": the wait cannot be extended.");
  }
  return Ok();
}

Status CheckWarning(const std::optional<FailureState>& failure, Date warning_date, Date today) {
  PROBITY_TRY(MustBeUnacceptable(failure, "a warning"));
  if (failure->status == FailureStatus::kBreachRequired) {
    return FailedPrecondition("A warning was given on " + FormatDate(*failure->warning_in_force) +
                              ", within 12 months before this failure: the law requires breach "
                              "action, not another warning (ENF-1).");
  }
  return CheckActionDate(warning_date, failure->date, today, "date");
}

Status CheckBreach(const std::optional<FailureState>& failure, const OrderState& order,
                   bool order_ended, Date breach_date, Date today) {
  if (order_ended) {
    return FailedPrecondition(
        "The order has ended (terminated, revoked or expired): breach cannot be started.");
  }
  PROBITY_TRY(MustBeUnacceptable(failure, "breach"));
  if (order.breach_pending) {
    return FailedPrecondition("A breach is already before the court for this order.");
  }
  return CheckActionDate(breach_date, failure->date, today, "date");
}

Status CheckCourtOutcome(const OrderHistory& order, std::int64_t breach_failure_id,
                         Date outcome_date, Date today) {
  const Action* breach = nullptr;
  for (const auto& a : order.actions) {
    if (a.kind == ActionKind::kBreach && !a.withdrawn && a.failure_id == breach_failure_id) {
      breach = &a;
    }
  }
  if (breach == nullptr) {
    return FailedPrecondition(
        "No breach was started for this failure: there is nothing for the "
        "court to have decided.");
  }
  for (const auto& c : order.court_outcomes) {
    if (c.breach_failure_id == breach_failure_id) {
      return FailedPrecondition("The court's outcome for this breach is already recorded (" +
                                FormatDate(c.date) + ").");
    }
  }
  if (outcome_date > today) {
    return InvalidArgument("date", "FUTURE_DATE", "The court's decision cannot be in the future.");
  }
  if (outcome_date < breach->date) {
    return InvalidArgument("date", "BEFORE_BREACH",
                           "The court cannot have decided before breach was started on " +
                               FormatDate(breach->date) + ".");
  }
  return Ok();
}

}  // namespace probity::enforcement
