#include "web/group_pages.h"

#include <sstream>

#include "app/group_sessions.h"
#include "http/problem.h"
#include "web/page_support.h"

namespace probity::web {
namespace {

using http::Request;
using http::Response;

// 0 (refused by the use cases) when the text is not a whole number.
std::int64_t ParseId(const std::string& text) {
  return http::ParseWholeNumber(text).value_or(0);
}

// One CRN per line (spaces and commas also separate them).
std::vector<app::GroupAttendeeRequest> Attendees(const std::string& text) {
  std::string spaced = text;
  for (char& c : spaced) {
    c = c == ',' ? ' ' : c;
  }
  std::istringstream in(spaced);
  std::vector<app::GroupAttendeeRequest> attendees;
  std::string crn;
  while (in >> crn) {
    attendees.push_back({crn, std::nullopt});
  }
  return attendees;
}

Response NewSessionForm(const app::Session& session, std::map<std::string, std::string> form,
                        const Error* refused) {
  Data page;
  page.set("csrf_token", session.csrf_token);
  for (const char* key : {"title", "date", "time", "location", "provider", "attendees"}) {
    page.set(key, form[key]);
  }
  Data layout = LayoutFor(session, "Arrange a group session", nullptr);
  if (refused == nullptr) {
    return Response::Html(200, RenderPage("group_session_new", std::move(page), std::move(layout)));
  }
  SetErrors(page, *refused);
  layout.set("title", "Error: Arrange a group session");
  return Response::Html(http::StatusFor(refused->code),
                        RenderPage("group_session_new", std::move(page), std::move(layout)));
}

Response PostSession(const app::Context& ctx, Request& request, const app::Session& session) {
  auto form = request.Form();
  app::GroupSessionRequest r{
      form["title"],    form["type"], form["date"],     form["time"],
      form["location"], "",           form["provider"], Attendees(form["attendees"])};
  auto created = app::CreateGroupSession(ctx, session.actor, r);
  if (!created) {
    return NewSessionForm(session, std::move(form), &created.error());
  }
  return Response::Redirect("/group-sessions/" + std::to_string(created->session.id));
}

Response ShowSession(const app::Context& ctx, Request& request, const app::Session& session,
                     const Error* refused) {
  auto view = app::ViewGroupSession(ctx, session.actor, ParseId(request.Param("id")));
  if (!view) {
    return ErrorPage(&session, view.error());
  }
  const app::GroupSession& s = view->session;
  Data page;
  page.set("csrf_token", session.csrf_token);
  page.set("id", std::to_string(s.id));
  page.set("title", s.title);
  page.set("date", FormatDateLong(s.date));
  page.set("time", s.start_time);
  page.set("location", s.location);
  page.set("status", s.cancelled ? "Cancelled" : "Scheduled");
  page.set("scheduled", !s.cancelled);
  Data attendees = List();
  for (const auto& a : view->attendees) {
    Data row;
    row.set("crn", a.crn);
    row.set("name", a.name);
    row.set("outcome", a.outcome ? contact::OutcomeName(*a.outcome) : "Not yet recorded");
    attendees.push_back(row);
  }
  page.set("attendees", attendees);
  Data layout = LayoutFor(session, s.title, nullptr);
  int status = 200;
  if (refused != nullptr) {
    SetErrors(page, *refused);
    layout.set("title", "Error: " + s.title);
    status = http::StatusFor(refused->code);
  }
  return Response::Html(status, RenderPage("group_session", std::move(page), std::move(layout)));
}

Response PostChange(const app::Context& ctx, Request& request, const app::Session& session,
                    bool move) {
  auto form = request.Form();
  std::int64_t id = ParseId(request.Param("id"));
  auto done = move ? app::MoveGroupSession(ctx, session.actor, id, form["date"], form["time"],
                                           form["reason"])
                   : app::CancelGroupSession(ctx, session.actor, id, form["reason"]);
  if (!done) {
    return ShowSession(ctx, request, session, &done.error());
  }
  return Response::Redirect("/group-sessions/" + std::to_string(id));
}

Response ShowNotices(const app::Context& ctx, const app::Session& session) {
  auto notices = app::ViewNotices(ctx, session.actor);
  if (!notices) {
    return ErrorPage(&session, notices.error());
  }
  Data page;
  page.set("csrf_token", session.csrf_token);
  Data list = List();
  bool digest = false;
  for (const auto& n : *notices) {
    Data item;
    item.set("id", std::to_string(n.id));
    if (n.digest_of) {
      digest = true;
      item.set("digest_of", FormatDate(*n.digest_of));
    }
    item.set("title", n.title);
    item.set("body", n.body);
    item.set("read", n.read);
    Data crns = List();
    for (const auto& crn : n.crns) {
      crns.push_back(Data(crn));
    }
    item.set("crns", crns);
    list.push_back(item);
  }
  page.set("notices", list);
  page.set("has_notices", !notices->empty());
  page.set("digest", digest);
  return Response::Html(
      200, RenderPage("notices", std::move(page), LayoutFor(session, "Notices", "nav_notices")));
}

}  // namespace

void AddGroupPages(http::Router& router, const app::Context& ctx) {
  router.Get("/group-sessions/new", Page(ctx, [](Request& /*r*/, const app::Session& s) {
               return NewSessionForm(s, {}, nullptr);
             }));
  router.Post("/group-sessions", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostSession(ctx, r, s);
              }));
  router.Get("/group-sessions/{id}", Page(ctx, [&ctx](Request& r, const app::Session& s) {
               return ShowSession(ctx, r, s, nullptr);
             }));
  router.Post("/group-sessions/{id}/move", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostChange(ctx, r, s, true);
              }));
  router.Post("/group-sessions/{id}/cancel", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                return PostChange(ctx, r, s, false);
              }));
  router.Get("/notices", Page(ctx, [&ctx](Request& /*r*/, const app::Session& s) {
               return ShowNotices(ctx, s);
             }));
  router.Post("/notices/preference", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                auto set = app::SetDailyDigest(ctx, s.actor, r.Form()["dailyDigest"] == "yes");
                if (!set) {
                  return ErrorPage(&s, set.error());
                }
                return Response::Redirect("/notices");
              }));
  router.Post("/notices/digests/{date}/read", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                auto marked = app::MarkDigestRead(ctx, s.actor, r.Param("date"));
                if (!marked) {
                  return ErrorPage(&s, marked.error());
                }
                return Response::Redirect("/notices");
              }));
  router.Post("/notices/{id}/read", Form(ctx, [&ctx](Request& r, const app::Session& s) {
                auto marked = app::MarkNoticeRead(ctx, s.actor, ParseId(r.Param("id")));
                if (!marked) {
                  return ErrorPage(&s, marked.error());
                }
                return Response::Redirect("/notices");
              }));
}

}  // namespace probity::web
