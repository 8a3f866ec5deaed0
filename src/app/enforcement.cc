#include "app/enforcement.h"

#include <algorithm>
#include <chrono>

#include "app/appointment_input.h"
#include "app/audit.h"
#include "app/enforcement_store.h"
#include "app/notifications.h"
#include "app/person_lookup.h"
#include "app/rar_days.h"
#include "app/sentences.h"
#include "app/tier.h"
#include "domain/contact/recording.h"
#include "domain/enforcement/commands.h"

namespace probity::app {
namespace {

using enforcement::ActionKind;
using enforcement::FailureState;

struct Loaded {
  person::Person person;
  EnforcementRecords records;
  std::vector<OrderEnforcement> orders;
};

Result<Loaded> Load(Tx& tx, const Actor& actor, const std::string& crn, CaseAction action,
                    Date today) {
  auto person = FindPersonFor(tx, actor, crn, action);
  PROBITY_TRY(person);
  auto records = tx.enforcement().ForPerson(person->id);
  PROBITY_TRY(records);
  Loaded loaded{std::move(*person), std::move(*records), {}};
  loaded.orders = AssessOrders(loaded.records, loaded.person.id, today);
  return loaded;
}

Result<EnforcementHistory> HistoryOf(Tx& tx, const person::Person& person, Date today) {
  auto records = tx.enforcement().ForPerson(person.id);
  PROBITY_TRY(records);
  auto corrections = tx.enforcement().Corrections(person.id);
  PROBITY_TRY(corrections);
  EnforcementHistory h;
  h.crn = person.crn.str();
  h.name = person.first_name + " " + person.surname;
  h.orders = AssessOrders(*records, person.id, today);
  h.corrections = std::move(*corrections);
  return h;
}

// The failure's order and its state under the rule; nullopt state when the contact is not a
// failure (or belongs to no order).
struct Located {
  const OrderEnforcement* order = nullptr;
  const FailureRecord* record = nullptr;
  std::optional<FailureState> state;
};

Located Locate(const std::vector<OrderEnforcement>& orders, std::int64_t contact) {
  for (const auto& o : orders) {
    for (std::size_t i = 0; i < o.failures.size(); ++i) {
      if (o.failures[i].contact.value() == contact) {
        Located found{&o, &o.failures[i], std::nullopt};
        for (const auto& s : o.state.failures) {
          if (s.id == contact) {
            found.state = s;
          }
        }
        return found;
      }
    }
  }
  return {};
}

Status CheckContactId(std::int64_t contact) {
  if (contact <= 0) {
    return InvalidArgument("contactId", "INVALID_FORMAT",
                           "A contact id is a positive whole number");
  }
  return Ok();
}

// The person has the contact at all (404 otherwise), so "not a failure" is told apart from
// "no such appointment".
Status MustHaveContact(Tx& tx, const person::Person& person, std::int64_t contact) {
  auto found = tx.contacts().Find(contact::ContactId(contact));
  PROBITY_TRY(found);
  if (!*found || (*found)->person != person.id) {
    return NotFound(person.crn.str() + " has no appointment with id " + std::to_string(contact));
  }
  return Ok();
}

std::string RecordId(const person::Person& person, const char* kind, std::int64_t id) {
  return person.crn.str() + "/" + kind + "/" + std::to_string(id);
}

const enforcement::RuleSet& RuleOf(const Located& at) {
  static const enforcement::RuleSet kDefault = enforcement::RuleSets().front();
  for (const auto& rule : enforcement::RuleSets()) {
    if (at.state && rule.id == at.state->rule_id) {
      return rule;
    }
  }
  return kDefault;
}

Result<ActionRecord> TakeAction(const Context& ctx, const Actor& actor, const std::string& crn,
                                const ActionRequest& request, ActionKind kind) {
  PROBITY_TRY(CheckContactId(request.contact));
  PROBITY_TRY(CheckText(request.notes, "notes"));
  const Date today = ctx.clock.Today();
  const Date date = request.date.value_or(today);
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  PROBITY_TRY(MustHaveContact(**tx, loaded->person, request.contact));
  Located at = Locate(loaded->orders, request.contact);
  if (kind == ActionKind::kWarning) {
    PROBITY_TRY(enforcement::CheckWarning(at.state, date, today));
  } else {
    enforcement::OrderState none;
    PROBITY_TRY(enforcement::CheckBreach(at.state, at.order ? at.order->state : none,
                                         at.order && at.order->ended, date, today));
  }
  const enforcement::RuleSet& rule = RuleOf(at);
  ActionRecord a;
  a.person = loaded->person.id;
  a.sentence = at.order->order.id;
  a.failure = contact::ContactId(request.contact);
  a.kind = kind;
  a.date = date;
  if (kind == ActionKind::kWarning) {
    a.respond_by = date + std::chrono::days{rule.warning_response_days};
  }
  a.notes = request.notes;
  a.created_at = ctx.clock.Now();
  a.created_by = actor.username;
  auto id = (*tx)->enforcement().InsertAction(a);
  PROBITY_TRY(id);
  a.id = *id;
  PROBITY_TRY((*tx)->audit().Append(MakeAudit(
      ctx, actor, kind == ActionKind::kWarning ? "enforcement.warning" : "enforcement.breach",
      "person", RecordId(loaded->person, "enforcement", a.id))));
  PROBITY_TRY((*tx)->Commit());
  return a;
}

const ActionRecord* FindAction(const std::vector<OrderEnforcement>& orders, std::int64_t id,
                               const OrderEnforcement** order) {
  for (const auto& o : orders) {
    for (const auto& a : o.actions) {
      if (a.id == id) {
        *order = &o;
        return &a;
      }
    }
  }
  return nullptr;
}

// A manager disagreeing with a decision tells the person's responsible officer, once per
// failure (the notice's key), through the one notification model.
Status TellOfficer(const Context& ctx, Tx& tx, const person::Person& person,
                   const FailureRecord& failure, const std::string& note) {
  auto allocation = tx.allocations().Current(person.id);
  PROBITY_TRY(allocation);
  if (!*allocation) {
    return Ok();
  }
  Notice notice;
  notice.created_at = ctx.clock.Now();
  notice.kind = "enforcement.review";
  notice.title = "Decision questioned: failure on " + FormatDateLong(failure.date);
  notice.body = "Your manager disagreed with the decision (" + note + "). Look at it again.";
  notice.dedupe_key = "enforcement.review:" + std::to_string(failure.contact.value());
  auto sent = NotifyOfficers(tx,
                             {{(*allocation)->allocation.officer, person.id, person.crn.str(),
                               person.first_name + " " + person.surname}},
                             notice);
  PROBITY_TRY(sent);
  return Ok();
}

}  // namespace

Result<EnforcementHistory> ViewEnforcement(const Context& ctx, const Actor& actor,
                                           const std::string& crn) {
  auto tx = ctx.store.Begin(TxKind::kRead);
  PROBITY_TRY(tx);
  auto person = FindPersonFor(**tx, actor, crn, CaseAction::kView);
  PROBITY_TRY(person);
  auto history = HistoryOf(**tx, *person, ctx.clock.Today());
  tx->reset();
  PROBITY_TRY(history);
  PROBITY_TRY(ctx.store.RecordAudit(
      {MakeAudit(ctx, actor, "person.enforcement.view", "person", person->crn.str())}));
  return history;
}

Result<EnforcementHistory> DecideFailure(const Context& ctx, const Actor& actor,
                                         const std::string& crn, const DecisionRequest& request) {
  PROBITY_TRY(CheckContactId(request.contact));
  PROBITY_TRY(CheckText(request.reason, "reason"));
  const Date today = ctx.clock.Today();
  enforcement::Decision decision;
  decision.reason = request.reason;
  decision.evidence_until = request.evidence_until;
  if (!request.decision.empty()) {
    decision.judgement = enforcement::ParseJudgement(request.decision);
    if (!decision.judgement || *decision.judgement == enforcement::Judgement::kNotYetJudged) {
      return InvalidArgument("decision", "UNKNOWN_DECISION",
                             "Choose reasonable_excuse, no_reasonable_excuse or "
                             "awaiting_evidence.");
    }
  }
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  PROBITY_TRY(MustHaveContact(**tx, loaded->person, request.contact));
  Located at = Locate(loaded->orders, request.contact);
  PROBITY_TRY(enforcement::CheckDecision(at.state, decision, RuleOf(at), today));
  FailureRecord saved = *at.record;
  saved.judgement = *decision.judgement;
  saved.reason = request.reason;
  saved.evidence_until = request.evidence_until;
  saved.decided_at = ctx.clock.Now();
  saved.decided_by = actor.username;
  PROBITY_TRY((*tx)->enforcement().SaveDecision(saved));
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, "enforcement.decision", "person",
                                      RecordId(loaded->person, "contact", request.contact))));
  auto history = HistoryOf(**tx, loaded->person, today);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

