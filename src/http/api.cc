#include "http/api.h"

#include <boost/json.hpp>

#include "app/caseload.h"
#include "app/cases.h"
#include "app/ports.h"
#include "http/api_support.h"
#include "http/calculators.h"
#include "http/json.h"
#include "http/problem.h"

namespace probity::http {
namespace {

// Refuses query parameters the endpoint does not know, so a typo is not silently ignored.
std::optional<Response> UnknownQuery(const Request& request,
                                     std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : request.query) {
    bool ok = false;
    for (auto k : known) {
      ok = ok || name == k;
    }
    if (!ok) {
      return Problem(InvalidArgument(name, "UNKNOWN_PARAMETER", "Unknown query parameter " + name));
    }
  }
  return std::nullopt;
}

}  // namespace

void AddHealthRoutes(Router& router, const app::Context& ctx, ServiceInfo info) {
  router.Get("/ping", [](Request&) { return Response::Json(200, R"({"status":"ok"})"); });
  router.Get("/health", [&ctx](Request&) {
    auto ping = ctx.store.Ping();
    if (!ping) {
      boost::json::object body{{"status", "down"}, {"database", ping.error().message}};
      return Response::Json(503, boost::json::serialize(body));
    }
    return Response::Json(200, R"({"status":"ok"})");
  });
  router.Get("/info", [&ctx, info](Request&) {
    auto version = ctx.store.schema_version();
    boost::json::object body{{"name", "probity"},
                             {"version", info.version},
                             {"database", ctx.store.engine_name()},
                             {"schemaVersion", version ? *version : 0}};
    return Response::Json(200, boost::json::serialize(body));
  });
}

void AddApiRoutes(Router& router, const app::Context& ctx) {
  router.Get("/api/v1/people", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               if (auto bad = UnknownQuery(r, {"q", "dateOfBirth"})) {
                 return *bad;
               }
               return JsonOr(app::SearchPeople(ctx, actor, r.Query("q"), r.Query("dateOfBirth")),
                             &SearchJson);
             }));
  router.Get("/api/v1/people/{crn}",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewCase(ctx, actor, r.Param("crn")), &PersonJson);
             }));
  router.Get("/api/v1/people/{crn}/sentences",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewSentences(ctx, actor, r.Param("crn")), &SentencesJson);
             }));
  router.Get("/api/v1/people/{crn}/requirements/{id}/rar",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               std::int64_t id = PathId(r, "id");
               return JsonOr(app::ViewRarStatus(ctx, actor, r.Param("crn"), id), &RarStatusJson);
             }));
  router.Get("/api/v1/caseload", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               if (auto bad = UnknownQuery(r, {})) {
                 return *bad;
               }
               return JsonOr(app::ViewCaseload(ctx, actor, ""), &CaseloadJson);
             }));
  router.Get("/api/v1/staff/{code}/caseload",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewCaseload(ctx, actor, r.Param("code")), &CaseloadJson);
             }));
  AddCalculatorRoutes(router, ctx);
}

}  // namespace probity::http
