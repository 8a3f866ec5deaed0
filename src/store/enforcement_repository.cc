#include "store/enforcement_repository.h"

#include "store/repositories.h"

namespace probity::store {
namespace {

constexpr const char* kFailureOutcomes = "('AFTC', 'ATSH', 'AFTA', 'UAAB')";

// "<column> IN (the scope's people)" with the scope's id as $1.
std::string InScope(const app::CaseloadScope& scope, const std::string& column) {
  if (scope.team) {
    return column +
           " IN (SELECT a.person_id FROM allocation a JOIN staff s ON s.staff_id = a.staff_id"
           " WHERE a.ended_on IS NULL AND s.team_id = $1)";
  }
  return column + " IN (SELECT person_id FROM allocation WHERE ended_on IS NULL AND staff_id = $1)";
}

std::int64_t ScopeId(const app::CaseloadScope& scope) {
  return scope.team ? scope.team->value() : scope.officer.value_or(org::StaffId(0)).value();
}

const char* kFailureColumns =
    "SELECT c.contact_id, c.person_id, c.requirement_id, c.contact_date, c.contact_type,"
    " c.outcome, c.notes, d.judgement, d.reason, d.evidence_until, d.decided_at, d.decided_by,"
    " d.reviewed_at, d.reviewed_by, d.review_agreed, d.review_note"
    " FROM contact c LEFT JOIN failure_decision d ON d.contact_id = c.contact_id";

app::FailureRecord ReadFailure(const Row& r) {
  app::FailureRecord f;
  f.contact = contact::ContactId(r.Int(0));
  f.person = person::PersonId(r.Int(1));
  if (!r.IsNull(2)) {
    f.requirement = sentence::RequirementId(r.Int(2));
  }
  f.date = ParseDate(r.Text(3)).value_or(Date{});
  f.type = contact::ParseContactType(r.Text(4)).value_or(contact::ContactType::kOther);
  f.outcome = contact::ParseOutcome(r.Text(5)).value_or(contact::Outcome::kUnacceptableAbsence);
  f.outcome_notes = r.Text(6);
  if (!r.IsNull(7)) {
    f.judgement =
        enforcement::ParseJudgement(r.Text(7)).value_or(enforcement::Judgement::kNotYetJudged);
    f.reason = r.Text(8);
    if (!r.IsNull(9)) {
      f.evidence_until = ParseDate(r.Text(9));
    }
    f.decided_at = ParseInstant(r.Text(10));
    f.decided_by = r.Text(11);
    if (!r.IsNull(12)) {
      f.reviewed_at = ParseInstant(r.Text(12));
      f.reviewed_by = r.Text(13);
      f.review_agreed = r.Int(14) == 1;
      f.review_note = r.Text(15);
    }
  }
  return f;
}

const char* kActionColumns =
    "SELECT e.action_id, e.person_id, e.sentence_id, e.contact_id, e.kind, e.action_date,"
    " e.respond_by, e.notes, e.created_at, e.created_by, e.withdrawn_at, e.withdrawn_reason,"
    " doc.submitted_at"
    " FROM enforcement_action e LEFT JOIN enforcement_document doc ON doc.action_id = e.action_id";

app::ActionRecord ReadAction(const Row& r) {
  app::ActionRecord a;
  a.id = r.Int(0);
  a.person = person::PersonId(r.Int(1));
  a.sentence = sentence::SentenceId(r.Int(2));
  a.failure = contact::ContactId(r.Int(3));
  a.kind =
      r.Text(4) == "breach" ? enforcement::ActionKind::kBreach : enforcement::ActionKind::kWarning;
  a.date = ParseDate(r.Text(5)).value_or(Date{});
  if (!r.IsNull(6)) {
    a.respond_by = ParseDate(r.Text(6));
  }
  a.notes = r.Text(7);
  a.created_at = ParseInstant(r.Text(8)).value_or(Instant{});
  a.created_by = r.Text(9);
  a.withdrawn = !r.IsNull(10);
  if (a.withdrawn) {
    a.withdrawn_reason = r.Text(11);
  }
  if (!r.IsNull(12)) {
    a.submitted_at = ParseInstant(r.Text(12));
  }
  return a;
}

const char* kCourtColumns =
    "SELECT o.action_id, o.outcome, o.outcome_date, o.details, o.recorded_at, o.recorded_by"
    " FROM court_outcome o JOIN enforcement_action e ON e.action_id = o.action_id";

app::CourtOutcomeRecord ReadCourtOutcome(const Row& r) {
  app::CourtOutcomeRecord o;
  o.action = r.Int(0);
  o.kind = enforcement::ParseCourtOutcome(r.Text(1)).value_or(
      enforcement::CourtOutcomeKind::kOrderContinued);
  o.date = ParseDate(r.Text(2)).value_or(Date{});
  o.details = r.Text(3);
  o.recorded_at = ParseInstant(r.Text(4)).value_or(Instant{});
  o.recorded_by = r.Text(5);
  return o;
}

const char* kOrderColumns =
    "SELECT se.sentence_id, ev.person_id, se.order_type, se.sentence_date, se.end_date,"
    " (SELECT COUNT(*) FROM requirement r WHERE r.sentence_id = se.sentence_id"
    "   AND r.status <> 'terminated')"
    " FROM sentence se JOIN event ev ON ev.event_id = se.event_id";

app::OrderSummary ReadOrder(const Row& r) {
  app::OrderSummary o;
  o.id = sentence::SentenceId(r.Int(0));
  o.person = person::PersonId(r.Int(1));
  o.type = sentence::ParseOrderType(r.Text(2)).value_or(sentence::OrderType::kCommunityOrder);
  o.sentence_date = ParseDate(r.Text(3)).value_or(Date{});
  o.end_date = ParseDate(r.Text(4)).value_or(Date{});
  o.revoked_or_terminated = r.Int(5) == 0;
  return o;
}

const char* kRequirementColumns =
    "SELECT r.requirement_id, r.sentence_id FROM requirement r"
    " JOIN sentence se ON se.sentence_id = r.sentence_id JOIN event ev ON ev.event_id = "
    "se.event_id";

// Reads the orders (with their requirement ids), actions and court outcomes of the people that
// `where` (a condition on a person_id column, given its alias) selects with `id` as $1.
template <typename Where>
Status ReadOrdersAndActions(Connection& c, const Where& where, std::int64_t id,
                            app::EnforcementRecords& out) {
  auto orders = c.Query(std::string(kOrderColumns) + " WHERE " + where("ev.person_id") +
                            " ORDER BY se.sentence_date, se.sentence_id",
                        id);
  PROBITY_TRY(orders);
  PROBITY_TRY(ForEachRow(**orders, [&](const Row& r) { out.orders.push_back(ReadOrder(r)); }));
  auto requirements =
      c.Query(std::string(kRequirementColumns) + " WHERE " + where("ev.person_id"), id);
  PROBITY_TRY(requirements);
  PROBITY_TRY(ForEachRow(**requirements, [&](const Row& r) {
    for (auto& o : out.orders) {
      if (o.id.value() == r.Int(1)) {
        o.requirements.emplace_back(r.Int(0));
      }
    }
  }));
  auto actions = c.Query(std::string(kActionColumns) + " WHERE " + where("e.person_id") +
                             " ORDER BY e.action_date, e.action_id",
                         id);
  PROBITY_TRY(actions);
  PROBITY_TRY(ForEachRow(**actions, [&](const Row& r) { out.actions.push_back(ReadAction(r)); }));
  auto court = c.Query(
      std::string(kCourtColumns) + " WHERE " + where("e.person_id") + " ORDER BY o.outcome_date",
      id);
  PROBITY_TRY(court);
  PROBITY_TRY(ForEachRow(**court,
                         [&](const Row& r) { out.court_outcomes.push_back(ReadCourtOutcome(r)); }));
  return Ok();
}

}  // namespace

Result<app::EnforcementRecords> SqlEnforcementRepository::ForPerson(person::PersonId person) {
  app::EnforcementRecords out;
  auto where = [](const std::string& column) { return column + " = $1"; };
  auto failures =
      c_.Query(std::string(kFailureColumns) + " WHERE c.person_id = $1 AND c.outcome IN " +
                   kFailureOutcomes + " ORDER BY c.contact_date, c.contact_id",
               person.value());
  PROBITY_TRY(failures);
  PROBITY_TRY(
      ForEachRow(**failures, [&](const Row& r) { out.failures.push_back(ReadFailure(r)); }));
  PROBITY_TRY(ReadOrdersAndActions(c_, where, person.value(), out));
  return out;
}

Result<app::EnforcementRecords> SqlEnforcementRepository::OpenForCaseload(
    const app::CaseloadScope& scope, Date since) {
  app::EnforcementRecords out;
  std::int64_t id = ScopeId(scope);
  auto where = [&](const std::string& column) { return InScope(scope, column); };
  std::string cases_sql =
      "SELECT p.person_id, p.crn, p.first_name || ' ' || p.surname, s.staff_id,"
      " s.first_name || ' ' || s.surname, s.code"
      " FROM allocation a JOIN person p ON p.person_id = a.person_id"
      " JOIN staff s ON s.staff_id = a.staff_id WHERE a.ended_on IS NULL AND ";
  cases_sql += scope.team ? "s.team_id = $1" : "a.staff_id = $1";
  cases_sql += " ORDER BY p.crn";
  auto cases = c_.Query(cases_sql, id);
  PROBITY_TRY(cases);
  PROBITY_TRY(ForEachRow(**cases, [&](const Row& r) {
    out.cases.push_back({person::PersonId(r.Int(0)), r.Text(1), r.Text(2), org::StaffId(r.Int(3)),
                         r.Text(4), r.Text(5)});
  }));
  auto failures = c_.Query(std::string(kFailureColumns) + " WHERE " + where("c.person_id") +
                               " AND c.outcome IN " + kFailureOutcomes +
                               " AND c.contact_date >= $2"
                               " AND (d.contact_id IS NULL OR d.judgement = 'awaiting_evidence'"
                               "  OR (d.judgement = 'no_reasonable_excuse' AND NOT EXISTS (SELECT 1"
                               "   FROM enforcement_action x WHERE x.contact_id = c.contact_id"
                               "   AND x.withdrawn_at IS NULL)))"
                               " ORDER BY c.contact_date, c.contact_id",
                           id, FormatDate(since));
  PROBITY_TRY(failures);
  PROBITY_TRY(
      ForEachRow(**failures, [&](const Row& r) { out.failures.push_back(ReadFailure(r)); }));
  PROBITY_TRY(ReadOrdersAndActions(c_, where, id, out));
  return out;
}

Result<std::vector<app::OutcomeCorrection>> SqlEnforcementRepository::Corrections(
    person::PersonId person) {
  auto q = c_.Query(
      "SELECT k.contact_id, k.old_outcome, k.new_outcome, k.reason, k.corrected_at,"
      " k.corrected_by FROM outcome_correction k JOIN contact c ON c.contact_id = k.contact_id"
      " WHERE c.person_id = $1 ORDER BY k.outcome_correction_id",
      person.value());
  PROBITY_TRY(q);
  std::vector<app::OutcomeCorrection> out;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    app::OutcomeCorrection k;
    k.contact = contact::ContactId(r.Int(0));
    k.old_outcome = contact::ParseOutcome(r.Text(1)).value_or(contact::Outcome::kAttendedComplied);
    k.new_outcome = contact::ParseOutcome(r.Text(2)).value_or(contact::Outcome::kAttendedComplied);
    k.reason = r.Text(3);
    k.corrected_at = ParseInstant(r.Text(4)).value_or(Instant{});
    k.corrected_by = r.Text(5);
    out.push_back(std::move(k));
  }));
  return out;
}