Result<EnforcementHistory> ReviewDecision(const Context& ctx, const Actor& actor,
                                          const std::string& crn, std::int64_t contact, bool agreed,
                                          const std::string& note) {
  PROBITY_TRY(CheckTeamOversightAccess(actor));
  PROBITY_TRY(CheckContactId(contact));
  PROBITY_TRY(CheckText(note, "note"));
  if (!agreed && note.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgument("note", "REQUIRED", "Say why you disagree with the decision.");
  }
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  PROBITY_TRY(MustHaveContact(**tx, loaded->person, contact));
  Located at = Locate(loaded->orders, contact);
  if (at.record == nullptr || !at.record->decided_at) {
    return FailedPrecondition("There is no decision on this appointment to review.");
  }
  PROBITY_TRY((*tx)->enforcement().Review(contact::ContactId(contact), agreed, note,
                                          ctx.clock.Now(), actor.username));
  if (!agreed) {
    PROBITY_TRY(TellOfficer(ctx, **tx, loaded->person, *at.record, note));
  }
  PROBITY_TRY((*tx)->audit().Append(MakeAudit(ctx, actor, "enforcement.review", "person",
                                              RecordId(loaded->person, "contact", contact))));
  auto history = HistoryOf(**tx, loaded->person, today);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

Result<EnforcementHistory> CorrectOutcome(const Context& ctx, const Actor& actor,
                                          const std::string& crn,
                                          const CorrectionRequest& request) {
  PROBITY_TRY(CheckContactId(request.contact));
  auto outcome = contact::ParseOutcome(request.outcome);
  if (!outcome) {
    return InvalidArgument("outcome", "UNKNOWN_OUTCOME",
                           "Choose an outcome code such as ATTC, AFTC, UAAB, AAAA, RSSR");
  }
  PROBITY_TRY(CheckText(request.outcome_reason, "outcomeReason"));
  PROBITY_TRY(CheckText(request.reason, "reason"));
  if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgument("reason", "REQUIRED", "Say why the recorded outcome was wrong.");
  }
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  auto found = (*tx)->contacts().Find(contact::ContactId(request.contact));
  PROBITY_TRY(found);
  if (!*found || (*found)->person != loaded->person.id) {
    return NotFound(loaded->person.crn.str() + " has no appointment with id " +
                    std::to_string(request.contact));
  }
  contact::Contact appointment = (*found)->contact;
  if (!appointment.outcome) {
    return FailedPrecondition(
        "This appointment has no outcome yet: record one rather than correct it.");
  }
  const contact::Outcome old_outcome = *appointment.outcome;
  if (old_outcome == *outcome) {
    return InvalidArgument(
        "outcome", "NO_CHANGE",
        "The outcome is already " + std::string(contact::OutcomeCode(*outcome)) + ".");
  }
  for (const auto& o : loaded->orders) {
    for (const auto& a : o.actions) {
      if (a.failure.value() == request.contact && !a.withdrawn) {
        return FailedPrecondition(
            std::string("A ") + enforcement::ActionKindCode(a.kind) + " given on " +
            FormatDate(a.date) +
            " answers this failure: withdraw it before correcting the outcome.");
      }
    }
  }
  appointment.outcome.reset();  // checked as if recording afresh (future dates, reasons)
  PROBITY_TRY(contact::CheckOutcome(appointment, *outcome, request.outcome_reason, today));
  auto events = (*tx)->sentences().ForPerson(loaded->person.id);
  PROBITY_TRY(events);
  PROBITY_TRY(CheckOutcomeFitsRar(**tx, *events, **found, *outcome, today));
  const Instant now = ctx.clock.Now();
  PROBITY_TRY((*tx)->contacts().CorrectOutcome(appointment.id, old_outcome, *outcome,
                                               request.outcome_reason, now, actor.username));
  if (!contact::IsFailure(*outcome)) {
    PROBITY_TRY((*tx)->enforcement().DeleteDecision(appointment.id));
  }
  PROBITY_TRY((*tx)->enforcement().InsertCorrection(
      {appointment.id, old_outcome, *outcome, request.reason, now, actor.username}));
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, "contact.outcome.correct", "person",
                                      RecordId(loaded->person, "contact", request.contact))));
  auto history = HistoryOf(**tx, loaded->person, today);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

