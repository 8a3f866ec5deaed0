#include "http/plan_api.h"

#include <limits>

#include <boost/json.hpp>

#include "app/rar_plan.h"
#include "http/api_support.h"
#include "http/json.h"

namespace probity::http {
namespace {

namespace json = boost::json;

// Parses a code with `parse`; kInvalidArgument naming the field when it is not one.
template <typename T, typename Parse>
Result<T> CodeMember(const json::object& o, std::string_view name, const std::string& prefix,
                     Parse parse, T fallback, bool required) {
  auto text = StringMember(o, name, required, prefix);
  PROBITY_TRY(text);
  if (text->empty()) {
    return fallback;
  }
  auto value = parse(*text);
  if (!value) {
    return InvalidArgument(prefix + std::string(name), "UNKNOWN_CODE", "Unknown code " + *text);
  }
  return *value;
}

Result<plan::Plan> ReadPlan(const Request& r) {
  auto body = JsonObjectBody(r, {"needs", "objectives", "activities", "reviewOn"});
  PROBITY_TRY(body);
  plan::Plan p;
  auto review = DateMember(*body, "reviewOn", "");
  PROBITY_TRY(review);
  p.review_on = *review;
  PROBITY_TRY(
      ForEachObject(*body, "needs", [&](const json::object& o, const std::string& at) -> Status {
        plan::Need n;
        auto area = CodeMember(o, "area", at, need::ParseNeedArea, need::NeedArea{}, true);
        PROBITY_TRY(area);
        auto link = CodeMember(o, "link", at, plan::ParseOffendingLink,
                               plan::OffendingLink::kLinked, false);
        PROBITY_TRY(link);
        auto dependent = BoolMember(o, "dependentOrDiagnosed", at);
        PROBITY_TRY(dependent);
        auto notes = StringMember(o, "notes", false, at);
        PROBITY_TRY(notes);
        auto reason = StringMember(o, "noActivityReason", false, at);
        PROBITY_TRY(reason);
        p.needs.push_back({*area, *link, *dependent, std::move(*notes), std::move(*reason)});
        return Ok();
      }));
  PROBITY_TRY(ForEachObject(
      *body, "objectives", [&](const json::object& o, const std::string& at) -> Status {
        plan::Objective objective;
        auto description = StringMember(o, "description", false, at);
        PROBITY_TRY(description);
        auto outcome = StringMember(o, "outcome", false, at);
        PROBITY_TRY(outcome);
        auto needs = ArrayMember(o, "needs", at);
        PROBITY_TRY(needs);
        for (std::size_t j = 0; j < (*needs)->size(); ++j) {
          const json::value& code = (**needs)[j];
          auto area = code.is_string() ? need::ParseNeedArea(code.as_string()) : std::nullopt;
          if (!area) {
            return Status(InvalidArgument(at + "needs[" + std::to_string(j) + "]", "UNKNOWN_CODE",
                                          "Not a need-area code"));
          }
          objective.needs.push_back(*area);
        }
        objective.description = std::move(*description);
        objective.outcome = std::move(*outcome);
        p.objectives.push_back(std::move(objective));
        return Ok();
      }));
  PROBITY_TRY(ForEachObject(
      *body, "activities", [&](const json::object& o, const std::string& at) -> Status {
        plan::Activity a;
        auto description = StringMember(o, "description", false, at);
        PROBITY_TRY(description);
        auto need_code = StringMember(o, "need", false, at);
        PROBITY_TRY(need_code);
        if (!need_code->empty()) {
          a.need = need::ParseNeedArea(*need_code);
          if (!a.need) {
            return Status(InvalidArgument(at + "need", "UNKNOWN_CODE", "Not a need-area code"));
          }
        }
        auto deliverer = CodeMember(o, "deliverer", at, plan::ParseDeliverer,
                                    plan::Deliverer::kResponsibleOfficer, false);
        PROBITY_TRY(deliverer);
        auto provider = StringMember(o, "provider", false, at);
        PROBITY_TRY(provider);
        auto format = CodeMember(o, "format", at, plan::ParseSessionFormat,
                                 plan::SessionFormat::kOneToOne, false);
        PROBITY_TRY(format);
        auto days = IntMember(o, "rarDays", true, at);
        PROBITY_TRY(days);
        auto start = DateMember(o, "plannedStart", at);
        PROBITY_TRY(start);
        constexpr std::int64_t kMaxDays = 10000;  // keeps the sum well inside an int
        if (**days < 0 || **days > kMaxDays) {
          return Status(InvalidArgument(at + "rarDays", "OUT_OF_RANGE",
                                        "RAR days of an activity are between 1 and the days "
                                        "ordered"));
        }
        a.description = std::move(*description);
        a.deliverer = *deliverer;
        a.provider = std::move(*provider);
        a.format = *format;
        a.rar_days = static_cast<int>(**days);
        a.planned_start = *start;
        p.activities.push_back(std::move(a));
        return Ok();
      }));
  return p;
}

Result<rar::Completion> ReadCompletion(const Request& r) {
  auto body =
      JsonObjectBody(r, {"objectives", "confirmed", "rationale", "progress", "outcomeAchieved"});
  PROBITY_TRY(body);
  rar::Completion c;
  auto confirmed = BoolMember(*body, "confirmed", "");
  PROBITY_TRY(confirmed);
  c.confirmed = *confirmed;
  for (auto [name, into] :
       {std::pair{"rationale", &c.rationale}, std::pair{"progress", &c.progress},
        std::pair{"outcomeAchieved", &c.outcome_achieved}}) {
    auto text = StringMember(*body, name, false);
    PROBITY_TRY(text);
    *into = std::move(*text);
  }
  PROBITY_TRY(ForEachObject(
      *body, "objectives", [&](const json::object& o, const std::string& at) -> Status {
        rar::ObjectiveResult result;
        auto outcome = StringMember(o, "outcome", false, at);
        PROBITY_TRY(outcome);
        if (!outcome->empty()) {
          result.outcome = rar::ParseObjectiveOutcome(*outcome);
          if (!result.outcome) {
            return Status(InvalidArgument(at + "outcome", "UNKNOWN_CODE",
                                          "Use achieved, partly_achieved or not_achieved"));
          }
        }
        auto notes = StringMember(o, "notes", false, at);
        PROBITY_TRY(notes);
        result.notes = std::move(*notes);
        c.objectives.push_back(std::move(result));
        return Ok();
      }));
  return c;
}

json::value DateOrNull(const std::optional<Date>& date) {
  return date ? json::value(FormatDate(*date)) : json::value(nullptr);
}

std::string PlanViewJson(const app::RarPlanView& view) {
  json::object body{{"crn", view.crn},
                    {"requirementId", view.requirement.value()},
                    {"latestVersion", view.latest_version},
                    {"rar", RarObject(view.rar)}};
  if (view.plan) {
    const plan::Plan& p = *view.plan;
    json::array needs;
    for (const auto& n : p.needs) {
      needs.push_back({{"area", need::NeedAreaCode(n.area)},
                       {"name", need::NeedAreaName(n.area)},
                       {"link", plan::OffendingLinkCode(n.link)},
                       {"dependentOrDiagnosed", n.dependent_or_diagnosed},
                       {"notes", n.notes},
                       {"noActivityReason", n.no_activity_reason}});
    }
    json::array objectives;
    for (const auto& o : p.objectives) {
      json::array areas;
      for (auto a : o.needs) {
        areas.emplace_back(need::NeedAreaCode(a));
      }
      objectives.push_back(
          {{"description", o.description}, {"outcome", o.outcome}, {"needs", std::move(areas)}});
    }
    json::array activities;
    for (const auto& a : p.activities) {
      activities.push_back({{"description", a.description},
                            {"need", a.need ? json::value(need::NeedAreaCode(*a.need)) : nullptr},
                            {"deliverer", plan::DelivererCode(a.deliverer)},
                            {"provider", a.provider},
                            {"format", plan::SessionFormatCode(a.format)},
                            {"rarDays", a.rar_days},
                            {"plannedStart", DateOrNull(a.planned_start)}});
    }
    json::array warnings;
    for (const auto& w : view.check.warnings) {
      warnings.push_back({{"field", w.field}, {"code", w.code}, {"message", w.message}});
    }
    body["plan"] = json::object{{"version", p.version},
                                {"status", plan::PlanStatusCode(p.status)},
                                {"agreedOn", DateOrNull(p.agreed_on)},
                                {"reviewOn", DateOrNull(p.review_on)},
                                {"needs", std::move(needs)},
                                {"objectives", std::move(objectives)},
                                {"activities", std::move(activities)},
                                {"budget",
                                 {{"ordered", view.check.ordered},
                                  {"planned", view.check.planned},
                                  {"remaining", view.check.remaining}}},
                                {"warnings", std::move(warnings)}};
  } else {
    body["plan"] = nullptr;
  }
  if (view.completion) {
    const auto& c = *view.completion;
    json::array outcomes;
    for (const auto& o : c.completion.objectives) {
      outcomes.push_back(
          {{"outcome", o.outcome ? json::value(rar::ObjectiveOutcomeCode(*o.outcome)) : nullptr},
           {"notes", o.notes}});
    }
    body["completion"] = json::object{{"completedOn", FormatDate(c.completed.completed_on)},
                                      {"planVersion", c.completed.plan_version},
                                      {"daysOrdered", c.completed.days_ordered},
                                      {"daysCompleted", c.completed.days_completed},
                                      {"objectives", std::move(outcomes)},
                                      {"rationale", c.completion.rationale},
                                      {"progress", c.completion.progress},
                                      {"outcomeAchieved", c.completion.outcome_achieved},
                                      {"recordedBy", c.recorded_by}};
  } else {
    body["completion"] = nullptr;
  }
  return json::serialize(body);
}

std::string MissingCompletionsJson(const std::vector<app::MissingCompletion>& rows) {
  json::array out;
  for (const auto& row : rows) {
    out.push_back({{"crn", row.rar.crn},
                   {"name", row.rar.name},
                   {"officer", row.rar.officer_name},
                   {"requirementId", row.rar.requirement.value()},
                   {"orderEnd", FormatDate(row.rar.order_end)},
                   {"ordered", row.days.ordered},
                   {"completed", row.days.completed}});
  }
  return json::serialize(json::object{{"count", out.size()}, {"rars", std::move(out)}});
}

}  // namespace

void AddPlanRoutes(Router& router, const app::Context& ctx) {
  const std::string base = "/api/v1/people/{crn}/requirements/{id}";
  router.Get(base + "/plan", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               int version = 0;
               if (r.HasQuery("version")) {
                 auto parsed = ParseWholeNumber(r.Query("version"));
                 if (!parsed || *parsed <= 0 || *parsed > std::numeric_limits<int>::max()) {
                   return Problem(InvalidArgument("version", "INVALID_FORMAT",
                                                  "A version is a positive whole number"));
                 }
                 version = static_cast<int>(*parsed);
               }
               return JsonOr(app::ViewRarPlan(ctx, actor, r.Param("crn"), PathId(r, "id"), version),
                             &PlanViewJson);
             }));
  router.Post(base + "/plan", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto draft = ReadPlan(r);
                if (!draft) {
                  return Problem(draft.error());
                }
                return JsonOr(app::SaveRarPlan(ctx, actor, r.Param("crn"), PathId(r, "id"),
                                               std::move(*draft)),
                              &PlanViewJson);
              }));
  router.Post(base + "/plan/agree", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return JsonOr(app::AgreeRarPlan(ctx, actor, r.Param("crn"), PathId(r, "id")),
                              &PlanViewJson);
              }));
  router.Post(base + "/completion", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto completion = ReadCompletion(r);
                if (!completion) {
                  return Problem(completion.error());
                }
                return JsonOr(
                    app::CompleteRar(ctx, actor, r.Param("crn"), PathId(r, "id"), *completion),
                    &PlanViewJson);
              }));
  router.Get("/api/v1/rar/missing-completions",
             Authenticated(ctx, [&ctx](Request& /*r*/, const app::Actor& actor) {
               return JsonOr(app::ListMissingCompletions(ctx, actor), &MissingCompletionsJson);
             }));
}

}  // namespace probity::http
