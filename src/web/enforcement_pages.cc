#include "web/enforcement_pages.h"

#include <map>
#include <string>

#include "app/access_policy.h"
#include "app/enforcement.h"
#include "app/enforcement_worklist.h"
#include "app/timeline.h"
#include "http/problem.h"
#include "web/page_support.h"

namespace probity::web {
namespace {

using enforcement::FailureStatus;
using http::Request;
using http::Response;

std::int64_t ParseId(const std::string& text) {
  return http::ParseWholeNumber(text).value_or(0);
}

std::optional<Date> OptionalDate(const std::string& text) {
  return text.empty() ? std::nullopt : ParseDate(text);
}

// A typed date that is not a date: refused naming the field, before any use case runs.
std::optional<Error> BadDate(const std::string& text, const char* field) {
  if (!text.empty() && !ParseDate(text)) {
    return InvalidArgument(field, "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD");
  }
  return std::nullopt;
}

const char* TagClass(FailureStatus status) {
  switch (status) {
    case FailureStatus::kAwaitingDecision:
    case FailureStatus::kBreachRequired:
      return "govuk-tag--red";
    case FailureStatus::kAwaitingEvidence:
    case FailureStatus::kWarnOrBreach:
      return "govuk-tag--orange";
    case FailureStatus::kExcused:
      return "govuk-tag--green";
    default:
      return "govuk-tag--grey";
  }
}

Data FailureRow(const app::FailureRecord& f, const enforcement::FailureState* state, bool manager) {
  Data row;
  row.set("contact_id", std::to_string(f.contact.value()));
  row.set("date", FormatDateLong(f.date));
  row.set("type", contact::ContactTypeName(f.type));
  row.set("outcome",
          std::string(contact::OutcomeCode(f.outcome)) + " " + contact::OutcomeName(f.outcome));
  row.set("reason", f.reason);
  row.set("decided_by", f.decided_by);
  if (state != nullptr) {
    row.set("status", enforcement::StatusName(state->status));
    row.set("status_code", enforcement::StatusCode(state->status));
    row.set("tag_class", TagClass(state->status));
    row.set("explanation", state->explanation);
    row.set("due", FormatDateLong(state->decide_by.value_or(state->action_due)));
    bool decidable = state->status == FailureStatus::kAwaitingDecision ||
                     state->status == FailureStatus::kAwaitingEvidence ||
                     state->status == FailureStatus::kWarnOrBreach ||
                     state->status == FailureStatus::kBreachRequired ||
                     state->status == FailureStatus::kExcused;
    row.set("can_decide", decidable);
    row.set("can_warn", state->status == FailureStatus::kWarnOrBreach);
    row.set("can_breach", state->status == FailureStatus::kWarnOrBreach ||
                              state->status == FailureStatus::kBreachRequired);
  }
  row.set("can_review", manager && f.decided_at.has_value() && !f.reviewed_at.has_value());
  if (f.reviewed_at) {
    row.set("review", std::string(f.review_agreed.value_or(false) ? "Agreed" : "Disagreed") +
                          " by " + f.reviewed_by +
                          (f.review_note.empty() ? "" : ": " + f.review_note));
  }
  return row;
}

Data ActionRow(const app::ActionRecord& a, const app::OrderEnforcement& order) {
  Data row;
  bool warning = a.kind == enforcement::ActionKind::kWarning;
  row.set("action_id", std::to_string(a.id));
  row.set("kind", warning ? "Warning" : "Breach");
  row.set("date", FormatDateLong(a.date));
  row.set("respond_by", a.respond_by ? FormatDateLong(*a.respond_by) : "");
  row.set("notes", a.notes);
  row.set("by", a.created_by);
  row.set("document", warning ? "letter" : "breach-pack");
  row.set("document_name", warning ? "Warning letter" : "Breach pack");
  std::string state = a.withdrawn ? "Withdrawn: " + a.withdrawn_reason : "";
  bool decided = false;
  for (const auto& c : order.court_outcomes) {
    if (c.action == a.id) {
      decided = true;
      state = std::string("Court: ") + enforcement::CourtOutcomeName(c.kind) + " on " +
              FormatDateLong(c.date) + (c.details.empty() ? "" : " (" + c.details + ")");
    }
  }
  if (state.empty()) {
    state = warning ? "Given" : "Before the court";
  }
  row.set("state", state);
  row.set("can_withdraw", !a.withdrawn && !decided && !(a.submitted_at && !warning));
  row.set("awaiting_court", !warning && !a.withdrawn && !decided);
  return row;
}

Response ShowCase(const app::Context& ctx, const std::string& crn, const app::Session& session,
                  const Error* refused) {
  auto history = app::ViewEnforcement(ctx, session.actor, crn);
  if (!history) {
    return ErrorPage(&session, history.error());
  }
  // Who may review a decision is the access policy's (ReviewDecision asks it too).
  bool manager = app::CheckTeamOversightAccess(session.actor).has_value();
  Data page;
  page.set("csrf_token", session.csrf_token);
  page.set("crn", history->crn);
  page.set("name", history->name);
  Data orders = List();
  for (const auto& o : history->orders) {
    Data order;
    order.set("order_type", sentence::OrderTypeName(o.order.type));
    order.set("sentence_date", FormatDateLong(o.order.sentence_date));
    order.set("end_date", FormatDateLong(o.order.end_date));
    order.set("ended", o.ended);
    order.set("unacceptable", std::to_string(o.state.unacceptable_failures));
    order.set("warnings", std::to_string(o.state.warnings));
    order.set("breaches", std::to_string(o.state.breaches));
    order.set("breach_pending", o.state.breach_pending);
    order.set("window_ends",
              o.state.warning_window_ends ? FormatDateLong(*o.state.warning_window_ends) : "");
    Data failures = List();
    for (const auto& f : o.failures) {
      const enforcement::FailureState* state = nullptr;
      for (const auto& s : o.state.failures) {
        if (s.id == f.contact.value()) {
          state = &s;
        }
      }
      failures.push_back(FailureRow(f, state, manager));
    }
    order.set("failures", failures);
    Data actions = List();
    for (const auto& a : o.actions) {
      actions.push_back(ActionRow(a, o));
    }
    order.set("actions", actions);
    order.set("has_actions", !o.actions.empty());
    orders.push_back(order);
  }
  page.set("orders", orders);
  page.set("has_orders", !history->orders.empty());
  Data corrections = List();
  for (const auto& k : history->corrections) {
    Data row;
    row.set("contact_id", std::to_string(k.contact.value()));
    row.set("change", std::string(contact::OutcomeCode(k.old_outcome)) + " to " +
                          contact::OutcomeCode(k.new_outcome));
    row.set("reason", k.reason);
    row.set("by", k.corrected_by);
    row.set("at", FormatInstant(k.corrected_at));
    corrections.push_back(row);
  }
  page.set("corrections", corrections);
  page.set("has_corrections", !history->corrections.empty());
  std::string title = "Enforcement: " + history->name;
  Data layout = LayoutFor(session, title, nullptr);
  int status = 200;
  if (refused != nullptr) {
    SetErrors(page, *refused);
    layout.set("title", "Error: " + title);
    status = http::StatusFor(refused->code);
  }
  return Response::Html(status, RenderPage("case_enforcement", std::move(page), std::move(layout)));
}

// Runs a form's use case; back to the case's enforcement page when it worked, the same page with
// the error summary when it did not.
template <typename Use>
Response AfterForm(const app::Context& ctx, Request& request, const app::Session& session,
                   Use use) {
  const std::string crn = request.Param("crn");
  Status done = use(request.Form());
  if (!done) {
    return ShowCase(ctx, crn, session, &done.error());
  }
  return Response::Redirect("/cases/" + crn + "/enforcement");
}

template <typename T>
Status Discard(const Result<T>& result) {
  if (!result) {
    return result.error();
  }
  return Ok();
}

Response ShowWorklist(const app::Context& ctx, Request& request, const app::Session& session) {
  std::string team = request.Query("team");
  std::string officer = request.Query("officer");
  auto list = app::ViewWorklist(ctx, session.actor, team, officer);
  if (!list) {
    return ErrorPage(&session, list.error());
  }
  Data page;
  page.set("scope", list->scope);
  page.set("today", FormatDateLong(list->today));
  page.set("count", std::to_string(list->items.size()));
  page.set("overdue", std::to_string(list->overdue));
  page.set("team", team);
  page.set("has_items", !list->items.empty());
  Data items = List();
  for (const auto& i : list->items) {
    Data row;
    row.set("crn", i.person.crn);
    row.set("contact", std::to_string(i.contact));
    row.set("name", i.person.name);
    row.set("officer", i.person.officer_name);
    row.set("todo", app::WorkKindName(i.kind));
    row.set("kind", app::WorkKindCode(i.kind));
    row.set("failure",
            std::string(contact::OutcomeCode(i.outcome)) + " on " + FormatDateLong(i.failure_date));
    row.set("due", FormatDateLong(i.due));
    row.set("waited", std::to_string(i.waited_working_days));
    row.set("is_overdue", i.overdue);
    if (i.action) {
      row.set("pack_link", "/cases/" + i.person.crn + "/enforcement/" + std::to_string(*i.action) +
                               "/breach-pack");
    }
    items.push_back(row);
  }
  page.set("items", items);
  return Response::Html(200, RenderPage("enforcement_worklist", std::move(page),
                                        LayoutFor(session, "Enforcement", "nav_enforcement")));
}

Response ShowTimeline(const app::Context& ctx, const std::string& crn,
                      const app::Session& session) {
  auto timeline = app::ViewTimeline(ctx, session.actor, crn);
  if (!timeline) {
    return ErrorPage(&session, timeline.error());
  }
  Data page;
  page.set("crn", timeline->crn);
  page.set("name", timeline->name);
  Data entries = List();
  for (const auto& e : timeline->entries) {
    Data row;
    row.set("date", FormatDateLong(e.date));
    row.set("kind", e.kind);
    row.set("title", e.title);
    row.set("detail", e.detail);
    entries.push_back(row);
  }
  page.set("entries", entries);
  return Response::Html(200,
                        RenderPage("case_timeline", std::move(page),
                                   LayoutFor(session, "Timeline: " + timeline->name, nullptr)));
}

}  // namespace

void AddEnforcementPages(http::Router& router, const app::Context& ctx) {
  router.Get("/enforcement", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowWorklist(ctx, r, s);
             }));
  router.Get("/cases/{crn}/timeline", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowTimeline(ctx, r.Param("crn"), s);
             }));
  router.Get("/cases/{crn}/enforcement", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowCase(ctx, r.Param("crn"), s, nullptr);
             }));
  const std::string contact = "/cases/{crn}/contacts/{id}";
  router.Post(contact + "/decision", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
                  if (auto bad = BadDate(f["evidenceUntil"], "evidenceUntil")) {
                    return *bad;
                  }
                  app::DecisionRequest d{ParseId(r.Param("id")), f["decision"], f["reason"],
                                         OptionalDate(f["evidenceUntil"])};
                  return Discard(app::DecideFailure(ctx, s.actor, r.Param("crn"), d));
                });
              }));
  router.Post(
      contact + "/review", Form(ctx, [&ctx](Request& r, const app::Session& s) {
        return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
          return Discard(app::ReviewDecision(ctx, s.actor, r.Param("crn"), ParseId(r.Param("id")),
                                             f["agreed"] == "yes", f["note"]));
        });
      }));
  router.Post(contact + "/correction", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
                  app::CorrectionRequest k{ParseId(r.Param("id")), f["outcome"], f["outcomeReason"],
                                           f["reason"]};
                  return Discard(app::CorrectOutcome(ctx, s.actor, r.Param("crn"), k));
                });
              }));
  for (const bool warning : {true, false}) {
    router.Post(
        contact + (warning ? "/warning" : "/breach"),
        Form(ctx, [&ctx, warning](Request& r, const app::Session& s) {
          return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
            if (auto bad = BadDate(f["date"], "date")) {
              return *bad;
            }
            app::ActionRequest a{ParseId(r.Param("id")), OptionalDate(f["date"]), f["notes"]};
            return warning ? Discard(app::GiveWarning(ctx, s.actor, r.Param("crn"), a))
                           : Discard(app::StartBreach(ctx, s.actor, r.Param("crn"), a));
          });
        }));
  }
  const std::string action = "/cases/{crn}/enforcement/{actionId}";
  router.Post(action + "/withdrawal", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
                  return app::WithdrawAction(ctx, s.actor, r.Param("crn"),
                                             ParseId(r.Param("actionId")), f["reason"]);
                });
              }));
  router.Post(action + "/court-outcome", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return AfterForm(ctx, r, s, [&](std::map<std::string, std::string> f) -> Status {
                  if (auto bad = BadDate(f["date"], "date")) {
                    return *bad;
                  }
                  if (auto bad = BadDate(f["endDate"], "variations[0].endDate")) {
                    return *bad;
                  }
                  app::CourtOutcomeRequest c;
                  c.action = ParseId(r.Param("actionId"));
                  c.outcome = f["outcome"];
                  c.date = OptionalDate(f["date"]);
                  c.details = f["details"];
                  if (!f["requirementId"].empty()) {
                    app::RequirementVariationRequest v;
                    v.requirement = ParseId(f["requirementId"]);
                    if (!f["length"].empty()) {
                      auto length = http::ParseWholeNumber(f["length"]);
                      if (!length || *length > 100000) {
                        return InvalidArgument("variations[0].length", "INVALID_FORMAT",
                                               "Enter the new length as a whole number");
                      }
                      v.length = static_cast<int>(*length);
                    }
                    v.end_date = OptionalDate(f["endDate"]);
                    c.variations.push_back(v);
                  }
                  return Discard(app::RecordCourtOutcome(ctx, s.actor, r.Param("crn"), c));
                });
              }));
}

}  // namespace probity::web
