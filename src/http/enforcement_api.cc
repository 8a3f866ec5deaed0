#include "http/enforcement_api.h"

#include <boost/json.hpp>

#include "app/enforcement.h"
#include "app/enforcement_worklist.h"
#include "app/timeline.h"
#include "http/api_support.h"

namespace probity::http {
namespace {

namespace json = boost::json;

json::value DateOrNull(const std::optional<Date>& date) {
  return date ? json::value(FormatDate(*date)) : json::value(nullptr);
}

json::value InstantOrNull(const std::optional<Instant>& at) {
  return at ? json::value(FormatInstant(*at)) : json::value(nullptr);
}

json::object ActionObject(const app::ActionRecord& a) {
  return {{"actionId", a.id},
          {"kind", enforcement::ActionKindCode(a.kind)},
          {"contactId", a.failure.value()},
          {"sentenceId", a.sentence.value()},
          {"date", FormatDate(a.date)},
          {"respondBy", DateOrNull(a.respond_by)},
          {"notes", a.notes},
          {"createdBy", a.created_by},
          {"createdAt", FormatInstant(a.created_at)},
          {"withdrawn", a.withdrawn},
          {"withdrawnReason", a.withdrawn_reason},
          {"documentSubmittedAt", InstantOrNull(a.submitted_at)}};
}

std::string ActionJson(const app::ActionRecord& a) {
  return json::serialize(ActionObject(a));
}

json::object FailureObject(const app::FailureRecord& f, const enforcement::FailureState* state) {
  json::object o{{"contactId", f.contact.value()},
                 {"date", FormatDate(f.date)},
                 {"type", contact::ContactTypeCode(f.type)},
                 {"outcome", contact::OutcomeCode(f.outcome)},
                 {"decision", enforcement::JudgementCode(f.judgement)},
                 {"reason", f.reason},
                 {"evidenceUntil", DateOrNull(f.evidence_until)},
                 {"decidedBy", f.decided_by},
                 {"decidedAt", InstantOrNull(f.decided_at)}};
  if (f.reviewed_at) {
    o["review"] = json::object{{"agreed", f.review_agreed.value_or(false)},
                               {"note", f.review_note},
                               {"reviewedBy", f.reviewed_by},
                               {"reviewedAt", FormatInstant(*f.reviewed_at)}};
  } else {
    o["review"] = nullptr;
  }
  if (state != nullptr) {
    o["status"] = enforcement::StatusCode(state->status);
    o["actionDue"] = FormatDate(state->action_due);
    o["decideBy"] = DateOrNull(state->decide_by);
    o["warningInForce"] = DateOrNull(state->warning_in_force);
    o["rule"] = state->rule_id;
    o["explanation"] = state->explanation;
  }
  return o;
}

std::string HistoryJson(const app::EnforcementHistory& h) {
  json::array orders;
  for (const auto& o : h.orders) {
    json::array failures;
    for (const auto& f : o.failures) {
      const enforcement::FailureState* state = nullptr;
      for (const auto& s : o.state.failures) {
        if (s.id == f.contact.value()) {
          state = &s;
        }
      }
      failures.push_back(FailureObject(f, state));
    }
    json::array actions;
    for (const auto& a : o.actions) {
      json::object action = ActionObject(a);
      action["courtOutcome"] = nullptr;
      for (const auto& c : o.court_outcomes) {
        if (c.action == a.id) {
          action["courtOutcome"] = json::object{{"outcome", enforcement::CourtOutcomeCode(c.kind)},
                                                {"date", FormatDate(c.date)},
                                                {"details", c.details},
                                                {"recordedBy", c.recorded_by}};
        }
      }
      actions.push_back(std::move(action));
    }
    orders.push_back({{"sentenceId", o.order.id.value()},
                      {"orderType", sentence::OrderTypeCode(o.order.type)},
                      {"sentenceDate", FormatDate(o.order.sentence_date)},
                      {"endDate", FormatDate(o.order.end_date)},
                      {"ended", o.ended},
                      {"counts",
                       {{"unacceptableFailures", o.state.unacceptable_failures},
                        {"warnings", o.state.warnings},
                        {"breaches", o.state.breaches}}},
                      {"breachPending", o.state.breach_pending},
                      {"latestWarning", DateOrNull(o.state.latest_warning)},
                      {"warningWindowEnds", DateOrNull(o.state.warning_window_ends)},
                      {"failures", std::move(failures)},
                      {"actions", std::move(actions)}});
  }
  json::array corrections;
  for (const auto& k : h.corrections) {
    corrections.push_back({{"contactId", k.contact.value()},
                           {"oldOutcome", contact::OutcomeCode(k.old_outcome)},
                           {"newOutcome", contact::OutcomeCode(k.new_outcome)},
                           {"reason", k.reason},
                           {"correctedBy", k.corrected_by},
                           {"correctedAt", FormatInstant(k.corrected_at)}});
  }
  return json::serialize(json::object{{"crn", h.crn},
                                      {"name", h.name},
                                      {"orders", std::move(orders)},
                                      {"corrections", std::move(corrections)}});
}

Result<app::DecisionRequest> ReadDecision(const Request& r) {
  auto body = JsonObjectBody(r, {"decision", "reason", "evidenceUntil"});
  PROBITY_TRY(body);
  app::DecisionRequest d;
  d.contact = PathId(r, "id");
  auto decision = StringMember(*body, "decision", false);
  PROBITY_TRY(decision);
  auto reason = StringMember(*body, "reason", false);
  PROBITY_TRY(reason);
  auto until = DateMember(*body, "evidenceUntil");
  PROBITY_TRY(until);
  d.decision = std::move(*decision);
  d.reason = std::move(*reason);
  d.evidence_until = *until;
  return d;
}

Result<app::ActionRequest> ReadAction(const Request& r) {
  auto body = JsonObjectBody(r, {"date", "notes"});
  PROBITY_TRY(body);
  app::ActionRequest a;
  a.contact = PathId(r, "id");
  auto date = DateMember(*body, "date");
  PROBITY_TRY(date);
  auto notes = StringMember(*body, "notes", false);
  PROBITY_TRY(notes);
  a.date = *date;
  a.notes = std::move(*notes);
  return a;
}

Result<app::CourtOutcomeRequest> ReadCourtOutcome(const Request& r) {
  auto body = JsonObjectBody(r, {"outcome", "date", "details", "variations"});
  PROBITY_TRY(body);
  app::CourtOutcomeRequest c;
  c.action = PathId(r, "actionId");
  auto outcome = StringMember(*body, "outcome", true);
  PROBITY_TRY(outcome);
  auto date = DateMember(*body, "date");
  PROBITY_TRY(date);
  auto details = StringMember(*body, "details", false);
  PROBITY_TRY(details);
  c.outcome = std::move(*outcome);
  c.date = *date;
  c.details = std::move(*details);
  PROBITY_TRY(ForEachObject(*body, "variations",
                            [&](const json::object& o, const std::string& at) -> Status {
                              for (const auto& member : o) {
                                if (member.key() != "requirementId" && member.key() != "length" &&
                                    member.key() != "endDate") {
                                  return InvalidArgument(at + std::string(member.key()),
                                                         "UNKNOWN_FIELD", "Unknown field");
                                }
                              }
                              auto requirement = IntMember(o, "requirementId", true, at);
                              PROBITY_TRY(requirement);
                              auto length = IntMember(o, "length", false, at);
                              PROBITY_TRY(length);
                              auto end = DateMember(o, "endDate", at);
                              PROBITY_TRY(end);
                              app::RequirementVariationRequest v;
                              v.requirement = **requirement;
                              if (*length) {
                                v.length = static_cast<int>(**length);
                              }
                              v.end_date = *end;
                              c.variations.push_back(v);
                              return Ok();
                            }));
  return c;
}

// Parses the body with `read`, then runs `use` on it; problem+json for either's error.
template <typename Read, typename Use>
Response WithBody(Request& r, Read read, Use use) {
  auto parsed = read(r);
  if (!parsed) {
    return Problem(parsed.error());
  }
  return use(*parsed);
}

}  // namespace

std::string TimelineJson(const app::Timeline& t) {
  json::array entries;
  for (const auto& e : t.entries) {
    entries.push_back({{"date", FormatDate(e.date)},
                       {"recordedAt", e.at ? json::value(FormatInstant(*e.at)) : nullptr},
                       {"kind", e.kind},
                       {"title", e.title},
                       {"detail", e.detail}});
  }
  return json::serialize(json::object{{"crn", t.crn},
                                      {"name", t.name},
                                      {"count", entries.size()},
                                      {"entries", std::move(entries)}});
}

std::string WorklistJson(const app::Worklist& w) {
  json::array items;
  for (const auto& i : w.items) {
    items.push_back({{"kind", app::WorkKindCode(i.kind)},
                     {"crn", i.person.crn},
                     {"name", i.person.name},
                     {"officer", i.person.officer_code},
                     {"officerName", i.person.officer_name},
                     {"contactId", i.contact},
                     {"actionId", i.action ? json::value(*i.action) : json::value(nullptr)},
                     {"failureDate", FormatDate(i.failure_date)},
                     {"outcome", contact::OutcomeCode(i.outcome)},
                     {"due", FormatDate(i.due)},
                     {"waitedWorkingDays", i.waited_working_days},
                     {"overdue", i.overdue},
                     {"explanation", i.explanation}});
  }
  return json::serialize(json::object{{"scope", w.scope},
                                      {"today", FormatDate(w.today)},
                                      {"count", items.size()},
                                      {"overdue", w.overdue},
                                      {"items", std::move(items)}});
}

void AddEnforcementRoutes(Router& router, const app::Context& ctx) {
  const std::string person = "/api/v1/people/{crn}";
  const std::string contact = person + "/contacts/{id}";
  router.Get(person + "/enforcement",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewEnforcement(ctx, actor, r.Param("crn")), &HistoryJson);
             }));
  router.Post(contact + "/decision",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return WithBody(r, ReadDecision, [&](const app::DecisionRequest& d) {
                  return JsonOr(app::DecideFailure(ctx, actor, r.Param("crn"), d), &HistoryJson);
                });
              }));
  router.Post(
      contact + "/decision/review", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
        auto body = JsonObjectBody(r, {"agreed", "note"});
        if (!body) {
          return Problem(body.error());
        }
        auto agreed = BoolMember(*body, "agreed");
        auto note = StringMember(*body, "note", false);
        if (!agreed || !note) {
          return Problem(!agreed ? agreed.error() : note.error());
        }
        if (!body->contains("agreed")) {
          return Problem(InvalidArgument("agreed", "REQUIRED", "Say true or false"));
        }
        return JsonOr(
            app::ReviewDecision(ctx, actor, r.Param("crn"), PathId(r, "id"), *agreed, *note),
            &HistoryJson);
      }));
  router.Post(contact + "/correction",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto body = JsonObjectBody(r, {"outcome", "outcomeReason", "reason"});
                if (!body) {
                  return Problem(body.error());
                }
                app::CorrectionRequest k;
                k.contact = PathId(r, "id");
                auto outcome = StringMember(*body, "outcome", true);
                auto outcome_reason = StringMember(*body, "outcomeReason", false);
                auto reason = StringMember(*body, "reason", false);
                for (const auto* member : {&outcome, &outcome_reason, &reason}) {
                  if (!*member) {
                    return Problem(member->error());
                  }
                }
                k.outcome = *outcome;
                k.outcome_reason = *outcome_reason;
                k.reason = *reason;
                return JsonOr(app::CorrectOutcome(ctx, actor, r.Param("crn"), k), &HistoryJson);
              }));
  router.Post(contact + "/warning", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return WithBody(r, ReadAction, [&](const app::ActionRequest& a) {
                  return JsonOr(app::GiveWarning(ctx, actor, r.Param("crn"), a), &ActionJson, 201);
                });
              }));
  router.Post(contact + "/breach", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return WithBody(r, ReadAction, [&](const app::ActionRequest& a) {
                  return JsonOr(app::StartBreach(ctx, actor, r.Param("crn"), a), &ActionJson, 201);
                });
              }));
  router.Post(person + "/enforcement/{actionId}/withdrawal",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto body = JsonObjectBody(r, {"reason"});
                if (!body) {
                  return Problem(body.error());
                }
                auto reason = StringMember(*body, "reason", false);
                if (!reason) {
                  return Problem(reason.error());
                }
                auto done =
                    app::WithdrawAction(ctx, actor, r.Param("crn"), PathId(r, "actionId"), *reason);
                if (!done) {
                  return Problem(done.error());
                }
                return JsonOr(app::ViewEnforcement(ctx, actor, r.Param("crn")), &HistoryJson);
              }));
  router.Post(person + "/enforcement/{actionId}/court-outcome",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return WithBody(r, ReadCourtOutcome, [&](const app::CourtOutcomeRequest& c) {
                  return JsonOr(app::RecordCourtOutcome(ctx, actor, r.Param("crn"), c),
                                &HistoryJson);
                });
              }));
  router.Get(person + "/timeline", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewTimeline(ctx, actor, r.Param("crn")), &TimelineJson);
             }));
  router.Get("/api/v1/enforcement/worklist",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewWorklist(ctx, actor, r.Query("team"), r.Query("officer")),
                             &WorklistJson);
             }));
}

}  // namespace probity::http
