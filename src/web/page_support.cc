#include "web/page_support.h"

#include "http/authenticate.h"
#include "http/problem.h"

namespace probity::web {

using http::Request;
using http::Response;

Data LayoutFor(const app::Session& session, const std::string& title, const char* nav) {
  Data layout;
  layout.set("title", title);
  layout.set("signed_in", true);
  layout.set("username", session.actor.username);
  layout.set("csrf_token", session.csrf_token);
  layout.set("manager", session.actor.role == app::Role::kManager ||
                            session.actor.role == app::Role::kAdministrator);
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

// Puts a refused form's field errors on the page for the error summary.
http::Response PdfPage(const app::Session& session, Result<std::string> pdf,
                       const std::string& filename) {
  if (!pdf) {
    return ErrorPage(&session, pdf.error());
  }
  http::Response response;
  response.content_type = "application/pdf";
  response.body = std::move(*pdf);
  response.headers.emplace_back("Content-Disposition", "inline; filename=\"" + filename + "\"");
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

void SetErrors(Data& page, const Error& error) {
  Data list = List();
  if (error.fields.empty()) {
    Data item;
    item.set("field", "main-content");
    item.set("message", error.message);
    list.push_back(item);
  }
  for (const auto& e : error.fields) {
    Data item;
    item.set("field", e.field);
    item.set("message", e.message);
    list.push_back(item);
  }
  page.set("has_errors", true);
  page.set("errors", list);
}

Response FormPage(const Error* refused, const char* name, Data page, Data layout) {
  if (refused != nullptr) {
    SetErrors(page, *refused);
    layout.set("title", "Error: " + layout.get("title")->string_value());
  }
  return Response::Html(refused != nullptr ? http::StatusFor(refused->code) : 200,
                        RenderPage(name, std::move(page), std::move(layout)));
}

void SetIfAny(Data& data, const std::string& key, const std::string& value) {
  if (!value.empty()) {
    data.set(key, value);
  }
}

std::string Typed(const FormFields* typed, const std::string& name, const std::string& otherwise) {
  if (typed == nullptr) {
    return otherwise;
  }
  auto it = typed->find(name);
  return it == typed->end() ? "" : it->second;
}

}  // namespace probity::web
