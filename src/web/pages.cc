#include "web/pages.h"

#include "app/auth.h"
#include "app/caseload.h"
#include "app/cases.h"
#include "http/authenticate.h"
#include "http/problem.h"
#include "web/render.h"
#include "web/static_files.h"
#include "web/view_models.h"

namespace probity::web {
namespace {

constexpr const char* kSignInCsrfCookie = "probity_signin_csrf";

using http::Request;
using http::Response;

Data LayoutFor(const app::Session& session, const std::string& title, const char* nav) {
  Data layout;
  layout.set("title", title);
  layout.set("signed_in", true);
  layout.set("username", session.actor.username);
  layout.set("csrf_token", session.csrf_token);
  if (nav != nullptr) {
    layout.set(nav, true);
  }
  return layout;
}

Response ErrorPage(const app::Session* session, const Error& error) {
  int status = http::StatusFor(error.code);
  Data page;
  const char* heading = status == 404   ? "Page not found"
                        : status == 403 ? "You cannot see this page"
                        : status == 503 ? "Sorry, the service is unavailable"
                                        : "Sorry, there is a problem with the service";
  page.set("heading", heading);
  page.set("message", error.message);
  Data layout;
  if (session != nullptr) {
    layout = LayoutFor(*session, heading, nullptr);
  } else {
    layout.set("title", heading);
  }
  return Response::Html(status, RenderPage("error", std::move(page), std::move(layout)));
}

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

// Wraps a page handler: a visitor without a session is sent to sign in, then back here.
http::Handler Page(const app::Context& ctx,
                   std::function<Response(Request&, const app::Session&)> handler) {
  return [&ctx, handler = std::move(handler)](Request& request) {
    auto session = http::Authenticate(ctx, request);
    if (!session) {
      if (session.error().code != ErrorCode::kUnauthenticated) {
        return ErrorPage(nullptr, session.error());
      }
      std::string here = request.path;
      if (!request.query.empty()) {
        here += "?";
        for (std::size_t i = 0; i < request.query.size(); ++i) {
          here += (i == 0 ? "" : "&") + http::UrlEncode(request.query[i].first) + "=" +
                  http::UrlEncode(request.query[i].second);
        }
      }
      return Response::Redirect("/sign-in?next=" + http::UrlEncode(here));
    }
    return handler(request, *session);
  };
}

// Wraps a form POST: the session's CSRF token must come back in the form.
http::Handler Form(const app::Context& ctx,
                   std::function<Response(Request&, const app::Session&)> handler) {
  return Page(ctx, [handler = std::move(handler)](Request& request, const app::Session& session) {
    auto form = request.Form();
    if (session.csrf_token.empty() || !app::TokensEqual(form["csrfToken"], session.csrf_token)) {
      return ErrorPage(&session, PermissionDenied("The form has expired: go back, reload the page "
                                                  "and try again"));
    }
    return handler(request, session);
  });
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

Response ShowCase(const app::Context& ctx, Request& request, const app::Session& session) {
  auto record = app::ViewCase(ctx, session.actor, request.Param("crn"));
  if (!record) {
    return ErrorPage(&session, record.error());
  }
  return Response::Html(200, RenderPage("case", CasePage(*record),
                                        LayoutFor(session, record->person.FullName(), nullptr)));
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
}

}  // namespace probity::web
