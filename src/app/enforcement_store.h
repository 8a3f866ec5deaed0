// The enforcement port (issue 5): failures with the officer's decisions, warnings and breaches,
// frozen letters and packs, court outcomes and outcome corrections. store/ implements it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/contact/contact.h"
#include "domain/enforcement/warning_rule.h"
#include "domain/org/org.h"
#include "domain/person/person.h"
#include "domain/sentence/sentence.h"

namespace probity::app {

// A contact whose outcome is a failure (contact::IsFailure) with the decision on it, if any.
struct FailureRecord {
  contact::ContactId contact;
  person::PersonId person;
  std::optional<sentence::RequirementId> requirement;
  Date date{};
  contact::ContactType type = contact::ContactType::kOther;
  contact::Outcome outcome = contact::Outcome::kUnacceptableAbsence;
  std::string outcome_notes;
  enforcement::Judgement judgement = enforcement::Judgement::kNotYetJudged;
  std::string reason;
  std::optional<Date> evidence_until;
  std::optional<Instant> decided_at;
  std::string decided_by;
  std::optional<Instant> reviewed_at;
  std::string reviewed_by;
  std::optional<bool> review_agreed;
  std::string review_note;
};

struct ActionRecord {
  std::int64_t id = 0;
  person::PersonId person;
  sentence::SentenceId sentence;
  contact::ContactId failure;
  enforcement::ActionKind kind = enforcement::ActionKind::kWarning;
  Date date{};
  std::optional<Date> respond_by;  // warning: the person's 7 days to respond
  std::string notes;
  Instant created_at{};
  std::string created_by;
  bool withdrawn = false;
  std::string withdrawn_reason;
  std::optional<Instant> submitted_at;  // the letter or pack, once submitted and frozen
};

struct CourtOutcomeRecord {
  std::int64_t action = 0;  // the breach
  enforcement::CourtOutcomeKind kind = enforcement::CourtOutcomeKind::kOrderContinued;
  Date date{};
  std::string details;
  Instant recorded_at{};
  std::string recorded_by;
};

struct FrozenDocument {
  std::int64_t action = 0;
  std::string kind;     // "warning_letter" | "breach_pack"
  std::string content;  // the document's text as submitted (see app/enforcement_documents.h)
  Instant submitted_at{};
  std::string submitted_by;
};

struct OutcomeCorrection {
  contact::ContactId contact;
  contact::Outcome old_outcome = contact::Outcome::kAttendedComplied;
  contact::Outcome new_outcome = contact::Outcome::kAttendedComplied;
  std::string reason;
  Instant corrected_at{};
  std::string corrected_by;
};

// A person on an officer's caseload.
struct EnforcementCase {
  person::PersonId person;
  std::string crn;
  std::string name;
  org::StaffId officer;
  std::string officer_name;
  std::string officer_code;
};

// An order as the warning rule needs it.
struct OrderSummary {
  sentence::SentenceId id;
  person::PersonId person;
  sentence::OrderType type = sentence::OrderType::kCommunityOrder;
  Date sentence_date{};
  Date end_date{};
  bool revoked_or_terminated = false;  // no active or completed requirement left
  std::vector<sentence::RequirementId> requirements;
};

// Whose caseload: a team's, or one officer's.
struct CaseloadScope {
  std::optional<org::TeamId> team;
  std::optional<org::StaffId> officer;
};

// Everything the rule needs for a set of people, read in a handful of queries.
struct EnforcementRecords {
  std::vector<EnforcementCase> cases;  // empty when read for one person
  std::vector<OrderSummary> orders;
  std::vector<FailureRecord> failures;  // oldest first
  std::vector<ActionRecord> actions;
  std::vector<CourtOutcomeRecord> court_outcomes;
};

class EnforcementRepository {
 public:
  virtual ~EnforcementRepository() = default;
  // Every order, failure, action and court outcome of the person.
  virtual Result<EnforcementRecords> ForPerson(person::PersonId person) = 0;
  // The people currently allocated to the team's officers (or to one officer), their orders,
  // their failures on or after `since` still open (not judged, waiting for evidence, or judged
  // without reasonable excuse and not yet actioned), and every action and court outcome.
  virtual Result<EnforcementRecords> OpenForCaseload(const CaseloadScope& scope, Date since) = 0;
  virtual Result<std::vector<OutcomeCorrection>> Corrections(person::PersonId person) = 0;
  // Inserts or replaces the decision on a failure (the previous one stays in the audit log).
  virtual Status SaveDecision(const FailureRecord& decision) = 0;
  virtual Status Review(contact::ContactId failure, bool agreed, const std::string& note,
                        Instant at, const std::string& by) = 0;
  // Drops the decision (after a correction makes the contact no longer a failure).
  virtual Status DeleteDecision(contact::ContactId failure) = 0;
  virtual Result<std::int64_t> InsertAction(const ActionRecord& action) = 0;
  virtual Status WithdrawAction(std::int64_t action, const std::string& reason, Instant at,
                                const std::string& by) = 0;
  virtual Status InsertCourtOutcome(const CourtOutcomeRecord& outcome) = 0;
  virtual Status SaveDocument(const FrozenDocument& document) = 0;
  virtual Result<std::optional<FrozenDocument>> FindDocument(std::int64_t action) = 0;
  virtual Status InsertCorrection(const OutcomeCorrection& correction) = 0;
};

}  // namespace probity::app
