#include "web/allocation_pages.h"

#include <cstdio>

#include "app/allocation.h"
#include "http/problem.h"
#include "web/page_support.h"

namespace probity::web {
namespace {

using http::Request;
using http::Response;

std::string TeamName(const allocation::Decision& d) {
  return d.team ? d.team->name : "no team found";
}

Response ShowPending(const app::Context& ctx, Request& request, const app::Session& session) {
  std::string team = request.Query("team");
  bool overdue_only = request.Query("overdue") == "1";
  auto pending = app::ListPendingAllocations(ctx, session.actor, team, overdue_only);
  if (!pending) {
    return ErrorPage(&session, pending.error());
  }
  Data page;
  page.set("heading", overdue_only ? "Cases unallocated after the target" : "Cases to allocate");
  page.set("policy_name", allocation::PolicyKindName(pending->policy.kind));
  page.set("target", std::to_string(pending->policy.target_working_days));
  page.set("target_one", pending->policy.target_working_days == 1);
  page.set("count", std::to_string(pending->cases.size()));
  page.set("count_one", pending->cases.size() == 1);
  page.set("overdue_only", overdue_only);
  SetIfAny(page, "team", team);
  page.set("team_query", team.empty() ? "" : "?team=" + http::UrlEncode(team));
  page.set("team_amp", team.empty() ? "" : "&team=" + http::UrlEncode(team));
  SetIfAny(page, "allocated",
           request.Query("allocated").empty()
               ? ""
               : request.Query("allocated") + " has been allocated.");
  Data rows = List();
  for (const auto& c : pending->cases) {
    Data row;
    row.set("crn", c.awaiting.crn);
    row.set("name", c.awaiting.name);
    row.set("area", c.awaiting.area_name);
    row.set("sentenced", FormatDateLong(c.awaiting.sentence_date));
    row.set("waited", std::to_string(c.working_days_waited));
    row.set("overdue", c.overdue);
    row.set("organisation", org::OrganisationKindName(c.decision.organisation));
    row.set("team_name", TeamName(c.decision));
    rows.push_back(row);
  }
  page.set("rows", rows);
  return Response::Html(200,
                        RenderPage("allocations", std::move(page),
                                   LayoutFor(session, "Cases to allocate", "nav_allocations")));
}

// What the manager typed, shown again when the allocation is refused.
struct AllocateForm {
  std::string staff_code;
  std::string other_staff_code;
  std::string reason;
  bool policy_override = false;
};

Response AllocatePage(const app::Context& ctx, Request& request, const app::Session& session,
                      const Error* refused, const AllocateForm& form) {
  auto view = app::ViewAllocationCandidates(ctx, session.actor, request.Param("crn"));
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  Data page;
  page.set("crn", view->crn);
  page.set("name", view->person_name);
  page.set("area", view->area_name);
  page.set("sentenced",
           view->sentence_date ? FormatDateLong(*view->sentence_date) : "No current order");
  page.set("current", view->current
                          ? view->current->officer_name + " (" + view->current->team_name + ")"
                          : "Not allocated");
  page.set("waiting", view->sentence_date.has_value() && !view->current);
  page.set("waited", std::to_string(view->working_days_waited));
  page.set("waited_one", view->working_days_waited == 1);
  page.set("overdue", view->overdue);
  page.set("organisation", org::OrganisationKindName(view->decision.organisation));
  SetIfAny(page, "team_name", view->decision.team ? view->decision.team->name : "");
  page.set("team_name_or_none", TeamName(view->decision));
  page.set("policy_name", allocation::PolicyKindName(view->policy.kind));
  Data reasons = List();
  for (const auto& r : view->decision.reasons) {
    Data item;
    item.set("text", r.text);
    reasons.push_back(item);
  }
  page.set("reasons", reasons);
  Data candidates = List();
  bool first = true;
  for (const auto& c : view->candidates) {
    const org::Staff& s = c.officer.officer;
    Data row;
    // The first radio carries the id the error summary links to.
    row.set("id", first ? "staffCode" : "staffCode-" + s.code);
    first = false;
    row.set("code", s.code);
    row.set("name", s.first_name + " " + s.surname);
    row.set("grade", org::GradeCode(s.grade));
    row.set("cases", std::to_string(c.workload.active_cases));
    row.set("points", c.workload.points ? std::to_string(*c.workload.points) : "Not measured");
    std::string capacity = "Not measured";
    if (c.workload.capacity_thousandths) {
      char text[32];
      std::snprintf(text, sizeof text, "%.1f%%",
                    static_cast<double>(*c.workload.capacity_thousandths) / 1000.0);
      capacity = text;
    }
    row.set("capacity", capacity);
    row.set("checked", s.code == form.staff_code);
    candidates.push_back(row);
  }
  page.set("candidates", candidates);
  page.set("other_staff_code", form.other_staff_code);
  page.set("policy_override", form.policy_override);
  page.set("override_open",
           form.policy_override || !form.other_staff_code.empty() || !view->decision.team);
  page.set("reason", form.reason);
  Data history = List();
  for (const auto& h : view->history) {
    Data row;
    row.set("from", FormatDateLong(h.view.allocation.allocated_on));
    row.set("to", h.ended_on ? FormatDateLong(*h.ended_on) : "now");
    row.set("officer", h.view.officer_name);
    row.set("team", h.view.team_name);
    row.set("by", h.details.allocated_by.empty() ? "Not recorded" : h.details.allocated_by);
    row.set("reason", h.details.reason);
    row.set("override", h.details.policy_override);
    history.push_back(row);
  }
  page.set("has_history", !view->history.empty());
  page.set("history", history);
  page.set("csrf_token", session.csrf_token);
  Data layout = LayoutFor(session, "Allocate – " + view->person_name, "nav_allocations");
  if (refused == nullptr) {
    return Response::Html(200, RenderPage("allocate", std::move(page), std::move(layout)));
  }
  SetErrors(page, *refused);
  for (const auto& f : refused->fields) {
    SetIfAny(page, f.field == "staffCode" ? "staff_error" : "reason_error", f.message);
  }
  if (refused->fields.empty()) {
    SetIfAny(page, "staff_error", refused->message);  // a conflict (409) concerns the officer
  }
  layout.set("title", "Error: Allocate – " + view->person_name);
  return Response::Html(http::StatusFor(refused->code),
                        RenderPage("allocate", std::move(page), std::move(layout)));
}

Response PostAllocate(const app::Context& ctx, Request& request, const app::Session& session) {
  auto fields = request.Form();
  AllocateForm form{fields["staffCode"], fields["otherStaffCode"], fields["reason"],
                    fields["policyOverride"] == "yes"};
  app::AllocateCommand command{
      form.other_staff_code.empty() ? form.staff_code : form.other_staff_code, form.reason,
      form.policy_override};
  auto done = app::AllocateCase(ctx, session.actor, request.Param("crn"), command);
  if (!done) {
    return AllocatePage(ctx, request, session, &done.error(), form);
  }
  return Response::Redirect("/allocations?allocated=" + http::UrlEncode(done->crn));
}

}  // namespace

void AddAllocationPages(http::Router& router, const app::Context& ctx) {
  router.Get("/allocations", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowPending(ctx, r, s);
             }));
  router.Get("/cases/{crn}/allocate", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return AllocatePage(ctx, r, s, nullptr, {});
             }));
  router.Post("/cases/{crn}/allocate", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostAllocate(ctx, r, s);
              }));
}

}  // namespace probity::web
