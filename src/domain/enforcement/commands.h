// The checks every enforcement command must pass against the order as assessed (issue 5, "Bad
// input"): a decision without a reason, a warning for a failure already warned, a breach on an
// ended order, a court outcome for a breach never started — each refused with a clear message.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "domain/enforcement/warning_rule.h"

namespace probity::enforcement {

struct Decision {
  std::optional<Judgement>
      judgement;       // reasonable_excuse | no_reasonable_excuse | awaiting_evidence
  std::string reason;  // required (ENF-3)
  std::optional<Date> evidence_until;  // for awaiting_evidence
};

// ENF-3. `failure` is the failure's current state (nullopt: the contact is not a failure).
Status CheckDecision(const std::optional<FailureState>& failure, const Decision& decision,
                     const RuleSet& rule, Date today);

// ENF-1/ENF-2: a warning for a failure judged without reasonable excuse, not already actioned,
// with no warning in force (else breach is mandatory) and no breach before the court.
Status CheckWarning(const std::optional<FailureState>& failure, Date warning_date, Date today);

// ENF-1: breach for a failure judged without reasonable excuse, on an order still running, with
// no breach already before the court.
Status CheckBreach(const std::optional<FailureState>& failure, const OrderState& order,
                   bool order_ended, Date breach_date, Date today);

// ENF-5: a court outcome needs a breach started and not yet decided.
Status CheckCourtOutcome(const OrderHistory& order, std::int64_t breach_failure_id,
                         Date outcome_date, Date today);

}  // namespace probity::enforcement
