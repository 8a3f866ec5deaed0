#include "http/sentence_api.h"

#include <utility>

#include <boost/json.hpp>

#include "app/sentences.h"
#include "http/api_support.h"
#include "http/json.h"

namespace probity::http {
namespace {

namespace json = boost::json;

constexpr int kCreated = 201;

Result<app::OrderRequest> ReadOrder(const Request& r) {
  auto body = JsonObjectBody(
      r, {"convictionDate", "offenceCategory", "offenceDescription", "court", "orderType",
          "sentenceDate", "endDate", "custodialMonths", "operationalEndDate", "requirements"});
  PROBITY_TRY(body);
  app::OrderRequest o;
  for (auto [name, into] :
       {std::pair{"convictionDate", &o.conviction_date},
        std::pair{"offenceCategory", &o.offence_category},
        std::pair{"offenceDescription", &o.offence_description}, std::pair{"court", &o.court},
        std::pair{"orderType", &o.order_type}, std::pair{"sentenceDate", &o.sentence_date},
        std::pair{"endDate", &o.end_date},
        std::pair{"operationalEndDate", &o.operational_end_date}}) {
    auto text = StringMember(*body, name, false);
    PROBITY_TRY(text);
    *into = std::move(*text);
  }
  auto months = IntMember(*body, "custodialMonths", false);
  PROBITY_TRY(months);
  o.custodial_months = *months;
  auto read = [&o](const json::object& item, const std::string& at) -> Status {
    app::RequirementRequest q;
    auto type = StringMember(item, "type", false, at);
    PROBITY_TRY(type);
    auto length = IntMember(item, "length", false, at);
    PROBITY_TRY(length);
    auto hours = IntMember(item, "dailyHours", false, at);
    PROBITY_TRY(hours);
    auto end = StringMember(item, "endDate", false, at);
    PROBITY_TRY(end);
    q.type = std::move(*type);
    q.length = *length;
    q.daily_hours = *hours;
    q.end_date = std::move(*end);
    o.requirements.push_back(std::move(q));
    return Ok();
  };
  PROBITY_TRY(ForEachObject(*body, "requirements", read));
  return o;
}

// An optional whole number that must fit an int (the domain's lengths and hours).
Result<std::optional<int>> SmallIntMember(const json::object& body, std::string_view name) {
  auto value = IntMember(body, name, false);
  PROBITY_TRY(value);
  if (!*value) {
    return std::optional<int>();
  }
  if (!std::in_range<int>(**value)) {
    return InvalidArgument(std::string(name), "OUT_OF_RANGE", "That number is far too large");
  }
  return std::optional(static_cast<int>(**value));
}

Result<sentence::RequirementVariation> ReadVariation(const Request& r) {
  auto body = JsonObjectBody(r, {"length", "endDate", "dailyHours", "reason"});
  PROBITY_TRY(body);
  sentence::RequirementVariation v;
  auto length = SmallIntMember(*body, "length");
  PROBITY_TRY(length);
  auto hours = SmallIntMember(*body, "dailyHours");
  PROBITY_TRY(hours);
  auto end = DateMember(*body, "endDate");
  PROBITY_TRY(end);
  auto reason = StringMember(*body, "reason", false);
  PROBITY_TRY(reason);
  v.length = *length;
  v.daily_hours = *hours;
  v.end_date = *end;
  v.reason = std::move(*reason);
  return v;
}

Result<app::EndingRequest> ReadEnding(const Request& r) {
  auto body = JsonObjectBody(r, {"status", "reason", "endedOn"});
  PROBITY_TRY(body);
  auto status = StringMember(*body, "status", false);
  PROBITY_TRY(status);
  auto reason = StringMember(*body, "reason", false);
  PROBITY_TRY(reason);
  auto ended = DateMember(*body, "endedOn");
  PROBITY_TRY(ended);
  return app::EndingRequest{std::move(*status), std::move(*reason), *ended};
}

}  // namespace

void AddSentenceRoutes(Router& router, const app::Context& ctx) {
  router.Post("/api/v1/people/{crn}/orders",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto request = ReadOrder(r);
                if (!request) {
                  return Problem(request.error());
                }
                return JsonOr(app::RecordOrder(ctx, actor, r.Param("crn"), *request),
                              &RecordedOrderJson, kCreated);
              }));
  const std::string base = "/api/v1/people/{crn}/requirements/{id}";
  router.Post(base + "/variations", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto variation = ReadVariation(r);
                if (!variation) {
                  return Problem(variation.error());
                }
                return JsonOr(
                    app::VaryRequirement(ctx, actor, r.Param("crn"), PathId(r, "id"), *variation),
                    &RequirementHistoryJson);
              }));
  router.Post(base + "/ending", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto ending = ReadEnding(r);
                if (!ending) {
                  return Problem(ending.error());
                }
                return JsonOr(
                    app::EndRequirement(ctx, actor, r.Param("crn"), PathId(r, "id"), *ending),
                    &RequirementHistoryJson);
              }));
  router.Get(base + "/history", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(
                   app::ViewRequirementHistory(ctx, actor, r.Param("crn"), PathId(r, "id")),
                   &RequirementHistoryJson);
             }));
}

}  // namespace probity::http