Result<ActionRecord> GiveWarning(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const ActionRequest& request) {
  return TakeAction(ctx, actor, crn, request, ActionKind::kWarning);
}

Result<ActionRecord> StartBreach(const Context& ctx, const Actor& actor, const std::string& crn,
                                 const ActionRequest& request) {
  return TakeAction(ctx, actor, crn, request, ActionKind::kBreach);
}

Status WithdrawAction(const Context& ctx, const Actor& actor, const std::string& crn,
                      std::int64_t action, const std::string& reason) {
  PROBITY_TRY(CheckText(reason, "reason"));
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgument("reason", "REQUIRED", "Say why the action is withdrawn.");
  }
  const Date today = ctx.clock.Today();
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  const OrderEnforcement* order = nullptr;
  const ActionRecord* a = FindAction(loaded->orders, action, &order);
  if (a == nullptr) {
    return NotFound(loaded->person.crn.str() + " has no enforcement action with id " +
                    std::to_string(action));
  }
  if (a->withdrawn) {
    return FailedPrecondition("This action was already withdrawn.");
  }
  for (const auto& c : order->court_outcomes) {
    if (c.action == a->id) {
      return FailedPrecondition("The court has decided this breach: it cannot be withdrawn.");
    }
  }
  if (a->kind == ActionKind::kBreach && a->submitted_at) {
    return FailedPrecondition(
        "The breach pack was submitted to court: record the court's outcome instead.");
  }
  PROBITY_TRY((*tx)->enforcement().WithdrawAction(action, reason, ctx.clock.Now(), actor.username));
  PROBITY_TRY((*tx)->audit().Append(MakeAudit(ctx, actor, "enforcement.withdraw", "person",
                                              RecordId(loaded->person, "enforcement", action))));
  return (*tx)->Commit();
}

