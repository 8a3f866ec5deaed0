#include "web/plan_pages.h"

#include <limits>

#include "app/rar_plan.h"
#include "http/problem.h"
#include "web/page_support.h"
#include "web/plan_pdf.h"
#include "web/plan_text.h"

namespace probity::web {
namespace {

using http::Request;
using http::Response;

// Empty rows the form offers beyond the plan's own, so a need, objective or activity can be added.
constexpr int kSpareRows = 2;

// `fallback` when the text is not a whole number that fits an int.
int ParseInt(const std::string& text, int fallback) {
  auto value = http::ParseWholeNumber(text);
  if (!value || *value < std::numeric_limits<int>::min() ||
      *value > std::numeric_limits<int>::max()) {
    return fallback;
  }
  return static_cast<int>(*value);
}

Data AreaOptions(std::optional<need::NeedArea> selected) {
  Data options = List();
  for (auto area : need::kNeedAreas) {
    Data o;
    o.set("code", need::NeedAreaCode(area));
    o.set("name", need::NeedAreaName(area));
    o.set("selected", selected == area);
    options.push_back(o);
  }
  return options;
}

template <typename T>
Data CodeOptions(std::initializer_list<T> values, T selected, const char* (*code)(T),
                 const char* (*name)(T)) {
  Data options = List();
  for (T v : values) {
    Data o;
    o.set("code", code(v));
    o.set("name", name(v));
    o.set("selected", v == selected);
    options.push_back(o);
  }
  return options;
}

Data FormRows(const plan::Plan& p) {
  Data rows;
  Data needs = List();
  for (std::size_t i = 0; i < p.needs.size() + kSpareRows; ++i) {
    plan::Need n = i < p.needs.size() ? p.needs[i] : plan::Need{};
    Data row;
    row.set("i", std::to_string(i));
    row.set("n", std::to_string(i + 1));
    row.set("areas", AreaOptions(i < p.needs.size() ? std::optional(n.area) : std::nullopt));
    row.set("links", CodeOptions({plan::OffendingLink::kStronglyLinked,
                                  plan::OffendingLink::kLinked, plan::OffendingLink::kNotLinked},
                                 n.link, &plan::OffendingLinkCode, &OffendingLinkName));
    row.set("notes", n.notes);
    row.set("reason", n.no_activity_reason);
    needs.push_back(row);
  }
  rows.set("need_rows", needs);
  Data objectives = List();
  for (std::size_t i = 0; i < p.objectives.size() + kSpareRows; ++i) {
    plan::Objective o = i < p.objectives.size() ? p.objectives[i] : plan::Objective{};
    Data row;
    row.set("i", std::to_string(i));
    row.set("n", std::to_string(i + 1));
    row.set("description", o.description);
    row.set("outcome", o.outcome);
    row.set("areas", AreaOptions(o.needs.empty() ? std::nullopt : std::optional(o.needs[0])));
    objectives.push_back(row);
  }
  rows.set("objective_rows", objectives);
  Data activities = List();
  for (std::size_t i = 0; i < p.activities.size() + kSpareRows; ++i) {
    plan::Activity a = i < p.activities.size() ? p.activities[i] : plan::Activity{};
    Data row;
    row.set("i", std::to_string(i));
    row.set("n", std::to_string(i + 1));
    row.set("description", a.description);
    row.set("areas", AreaOptions(a.need));
    row.set("deliverers",
            CodeOptions({plan::Deliverer::kResponsibleOfficer, plan::Deliverer::kInHouseSpecialist,
                         plan::Deliverer::kProvider},
                        a.deliverer, &plan::DelivererCode, &DelivererName));
    row.set("provider", a.provider);
    row.set("formats", CodeOptions({plan::SessionFormat::kOneToOne, plan::SessionFormat::kGroup},
                                   a.format, &plan::SessionFormatCode, &SessionFormatName));
    row.set("days", a.rar_days > 0 ? std::to_string(a.rar_days) : "");
    activities.push_back(row);
  }
  rows.set("activity_rows", activities);
  return rows;
}

// `submitted`: a refused form's plan, shown again in the form so nothing typed is lost.
Data PlanPage(const app::RarPlanView& view, bool print, const plan::Plan* submitted) {
  Data page;
  page.set("crn", view.crn);
  page.set("name", view.person_name);
  page.set("requirement_id", std::to_string(view.requirement.value()));
  page.set("date_of_birth", FormatDateLong(view.date_of_birth));
  page.set("officer", view.officer_name.empty() ? "Not allocated" : view.officer_name);
  page.set("order_start", FormatDateLong(view.order_start));
  page.set("order_end", FormatDateLong(view.order_end));
  page.set("rar_days", RarDaysText(view.rar.days));
  page.set("at_risk", view.rar.risk.at_risk());
  Data versions = List();
  for (int v = 1; v <= view.latest_version; ++v) {
    versions.push_back(Data(std::to_string(v)));
  }
  page.set("versions", versions);
  plan::Plan empty;
  const plan::Plan& p = view.plan ? *view.plan : empty;
  page.set("has_plan", view.plan.has_value());
  page.set("pdf_link", "/cases/" + view.crn + "/requirements/" +
                           std::to_string(view.requirement.value()) +
                           "/plan.pdf?version=" + std::to_string(p.version));
  page.set("plan_status", PlanStatusText(view));
  page.set("budget", BudgetText(view));
  Data warnings = List();
  for (const auto& w : view.check.warnings) {
    Data item;
    item.set("message", w.message);
    warnings.push_back(item);
  }
  page.set("warnings", warnings);
  Data needs = List();
  for (const auto& n : p.needs) {
    Data row;
    row.set("area_name", need::NeedAreaName(n.area));
    row.set("link_name", OffendingLinkName(n.link));
    row.set("notes", n.notes);
    if (!n.no_activity_reason.empty()) {  // kainjow treats "" as true in a section
      row.set("reason", n.no_activity_reason);
    }
    needs.push_back(row);
  }
  page.set("needs", needs);
  Data objectives = List();
  for (std::size_t i = 0; i < p.objectives.size(); ++i) {
    const auto& o = p.objectives[i];
    Data row;
    row.set("i", std::to_string(i));
    row.set("description", o.description);
    row.set("outcome", o.outcome);
    row.set("needs_text", NeedsText(o));
    objectives.push_back(row);
  }
  page.set("objectives", objectives);
  Data activities = List();
  for (const auto& a : p.activities) {
    Data row;
    row.set("description", a.description);
    row.set("need_name", a.need ? need::NeedAreaName(*a.need) : "");
    row.set("deliverer", DelivererText(a));
    row.set("format", SessionFormatName(a.format));
    row.set("days", std::to_string(a.rar_days));
    activities.push_back(row);
  }
  page.set("activities", activities);
  if (view.completion) {
    const auto& c = *view.completion;
    Data completion;
    completion.set("completed_on", FormatDateLong(c.completed.completed_on));
    completion.set("plan_version", std::to_string(c.completed.plan_version));
    completion.set("days_completed", std::to_string(c.completed.days_completed));
    completion.set("days_ordered", std::to_string(c.completed.days_ordered));
    completion.set("rationale", c.completion.rationale);
    page.set("completion", completion);
  }
  bool editable = !print && !view.completion;
  page.set("editable", editable);
  if (editable) {
    Data rows = FormRows(submitted != nullptr ? *submitted : p);
    for (const char* key : {"need_rows", "objective_rows", "activity_rows"}) {
      page.set(key, *rows.get(key));
    }
    bool agreed = view.plan && p.status == plan::PlanStatus::kAgreed;
    page.set("edit_heading", agreed ? "Review: amend as a new version" : "Build the plan");
    page.set("agreeable", view.plan && !agreed);
    page.set("completable", agreed);
  }
  return page;
}

// The plan the request's path and ?version= name, as the session's actor may see it.
Result<app::RarPlanView> ViewPlan(const app::Context& ctx, const Request& request,
                                  const app::Session& session) {
  return app::ViewRarPlan(ctx, session.actor, request.Param("crn"),
                          ParseInt(request.Param("id"), 0), ParseInt(request.Query("version"), 0));
}

Response PlanResponse(const app::Context& ctx, Request& request, const app::Session& session,
                      const Error* refused, const plan::Plan* submitted = nullptr) {
  auto view = ViewPlan(ctx, request, session);
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  Data page = PlanPage(*view, request.Query("print") == "1", submitted);
  page.set("csrf_token", session.csrf_token);
  Data layout = LayoutFor(session, "RAR plan – " + view->person_name, nullptr);
  if (refused == nullptr) {
    return Response::Html(200, RenderPage("rar_plan", std::move(page), std::move(layout)));
  }
  SetErrors(page, *refused);
  layout.set("title", "Error: RAR plan – " + view->person_name);
  return Response::Html(http::StatusFor(refused->code),
                        RenderPage("rar_plan", std::move(page), std::move(layout)));
}

// The plan as a PDF to print and sign; the same version the page shows for the same ?version=.
Response PlanPdfResponse(const app::Context& ctx, Request& request, const app::Session& session) {
  auto view = ViewPlan(ctx, request, session);
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  return PdfPage(session, RenderPlanPdf(*view), PlanPdfFileName(*view));
}

// Reads the plan form's rows; rows left empty are skipped.
plan::Plan PlanFromForm(std::map<std::string, std::string>& form) {
  plan::Plan p;
  for (int i = 0; form.count("need" + std::to_string(i) + "_area") > 0; ++i) {
    std::string at = "need" + std::to_string(i) + "_";
    auto area = need::ParseNeedArea(form[at + "area"]);
    if (!area) {
      continue;
    }
    p.needs.push_back(
        {*area, plan::ParseOffendingLink(form[at + "link"]).value_or(plan::OffendingLink::kLinked),
         false, form[at + "notes"], form[at + "reason"]});
  }
  for (int i = 0; form.count("objective" + std::to_string(i) + "_description") > 0; ++i) {
    std::string at = "objective" + std::to_string(i) + "_";
    auto area = need::ParseNeedArea(form[at + "need"]);
    if (form[at + "description"].empty() && form[at + "outcome"].empty() && !area) {
      continue;
    }
    plan::Objective o{form[at + "description"], form[at + "outcome"], {}};
    if (area) {
      o.needs.push_back(*area);
    }
    p.objectives.push_back(std::move(o));
  }
  for (int i = 0; form.count("activity" + std::to_string(i) + "_description") > 0; ++i) {
    std::string at = "activity" + std::to_string(i) + "_";
    if (form[at + "description"].empty() && form[at + "days"].empty()) {
      continue;
    }
    plan::Activity a;
    a.description = form[at + "description"];
    a.need = need::ParseNeedArea(form[at + "need"]);
    a.deliverer =
        plan::ParseDeliverer(form[at + "deliverer"]).value_or(plan::Deliverer::kResponsibleOfficer);
    a.provider = form[at + "provider"];
    a.format =
        plan::ParseSessionFormat(form[at + "format"]).value_or(plan::SessionFormat::kOneToOne);
    a.rar_days = ParseInt(form[at + "days"], 0);  // 0 is refused by CheckPlan, naming the row
    p.activities.push_back(std::move(a));
  }
  return p;
}

std::string PlanPath(Request& r) {
  return "/cases/" + r.Param("crn") + "/requirements/" + r.Param("id") + "/plan";
}

Response PostPlan(const app::Context& ctx, Request& request, const app::Session& session) {
  auto form = request.Form();
  plan::Plan submitted = PlanFromForm(form);
  auto saved = app::SaveRarPlan(ctx, session.actor, request.Param("crn"),
                                ParseInt(request.Param("id"), 0), submitted);
  if (!saved) {
    return PlanResponse(ctx, request, session, &saved.error(), &submitted);
  }
  return Response::Redirect(PlanPath(request));
}

Response PostAgree(const app::Context& ctx, Request& request, const app::Session& session) {
  auto agreed =
      app::AgreeRarPlan(ctx, session.actor, request.Param("crn"), ParseInt(request.Param("id"), 0));
  if (!agreed) {
    return PlanResponse(ctx, request, session, &agreed.error());
  }
  return Response::Redirect(PlanPath(request));
}

Response PostCompletion(const app::Context& ctx, Request& request, const app::Session& session) {
  auto form = request.Form();
  rar::Completion completion;
  for (int i = 0; form.count("result" + std::to_string(i)) > 0; ++i) {
    completion.objectives.push_back(
        {rar::ParseObjectiveOutcome(form["result" + std::to_string(i)]), ""});
  }
  completion.confirmed = form["confirmed"] == "yes";
  completion.rationale = form["rationale"];
  completion.progress = form["progress"];
  completion.outcome_achieved = form["outcomeAchieved"];
  auto done = app::CompleteRar(ctx, session.actor, request.Param("crn"),
                               ParseInt(request.Param("id"), 0), completion);
  if (!done) {
    return PlanResponse(ctx, request, session, &done.error());
  }
  return Response::Redirect(PlanPath(request));
}

Response ShowMissingCompletions(const app::Context& ctx, const app::Session& session) {
  auto rows = app::ListMissingCompletions(ctx, session.actor);
  if (!rows) {
    return ErrorPage(&session, rows.error());
  }
  Data page;
  Data list = List();
  for (const auto& row : *rows) {
    Data item;
    item.set("crn", row.rar.crn);
    item.set("name", row.rar.name);
    item.set("officer", row.rar.officer_name);
    item.set("order_end", FormatDateLong(row.rar.order_end));
    item.set("days",
             std::to_string(row.days.completed) + " of " + std::to_string(row.days.ordered));
    item.set("plan_link", "/cases/" + row.rar.crn + "/requirements/" +
                              std::to_string(row.rar.requirement.value()) + "/plan");
    list.push_back(item);
  }
  page.set("rows", list);
  page.set("count", std::to_string(rows->size()));
  return Response::Html(
      200, RenderPage("missing_completions", std::move(page),
                      LayoutFor(session, "RARs without a completion record", nullptr)));
}

}  // namespace

void AddPlanPages(http::Router& router, const app::Context& ctx) {
  const std::string plan = "/cases/{crn}/requirements/{id}/plan";
  router.Get(plan, Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return PlanResponse(ctx, r, s, nullptr);
             }));
  router.Get(plan + ".pdf", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return PlanPdfResponse(ctx, r, s);
             }));
  router.Post(plan,
              Form(ctx, [&ctx](Request& r, const app::Session& s) { return PostPlan(ctx, r, s); }));
  router.Post(plan + "/agree", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostAgree(ctx, r, s);
              }));
  router.Post(
      "/cases/{crn}/requirements/{id}/completion",
      Form(ctx, [&ctx](Request& r, const app::Session& s) { return PostCompletion(ctx, r, s); }));
  router.Get("/rar/missing-completions", Page(ctx, [&ctx](Request& /*r*/, const app::Session& s) {
               return ShowMissingCompletions(ctx, s);
             }));
}

}  // namespace probity::web
