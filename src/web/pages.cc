#include "web/pages.h"

#include "app/auth.h"
#include "app/caseload.h"
#include "app/cases.h"
#include "app/diary.h"
#include "http/authenticate.h"
#include "http/problem.h"
#include "web/allocation_pages.h"
#include "web/assessment_pages.h"
#include "web/enforcement_documents_pages.h"
#include "web/enforcement_pages.h"
#include "web/group_pages.h"
#include "web/page_support.h"
#include "web/plan_pages.h"
#include "web/proposal_pages.h"
#include "web/render.h"
#include "web/static_files.h"
#include "web/tier_view.h"
#include "web/view_models.h"

namespace probity::web {
namespace {

constexpr const char* kSignInCsrfCookie = "probity_signin_csrf";

using http::Request;
using http::Response;

// Only same-site paths are followed after sign-in ("//host" would leave the site).
std::string SafeNext(const std::string& next) {
  if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\') {
    return next;
  }
  return "/caseload";
}

std::string SessionCookie(const std::string& token, int max_age) {
  return std::string(http::kSessionCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age);
}

Response SignInPage(int status, const std::string& csrf, const std::string& next,
                    const std::string& username, const std::vector<FieldError>& errors) {
  Data page;
  page.set("csrf_token", csrf);
  page.set("next", next);
  page.set("username", username);
  Data list = List();
  for (const auto& e : errors) {
    Data item;
    item.set("field", e.field);
    item.set("message", e.message);
    list.push_back(item);
    page.set(e.field + "_error", e.message);
  }
  page.set("has_errors", !errors.empty());
  page.set("errors", list);
  Data layout;
  layout.set("title", errors.empty() ? "Sign in" : "Error: Sign in");
  Response response =
      Response::Html(status, RenderPage("sign_in", std::move(page), std::move(layout)));
  response.headers.emplace_back("Set-Cookie", std::string(kSignInCsrfCookie) + "=" + csrf +
                                                  "; Path=/sign-in; HttpOnly; SameSite=Strict");
  return response;
}

Response ShowSignIn(Request& request) {
  return SignInPage(200, app::RandomToken(), SafeNext(request.Query("next")), "", {});
}

Response PostSignIn(const app::Context& ctx, Request& request) {
  auto form = request.Form();
  std::string next = SafeNext(form["next"]);
  std::string cookie_token = request.Cookie(kSignInCsrfCookie);
  if (cookie_token.empty() || !app::TokensEqual(form["csrfToken"], cookie_token)) {
    Data page;
    page.set("heading", "The sign-in form has expired");
    page.set("message", "Go back, reload the page and sign in again.");
    Data layout;
    layout.set("title", "Sign in");
    return Response::Html(403, RenderPage("error", std::move(page), std::move(layout)));
  }
  std::vector<FieldError> errors;
  if (form["username"].empty()) {
    errors.push_back({"username", "REQUIRED", "Enter your username"});
  }
  if (form["password"].empty()) {
    errors.push_back({"password", "REQUIRED", "Enter your password"});
  }
  if (errors.empty()) {
    auto signed_in = app::SignIn(ctx, form["username"], form["password"]);
    if (signed_in) {
      Response response = Response::Redirect(next);
      response.headers.emplace_back(
          "Set-Cookie",
          SessionCookie(signed_in->session_token,
                        static_cast<int>(std::chrono::seconds(app::kSessionLifetime).count())));
      return response;
    }
    if (signed_in.error().code != ErrorCode::kUnauthenticated) {
      return ErrorPage(nullptr, signed_in.error());
    }
    errors.push_back({"username", "INCORRECT", signed_in.error().message});
  }
  return SignInPage(errors[0].error == "INCORRECT" ? 401 : 400, app::RandomToken(), next,
                    form["username"], errors);
}

Response ShowCaseload(const app::Context& ctx, Request& request, const app::Session& session) {
  std::string staff = request.Query("staff");
  auto caseload = app::ViewCaseload(ctx, session.actor, staff);
  if (!caseload) {
    return ErrorPage(&session, caseload.error());
  }
  Data page = CaseloadPage(std::move(*caseload), request.Query("sort"),
                           request.Query("order") == "desc", staff);
  return Response::Html(200, RenderPage("caseload", std::move(page),
                                        LayoutFor(session, "My caseload", "nav_caseload")));
}

// The GOV.UK date input sends day, month and year separately; all empty means "no date".
Result<std::string> DateOfBirth(const Request& request) {
  std::string day = request.Query("day");
  std::string month = request.Query("month");
  std::string year = request.Query("year");
  if (day.empty() && month.empty() && year.empty()) {
    return std::string();
  }
  auto pad = [](const std::string& s) { return s.size() == 1 ? "0" + s : s; };
  std::string iso = year + "-" + pad(month) + "-" + pad(day);
  if (day.empty() || month.empty() || year.size() != 4 || !ParseDate(iso)) {
    return InvalidArgument("dateOfBirth", "INVALID_DATE",
                           "Date of birth must be a real date, like 27 3 1990");
  }
  return iso;
}

Response ShowSearch(const app::Context& ctx, Request& request, const app::Session& session) {
  Data page;
  page.set("q", request.Query("q"));
  page.set("day", request.Query("day"));
  page.set("month", request.Query("month"));
  page.set("year", request.Query("year"));
  Data layout = LayoutFor(session, "Find a person", "nav_search");
  if (!request.HasQuery("q")) {
    return Response::Html(200, RenderPage("search", std::move(page), std::move(layout)));
  }
  auto dob = DateOfBirth(request);
  Result<app::SearchResult> result =
      dob ? app::SearchPeople(ctx, session.actor, request.Query("q"), *dob) : dob.error();
  if (result) {
    Data results = SearchResults(*result);
    for (const char* key : {"searched", "result_count", "truncated", "has_results", "results"}) {
      page.set(key, results.get(key) != nullptr ? *results.get(key) : Data(false));
    }
    return Response::Html(200, RenderPage("search", std::move(page), std::move(layout)));
  }
  if (result.error().code != ErrorCode::kInvalidArgument) {
    return ErrorPage(&session, result.error());
  }
  Data list = List();
  for (const auto& e : result.error().fields) {
    Data item;
    item.set("field", e.field == "dateOfBirth" ? "dateOfBirth-day" : e.field);
    item.set("message", e.message);
    list.push_back(item);
    page.set(e.field == "dateOfBirth" ? "dob_error" : "q_error", e.message);
  }
  page.set("has_errors", true);
  page.set("errors", list);
  layout.set("title", "Error: Find a person");
  return Response::Html(400, RenderPage("search", std::move(page), std::move(layout)));
}

// The case page; `refused` (with the form that was refused) re-shows it with the errors.
// `tier_updated` is the success message after a tier input changed (assessment_pages.cc).
Response CaseResponse(const app::Context& ctx, const std::string& crn, const app::Session& session,
                      const Error* refused, std::map<std::string, std::string> form,
                      const std::string& tier_updated = "") {
  auto record = app::ViewCase(ctx, session.actor, crn);
  if (!record) {
    return ErrorPage(&session, record.error());
  }
  Data page = CasePage(*record);
  if (!tier_updated.empty()) {
    page.set("tier_panel",
             TierPanel(record->person.crn.str(), record->tier, tier_updated, record->stale_tier));
  }
  page.set("csrf_token", session.csrf_token);
  Data layout = LayoutFor(session, record->person.FullName(), nullptr);
  if (refused == nullptr) {
    return Response::Html(200, RenderPage("case", std::move(page), std::move(layout)));
  }
  SetErrors(page, *refused);
  for (const char* key : {"date", "time", "location", "provider", "notes"}) {
    page.set(std::string("form_") + key, form[key]);
  }
  page.set("booking_open", form.count("type") > 0);
  layout.set("title", "Error: " + record->person.FullName());
  return Response::Html(http::StatusFor(refused->code),
                        RenderPage("case", std::move(page), std::move(layout)));
}

Response ShowCase(const app::Context& ctx, Request& request, const app::Session& session) {
  return CaseResponse(ctx, request.Param("crn"), session, nullptr, {},
                      TierUpdatedMessage(request.Query("tier")));
}

// An id chosen on a form: none when left empty; -1 (refused by the use case, naming the field)
// when it is not a whole number.
std::optional<std::int64_t> FormId(const std::string& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  return http::ParseWholeNumber(text).value_or(-1);
}

Response PostAppointment(const app::Context& ctx, Request& request, const app::Session& session) {
  auto form = request.Form();
  app::AppointmentRequest booking;
  booking.type = form["type"];
  booking.date = form["date"];
  booking.start_time = form["time"];
  booking.location = form["location"];
  booking.requirement = FormId(form["requirementId"]);
  booking.provider = form["provider"];
  booking.notes = form["notes"];
  std::string crn = request.Param("crn");
  auto booked = app::BookAppointment(ctx, session.actor, crn, booking);
  if (!booked) {
    return CaseResponse(ctx, crn, session, &booked.error(), std::move(form));
  }
  return Response::Redirect("/cases/" + crn + "#diary");
}

Response PostOutcome(const app::Context& ctx, Request& request, const app::Session& session) {
  auto form = request.Form();
  std::string crn = request.Param("crn");
  app::OutcomeRequest outcome{FormId(request.Param("id")).value_or(0), form["outcome"],
                              form["reason"], form["notes"]};
  auto recorded = app::RecordOutcome(ctx, session.actor, crn, outcome);
  if (!recorded) {
    return CaseResponse(ctx, crn, session, &recorded.error(), {});
  }
  return Response::Redirect("/cases/" + crn + "#contacts");
}

}  // namespace

