// Compliance and enforcement (issue 5): judging failures (ENF-3), correcting wrongly recorded
// outcomes, warnings and breaches (ENF-1/2) with the statutory rule deciding which are allowed,
// the court's outcome with the order following it (ENF-5), and each order's enforcement history.
// The worklist is in app/enforcement_worklist.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/enforcement_orders.h"
#include "app/ports.h"
#include "core/result.h"

namespace probity::app {

struct EnforcementHistory {
  std::string crn;
  std::string name;
  std::vector<OrderEnforcement> orders;
  std::vector<OutcomeCorrection> corrections;
};

// Every order of the person with failures or enforcement action, assessed as at today
// (audited "person.enforcement.view").
Result<EnforcementHistory> ViewEnforcement(const Context& ctx, const Actor& actor,
                                           const std::string& crn);

struct DecisionRequest {
  std::int64_t contact = 0;
  std::string decision;  // reasonable_excuse | no_reasonable_excuse | awaiting_evidence
  std::string reason;
  std::optional<Date> evidence_until{};
};

// ENF-3: records the officer's decision on a failure (audited "enforcement.decision"). Errors
// name the field (decision, reason, evidenceUntil); kFailedPrecondition when the contact is not a
// failure or enforcement action already answers it.
Result<EnforcementHistory> DecideFailure(const Context& ctx, const Actor& actor,
                                         const std::string& crn, const DecisionRequest& request);

// A manager agrees or disagrees with a decision, with a note (audited "enforcement.review").
// Managers and administrators only; a note is required when disagreeing, and disagreeing sends
// the responsible officer one notice.
Result<EnforcementHistory> ReviewDecision(const Context& ctx, const Actor& actor,
                                          const std::string& crn, std::int64_t contact, bool agreed,
                                          const std::string& note);

struct CorrectionRequest {
  std::int64_t contact = 0;
  std::string outcome;         // the right Delius code
  std::string outcome_reason;  // for an acceptable absence
  std::string reason;          // why the record was wrong: required
};

// Corrects a wrongly recorded outcome (audited "contact.outcome.correct"): the old and new codes
// and the reason are kept; a decision on a failure that is no longer one is dropped. Refused
// while a warning or breach answers the contact (withdraw it first). RAR days, failures and
// warnings all follow because they are always computed from the record.
Result<EnforcementHistory> CorrectOutcome(const Context& ctx, const Actor& actor,
                                          const std::string& crn, const CorrectionRequest& request);

struct ActionRequest {
  std::int64_t contact = 0;  // the failure
  std::optional<Date> date;  // default today
  std::string notes;
};

// ENF-1/ENF-2: gives a warning (audited "enforcement.warning"); the person must respond within
// the rule's 7 days. Refused when the rule requires breach, the failure is not judged or already
// actioned, or a breach is before the court.
Result<ActionRecord> GiveWarning(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const ActionRequest& request);

// ENF-1: starts breach (audited "enforcement.breach"). Refused on an ended order, an unjudged or
// actioned failure, or while another breach of the order is before the court.
Result<ActionRecord> StartBreach(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const ActionRequest& request);

// EA07: withdraws a warning or breach with a reason (audited "enforcement.withdraw"). A breach
// with a court outcome, or a submitted breach pack, cannot be withdrawn.
Status WithdrawAction(const Context& ctx, const Actor& actor, const std::string& crn,
                      std::int64_t action, const std::string& reason);

struct RequirementVariationRequest {
  std::int64_t requirement = 0;
  std::optional<int> length;  // e.g. more RAR days
  std::optional<Date> end_date;
};

struct CourtOutcomeRequest {
  std::int64_t action = 0;   // the breach
  std::string outcome;       // no_action | order_continued | fine | requirements_varied |
                             // revoked_and_resentenced
  std::optional<Date> date;  // default today
  std::string details;       // e.g. the fine's amount, the new sentence
  std::vector<RequirementVariationRequest> variations;  // requirements_varied: at least one
};

// ENF-5: records the court's outcome of a breach (audited "enforcement.court_outcome") and makes
// the order follow it in the same transaction: requirements varied through the statutory limits
// (sentence::VaryRequirement, history "varied"), or every active requirement terminated when the
// order is revoked. Refused for a breach never started or already decided.
Result<EnforcementHistory> RecordCourtOutcome(const Context& ctx, const Actor& actor,
                                              const std::string& crn,
                                              const CourtOutcomeRequest& request);

}  // namespace probity::app