Status SqlEnforcementRepository::SaveDecision(const app::FailureRecord& d) {
  auto q = c_.Query(
      "INSERT INTO failure_decision (contact_id, judgement, reason, evidence_until, decided_at,"
      " decided_by) VALUES ($1, $2, $3, $4, $5, $6)"
      " ON CONFLICT (contact_id) DO UPDATE SET judgement = excluded.judgement,"
      " reason = excluded.reason, evidence_until = excluded.evidence_until,"
      " decided_at = excluded.decided_at, decided_by = excluded.decided_by,"
      " reviewed_at = NULL, reviewed_by = NULL, review_agreed = NULL, review_note = ''",
      d.contact.value(), enforcement::JudgementCode(d.judgement), d.reason,
      OptDateText(d.evidence_until), FormatInstant(d.decided_at.value_or(Instant{})), d.decided_by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlEnforcementRepository::Review(contact::ContactId failure, bool agreed,
                                        const std::string& note, Instant at,
                                        const std::string& by) {
  auto q = c_.Query(
      "UPDATE failure_decision SET reviewed_at = $2, reviewed_by = $3, review_agreed = $4,"
      " review_note = $5 WHERE contact_id = $1",
      failure.value(), FormatInstant(at), by, std::int64_t{agreed ? 1 : 0}, note);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlEnforcementRepository::DeleteDecision(contact::ContactId failure) {
  auto q = c_.Query("DELETE FROM failure_decision WHERE contact_id = $1", failure.value());
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::int64_t> SqlEnforcementRepository::InsertAction(const app::ActionRecord& a) {
  auto q = c_.Query(
      "INSERT INTO enforcement_action (person_id, sentence_id, contact_id, kind, action_date,"
      " respond_by, notes, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
      " RETURNING action_id",
      a.person.value(), a.sentence.value(), a.failure.value(), enforcement::ActionKindCode(a.kind),
      FormatDate(a.date), OptDateText(a.respond_by), a.notes, FormatInstant(a.created_at),
      a.created_by);
  PROBITY_TRY(q);
  return InsertReturningId(**q);
}

Status SqlEnforcementRepository::WithdrawAction(std::int64_t action, const std::string& reason,
                                                Instant at, const std::string& by) {
  auto q = c_.Query(
      "UPDATE enforcement_action SET withdrawn_at = $2, withdrawn_by = $3, withdrawn_reason = $4"
      " WHERE action_id = $1 AND withdrawn_at IS NULL",
      action, FormatInstant(at), by, reason);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlEnforcementRepository::InsertCourtOutcome(const app::CourtOutcomeRecord& o) {
  auto q = c_.Query(
      "INSERT INTO court_outcome (action_id, outcome, outcome_date, details, recorded_at,"
      " recorded_by) VALUES ($1, $2, $3, $4, $5, $6)",
      o.action, enforcement::CourtOutcomeCode(o.kind), FormatDate(o.date), o.details,
      FormatInstant(o.recorded_at), o.recorded_by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Status SqlEnforcementRepository::SaveDocument(const app::FrozenDocument& d) {
  auto q = c_.Query(
      "INSERT INTO enforcement_document (action_id, kind, content, submitted_at, submitted_by)"
      " VALUES ($1, $2, $3, $4, $5)",
      d.action, d.kind, d.content, FormatInstant(d.submitted_at), d.submitted_by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<std::optional<app::FrozenDocument>> SqlEnforcementRepository::FindDocument(
    std::int64_t action) {
  auto q = c_.Query(
      "SELECT action_id, kind, content, submitted_at, submitted_by FROM enforcement_document"
      " WHERE action_id = $1",
      action);
  PROBITY_TRY(q);
  std::optional<app::FrozenDocument> out;
  PROBITY_TRY(ForEachRow(**q, [&](const Row& r) {
    out = app::FrozenDocument{r.Int(0), r.Text(1), r.Text(2),
                              ParseInstant(r.Text(3)).value_or(Instant{}), r.Text(4)};
  }));
  return out;
}

Status SqlEnforcementRepository::InsertCorrection(const app::OutcomeCorrection& k) {
  auto q = c_.Query(
      "INSERT INTO outcome_correction (contact_id, old_outcome, new_outcome, reason, corrected_at,"
      " corrected_by) VALUES ($1, $2, $3, $4, $5, $6)",
      k.contact.value(), contact::OutcomeCode(k.old_outcome), contact::OutcomeCode(k.new_outcome),
      k.reason, FormatInstant(k.corrected_at), k.corrected_by);
  PROBITY_TRY(q);
  return (*q)->Run();
}

}  // namespace probity::store