void AddPages(http::Router& router, const app::Context& ctx, const std::string& assets_folder) {
  AddStaticFiles(router, assets_folder);
  router.Get("/", [](Request&) { return Response::Redirect("/caseload"); });
  router.Get("/sign-in", ShowSignIn);
  router.Post("/sign-in", [&ctx](Request& r) { return PostSignIn(ctx, r); });
  router.Post("/sign-out", Form(ctx, [&ctx](Request& r, const app::Session&) {
                (void)app::SignOut(ctx, r.Cookie(http::kSessionCookie));
                Response response = Response::Redirect("/sign-in");
                response.headers.emplace_back("Set-Cookie", SessionCookie("", 0));
                return response;
              }));
  router.Get("/caseload", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowCaseload(ctx, r, s);
             }));
  router.Get("/search", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowSearch(ctx, r, s);
             }));
  router.Get("/cases/{crn}",
             Page(ctx, [&ctx](Request& r, const app::Session& s) { return ShowCase(ctx, r, s); }));
  router.Post("/cases/{crn}/appointments", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostAppointment(ctx, r, s);
              }));
  router.Post(
      "/cases/{crn}/contacts/{id}/outcome",
      Form(ctx, [&ctx](Request& r, const app::Session& s) { return PostOutcome(ctx, r, s); }));
  AddPlanPages(router, ctx);
  AddGroupPages(router, ctx);
  AddAllocationPages(router, ctx);
  AddAssessmentPages(router, ctx);
  AddProposalPages(router, ctx);
  AddEnforcementPages(router, ctx);
  AddEnforcementDocumentPages(router, ctx);
}

}  // namespace probity::web
