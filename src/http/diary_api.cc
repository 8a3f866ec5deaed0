#include "http/diary_api.h"

#include <boost/json.hpp>

#include "app/diary.h"
#include "app/group_sessions.h"
#include "http/api_support.h"
#include "http/json.h"

namespace probity::http {
namespace {

constexpr int kCreated = 201;

Result<app::AppointmentRequest> ReadAppointment(const Request& r) {
  auto body = JsonObjectBody(r, {"type", "date", "time", "location", "requirementId", "staffCode",
                                 "provider", "notes", "outcome", "outcomeReason"});
  PROBITY_TRY(body);
  app::AppointmentRequest a;
  struct Text {
    const char* name;
    std::string* into;
    bool required;
  };
  for (const Text& t :
       {Text{"type", &a.type, true}, Text{"date", &a.date, true}, Text{"time", &a.start_time, true},
        Text{"location", &a.location, true}, Text{"staffCode", &a.staff_code, false},
        Text{"provider", &a.provider, false}, Text{"notes", &a.notes, false},
        Text{"outcome", &a.outcome, false}, Text{"outcomeReason", &a.outcome_reason, false}}) {
    auto value = StringMember(*body, t.name, t.required);
    PROBITY_TRY(value);
    *t.into = std::move(*value);
  }
  auto requirement = IntMember(*body, "requirementId", false);
  PROBITY_TRY(requirement);
  a.requirement = *requirement;
  return a;
}

Result<app::OutcomeRequest> ReadOutcome(const Request& r) {
  auto body = JsonObjectBody(r, {"outcome", "reason", "notes"});
  PROBITY_TRY(body);
  app::OutcomeRequest o;
  o.contact = PathId(r, "id");
  auto outcome = StringMember(*body, "outcome", true);
  PROBITY_TRY(outcome);
  auto reason = StringMember(*body, "reason", false);
  PROBITY_TRY(reason);
  auto notes = StringMember(*body, "notes", false);
  PROBITY_TRY(notes);
  o.outcome = std::move(*outcome);
  o.reason = std::move(*reason);
  o.notes = std::move(*notes);
  return o;
}

Result<app::GroupSessionRequest> ReadGroupSession(const Request& r) {
  auto body = JsonObjectBody(
      r, {"title", "type", "date", "time", "location", "staffCode", "provider", "attendees"});
  PROBITY_TRY(body);
  app::GroupSessionRequest g;
  struct Text {
    const char* name;
    std::string* into;
    bool required;
  };
  for (const Text& t :
       {Text{"title", &g.title, true}, Text{"type", &g.type, true}, Text{"date", &g.date, true},
        Text{"time", &g.start_time, true}, Text{"location", &g.location, true},
        Text{"staffCode", &g.staff_code, false}, Text{"provider", &g.provider, false}}) {
    auto value = StringMember(*body, t.name, t.required);
    PROBITY_TRY(value);
    *t.into = std::move(*value);
  }
  const boost::json::value* attendees = body->if_contains("attendees");
  if (attendees == nullptr || !attendees->is_array()) {
    return InvalidArgument("attendees", "REQUIRED",
                           "Give the attendees as [{\"crn\": ..., \"requirementId\": ...}]");
  }
  for (std::size_t i = 0; i < attendees->as_array().size(); ++i) {
    std::string prefix = "attendees[" + std::to_string(i) + "].";
    const boost::json::value& a = attendees->as_array()[i];
    if (!a.is_object()) {
      return InvalidArgument(prefix + "crn", "INVALID_TYPE", "Each attendee is a JSON object");
    }
    auto crn = StringMember(a.as_object(), "crn", true, prefix);
    PROBITY_TRY(crn);
    auto requirement = IntMember(a.as_object(), "requirementId", false, prefix);
    PROBITY_TRY(requirement);
    g.attendees.push_back({std::move(*crn), *requirement});
  }
  return g;
}

// Reads {"reason"} (cancel) or {"date","time","reason"} (move).
Result<boost::json::object> ReadChange(const Request& r, bool move) {
  if (move) {
    return JsonObjectBody(r, {"date", "time", "reason"});
  }
  return JsonObjectBody(r, {"reason"});
}

}  // namespace

void AddDiaryRoutes(Router& router, const app::Context& ctx) {
  router.Get("/api/v1/people/{crn}/appointments",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewDiary(ctx, actor, r.Param("crn")), &DiaryJson);
             }));
  router.Post("/api/v1/people/{crn}/appointments",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto request = ReadAppointment(r);
                if (!request) {
                  return Problem(request.error());
                }
                return JsonOr(app::BookAppointment(ctx, actor, r.Param("crn"), *request),
                              &DiaryResultJson, kCreated);
              }));
  router.Post("/api/v1/people/{crn}/contacts/{id}/outcome",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto request = ReadOutcome(r);
                if (!request) {
                  return Problem(request.error());
                }
                return JsonOr(app::RecordOutcome(ctx, actor, r.Param("crn"), *request),
                              &DiaryResultJson);
              }));
  router.Post(
      "/api/v1/group-sessions", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
        auto request = ReadGroupSession(r);
        if (!request) {
          return Problem(request.error());
        }
        return JsonOr(app::CreateGroupSession(ctx, actor, *request), &GroupSessionJson, kCreated);
      }));
  router.Get("/api/v1/group-sessions/{id}",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewGroupSession(ctx, actor, PathId(r, "id")), &GroupSessionJson);
             }));
  router.Post("/api/v1/group-sessions/{id}/cancel",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto body = ReadChange(r, false);
                if (!body) {
                  return Problem(body.error());
                }
                auto reason = StringMember(*body, "reason", true);
                if (!reason) {
                  return Problem(reason.error());
                }
                return JsonOr(app::CancelGroupSession(ctx, actor, PathId(r, "id"), *reason),
                              &NoticesJson);
              }));
  router.Post("/api/v1/group-sessions/{id}/move",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto body = ReadChange(r, true);
                if (!body) {
                  return Problem(body.error());
                }
                auto date = StringMember(*body, "date", true);
                auto time = StringMember(*body, "time", true);
                auto reason = StringMember(*body, "reason", true);
                for (const auto* field : {&date, &time, &reason}) {
                  if (!*field) {
                    return Problem(field->error());
                  }
                }
                return JsonOr(
                    app::MoveGroupSession(ctx, actor, PathId(r, "id"), *date, *time, *reason),
                    &NoticesJson);
              }));
  router.Get("/api/v1/notices", Authenticated(ctx, [&ctx](Request& /*r*/, const app::Actor& actor) {
               return JsonOr(app::ViewNotices(ctx, actor), &NoticesJson);
             }));
  router.Post(
      "/api/v1/group-sessions/cancellation",
      Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
        auto body = JsonObjectBody(r, {"sessionIds", "reason"});
        if (!body) {
          return Problem(body.error());
        }
        auto reason = StringMember(*body, "reason", true);
        auto ids = ArrayMember(*body, "sessionIds");
        if (!reason || !ids) {
          return Problem(!reason ? reason.error() : ids.error());
        }
        std::vector<std::int64_t> sessions;
        for (std::size_t i = 0; i < (*ids)->size(); ++i) {
          const auto& id = (**ids)[i];
          if (!id.is_int64() || id.as_int64() <= 0) {
            return Problem(InvalidArgument("sessionIds[" + std::to_string(i) + "]", "INVALID_TYPE",
                                           "A session id is a positive whole number"));
          }
          sessions.push_back(id.as_int64());
        }
        return JsonOr(app::CancelGroupSessions(ctx, actor, sessions, *reason), &NoticesJson);
      }));
  router.Post(
      "/api/v1/notices/preference", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
        auto body = JsonObjectBody(r, {"dailyDigest"});
        if (!body) {
          return Problem(body.error());
        }
        if (!body->contains("dailyDigest")) {
          return Problem(InvalidArgument("dailyDigest", "REQUIRED", "Say true or false"));
        }
        auto on = BoolMember(*body, "dailyDigest");
        if (!on) {
          return Problem(on.error());
        }
        auto set = app::SetDailyDigest(ctx, actor, *on);
        if (!set) {
          return Problem(set.error());
        }
        return Response::Json(200, *on ? R"({"dailyDigest":true})" : R"({"dailyDigest":false})");
      }));
  router.Post("/api/v1/notices/digests/{date}/read",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto marked = app::MarkDigestRead(ctx, actor, r.Param("date"));
                if (!marked) {
                  return Problem(marked.error());
                }
                return Response::Json(200, "{\"marked\":" + std::to_string(*marked) + "}");
              }));
  router.Post("/api/v1/notices/{id}/read",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto marked = app::MarkNoticeRead(ctx, actor, PathId(r, "id"));
                if (!marked) {
                  return Problem(marked.error());
                }
                return Response::Json(200, R"({"read":true})");
              }));
}

}  // namespace probity::http