Result<EnforcementHistory> RecordCourtOutcome(const Context& ctx, const Actor& actor,
                                              const std::string& crn,
                                              const CourtOutcomeRequest& request) {
  auto kind = enforcement::ParseCourtOutcome(request.outcome);
  if (!kind) {
    return InvalidArgument("outcome", "UNKNOWN_OUTCOME",
                           "Choose no_action, order_continued, fine, requirements_varied or "
                           "revoked_and_resentenced.");
  }
  PROBITY_TRY(CheckText(request.details, "details"));
  if (*kind == enforcement::CourtOutcomeKind::kRequirementsVaried && request.variations.empty()) {
    return InvalidArgument("variations", "REQUIRED",
                           "Say which requirements the court varied and how.");
  }
  if (*kind != enforcement::CourtOutcomeKind::kRequirementsVaried && !request.variations.empty()) {
    return InvalidArgument("variations", "NOT_VARIED",
                           "Variations are recorded only with the outcome requirements_varied.");
  }
  const Date today = ctx.clock.Today();
  const Date date = request.date.value_or(today);
  auto tx = ctx.store.Begin(TxKind::kWrite);
  PROBITY_TRY(tx);
  auto loaded = Load(**tx, actor, crn, CaseAction::kChange, today);
  PROBITY_TRY(loaded);
  const OrderEnforcement* order = nullptr;
  const ActionRecord* breach = FindAction(loaded->orders, request.action, &order);
  if (breach == nullptr || breach->kind != ActionKind::kBreach || breach->withdrawn) {
    return FailedPrecondition("No breach with id " + std::to_string(request.action) +
                              " was started for " + loaded->person.crn.str() +
                              ": there is nothing for the court to have decided.");
  }
  PROBITY_TRY(enforcement::CheckCourtOutcome(order->history, breach->failure.value(), date, today));
  const std::string reason = std::string("Court outcome of breach on ") + FormatDate(breach->date) +
                             ": " + enforcement::CourtOutcomeName(*kind);
  for (std::size_t i = 0; i < request.variations.size(); ++i) {
    const auto& v = request.variations[i];
    if (std::find(order->order.requirements.begin(), order->order.requirements.end(),
                  sentence::RequirementId(v.requirement)) == order->order.requirements.end()) {
      return InvalidArgument(
          "variations[" + std::to_string(i) + "].requirementId", "NOT_IN_ORDER",
          "Requirement " + std::to_string(v.requirement) + " is not part of the breached order.");
    }
    sentence::RequirementVariation variation;
    variation.length = v.length;
    variation.end_date = v.end_date;
    variation.reason = reason;
    auto varied = VaryRequirementIn(ctx, actor, **tx, crn, v.requirement, variation);
    if (!varied) {
      Error error = varied.error();
      for (auto& f : error.fields) {
        f.field = "variations[" + std::to_string(i) + "]." + f.field;
      }
      return error;
    }
  }
  if (*kind == enforcement::CourtOutcomeKind::kRevokedAndResentenced) {
    auto events = (*tx)->sentences().ForPerson(loaded->person.id);
    PROBITY_TRY(events);
    for (const auto& event : *events) {
      for (const auto& s : event.sentences) {
        if (s.id != order->order.id) {
          continue;
        }
        for (const auto& r : s.requirements) {
          if (r.status == sentence::RequirementStatus::kActive) {
            EndingRequest ending{"terminated", reason, date};
            PROBITY_TRY(EndRequirementIn(ctx, actor, **tx, crn, r.id.value(), ending));
          }
        }
      }
    }
  }
  PROBITY_TRY((*tx)->enforcement().InsertCourtOutcome(
      {breach->id, *kind, date, request.details, ctx.clock.Now(), actor.username}));
  // TIER-1: a decided breach is §4's breach/recall factor for women (tier.md point 5).
  PROBITY_TRY(RecalculateTier(ctx, **tx, loaded->person, "enforcement.court_outcome"));
  PROBITY_TRY(
      (*tx)->audit().Append(MakeAudit(ctx, actor, "enforcement.court_outcome", "person",
                                      RecordId(loaded->person, "enforcement", breach->id))));
  auto history = HistoryOf(**tx, loaded->person, today);
  PROBITY_TRY(history);
  PROBITY_TRY((*tx)->Commit());
  return history;
}

}  // namespace probity::app
