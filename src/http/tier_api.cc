#include "http/tier_api.h"

#include <boost/json.hpp>

#include "app/tier.h"
#include "app/workload.h"
#include "http/api_support.h"

namespace probity::http {
namespace {

namespace json = boost::json;

constexpr int kCreated = 201;

json::array FactorsJson(const std::vector<tier::TierFactor>& factors) {
  json::array out;
  for (const auto& f : factors) {
    out.push_back(json::object{{"factor", f.code},
                               {"detail", f.detail},
                               {"description", f.description},
                               {"points", f.points}});
  }
  return out;
}

std::string TierViewJson(const app::TierView& view) {
  json::object out{{"crn", view.crn}};
  out["ogrsTwoYearPercent"] =
      view.ogrs_two_year_percent ? json::value(*view.ogrs_two_year_percent) : nullptr;
  if (view.tier) {
    const auto& r = view.tier->result;
    out["tier"] = r.Code();
    out["protectLevel"] = std::string(1, tier::ProtectLevelLetter(r.protect));
    out["protectPoints"] = r.protect_points;
    out["protectFactors"] = FactorsJson(r.protect_factors);
    out["changeLevel"] = r.change;
    out["changePoints"] = r.change_points;
    out["changeFactors"] = FactorsJson(r.change_factors);
    out["unsupervised"] = r.unsupervised;
    out["calculatedAt"] = FormatInstant(view.tier->calculated_at);
    out["reason"] = view.tier->reason;
  } else {
    out["tier"] = nullptr;
  }
  if (view.assessment) {
    const auto& a = *view.assessment;
    json::object needs;
    for (tier::Need need : tier::kNeeds) {
      needs[tier::NeedCode(need)] = tier::NeedSeverityCode(a.needs[static_cast<std::size_t>(need)]);
    }
    json::object assessment{{"assessedOn", FormatDate(a.assessed_on)},
                            {"needs", std::move(needs)},
                            {"parentingResponsibilities", a.parenting_responsibilities},
                            {"impulsivity", a.impulsivity},
                            {"temperControl", a.temper_control}};
    assessment["rsr"] = a.rsr_hundredths ? json::value(*a.rsr_hundredths / 100.0) : nullptr;
    assessment["rosh"] = a.rosh ? json::value(tier::RoshCode(*a.rosh)) : nullptr;
    out["assessment"] = std::move(assessment);
  } else {
    out["assessment"] = nullptr;
  }
  json::array registrations;
  for (const auto& r : view.registrations) {
    json::object item{{"id", r.id},
                      {"register", person::RegisterCode(r.type)},
                      {"name", person::RegisterName(r.type)},
                      {"registeredOn", FormatDate(r.registered_on)}};
    item["level"] = r.level ? json::value(tier::MappaLevelCode(*r.level)) : nullptr;
    registrations.push_back(std::move(item));
  }
  out["registrations"] = std::move(registrations);
  return json::serialize(out);
}

Result<bool> BoolMember(const json::object& body, std::string_view name) {
  const json::value* value = body.if_contains(name);
  if (value == nullptr || value->is_null()) {
    return false;
  }
  if (!value->is_bool()) {
    return InvalidArgument(std::string(name), "INVALID_TYPE", "Expected true or false");
  }
  return value->as_bool();
}

Result<app::AssessmentRequest> ReadAssessment(const Request& r) {
  auto body = JsonObjectBody(r, {"assessedOn", "rsr", "rosh", "needs", "parentingResponsibilities",
                                 "impulsivity", "temperControl", "ogrsTwoYearPercent"});
  PROBITY_TRY(body);
  app::AssessmentRequest a;
  auto assessed = StringMember(*body, "assessedOn", false);
  PROBITY_TRY(assessed);
  a.assessed_on = std::move(*assessed);
  auto rosh = StringMember(*body, "rosh", false);
  PROBITY_TRY(rosh);
  a.rosh = std::move(*rosh);
  if (const json::value* rsr = body->if_contains("rsr"); rsr != nullptr && !rsr->is_null()) {
    if (!rsr->is_number()) {
      return InvalidArgument("rsr", "INVALID_TYPE", "Expected a number (a percentage)");
    }
    a.rsr_percent = rsr->to_number<double>();
  }
  auto ogrs = IntMember(*body, "ogrsTwoYearPercent", false);
  PROBITY_TRY(ogrs);
  a.ogrs_two_year_percent = *ogrs;
  if (const json::value* needs = body->if_contains("needs"); needs != nullptr) {
    if (!needs->is_object()) {
      return InvalidArgument("needs", "INVALID_TYPE",
                             "Expected an object of need codes and severities");
    }
    for (const auto& [code, severity] : needs->as_object()) {
      if (!severity.is_string()) {
        return InvalidArgument("needs." + std::string(code), "INVALID_TYPE",
                               "Expected no_need, standard or severe");
      }
      a.needs.emplace_back(std::string(code), std::string(severity.as_string()));
    }
  }
  for (auto [name, into] :
       {std::pair{"parentingResponsibilities", &a.parenting_responsibilities},
        std::pair{"impulsivity", &a.impulsivity}, std::pair{"temperControl", &a.temper_control}}) {
    auto flag = BoolMember(*body, name);
    PROBITY_TRY(flag);
    *into = *flag;
  }
  return a;
}

Result<app::RegistrationRequest> ReadRegistration(const Request& r) {
  auto body = JsonObjectBody(r, {"register", "level", "registeredOn"});
  PROBITY_TRY(body);
  app::RegistrationRequest q;
  for (auto [name, into] : {std::pair{"register", &q.register_code}, std::pair{"level", &q.level},
                            std::pair{"registeredOn", &q.registered_on}}) {
    auto text = StringMember(*body, name, false);
    PROBITY_TRY(text);
    *into = std::move(*text);
  }
  return q;
}

json::object PointsTableObject(const workload::PointsTable& t) {
  json::object points;
  for (auto row : {workload::PointsRow::kCommunity, workload::PointsRow::kLicence,
                   workload::PointsRow::kCustody, workload::PointsRow::kT2a}) {
    json::object tiers;
    for (std::size_t i = 0; i < workload::kTierCount; ++i) {
      tiers[workload::TierAt(i)] = t.points[static_cast<std::size_t>(row)][i];
    }
    points[workload::PointsRowCode(row)] = std::move(tiers);
  }
  return {{"id", t.id},
          {"effectiveFrom", FormatDate(t.effective_from)},
          {"nominalTarget", t.nominal_target},
          {"defaultHours", t.default_hours},
          {"points", std::move(points)}};
}

std::string PointsTablesJson(const std::vector<workload::PointsTable>& tables) {
  json::array out;
  for (const auto& t : tables) {
    out.push_back(PointsTableObject(t));
  }
  return json::serialize(json::object{{"tables", std::move(out)}});
}

std::string PointsTableJson(const workload::PointsTable& table) {
  return json::serialize(PointsTableObject(table));
}

// {"effectiveFrom", "nominalTarget", "defaultHours", "points": {"community": {"A3": 206, ...},
// "licence", "custody", "t2a"}}: every row and each of A3..D0 required; S tiers default to 0.
Result<workload::PointsTable> ReadPointsTable(const Request& r) {
  auto body = JsonObjectBody(r, {"effectiveFrom", "nominalTarget", "defaultHours", "points"});
  PROBITY_TRY(body);
  workload::PointsTable t;
  auto from = DateMember(*body, "effectiveFrom");
  PROBITY_TRY(from);
  if (!*from) {
    return InvalidArgument("effectiveFrom", "REQUIRED", "Enter the date as YYYY-MM-DD");
  }
  t.effective_from = **from;
  for (auto [name, into] : {std::pair{"nominalTarget", &t.nominal_target},
                            std::pair{"defaultHours", &t.default_hours}}) {
    auto value = IntMember(*body, name, true);
    PROBITY_TRY(value);
    if (!std::in_range<int>(**value)) {
      return InvalidArgument(name, "OUT_OF_RANGE", "That number is far too large");
    }
    *into = static_cast<int>(**value);
  }
  const json::value* points = body->if_contains("points");
  if (points == nullptr || !points->is_object()) {
    return InvalidArgument("points", points == nullptr ? "REQUIRED" : "INVALID_TYPE",
                           "Expected an object with community, licence, custody and t2a rows");
  }
  for (const auto& [key, unused] : points->as_object()) {
    const std::string row_name(key);
    if (row_name != "community" && row_name != "licence" && row_name != "custody" &&
        row_name != "t2a") {
      return InvalidArgument("points." + row_name, "UNKNOWN_FIELD", "Unknown case type");
    }
  }
  for (std::size_t row = 0; row < workload::kRowCount; ++row) {
    const std::string prefix =
        std::string("points.") + workload::PointsRowCode(static_cast<workload::PointsRow>(row));
    const json::value* tiers = points->as_object().if_contains(prefix.substr(7));
    if (tiers == nullptr || !tiers->is_object()) {
      return InvalidArgument(prefix, tiers == nullptr ? "REQUIRED" : "INVALID_TYPE",
                             "Expected an object of tier codes and points");
    }
    for (const auto& [key, unused] : tiers->as_object()) {
      if (!workload::TierIndex(std::string(key))) {
        return InvalidArgument(prefix + "." + std::string(key), "UNKNOWN_FIELD", "Unknown tier");
      }
    }
    for (std::size_t i = 0; i < workload::kTierCount; ++i) {
      auto value = IntMember(tiers->as_object(), workload::TierAt(i), i < 16, prefix + ".");
      PROBITY_TRY(value);
      const std::int64_t v = value->value_or(0);
      if (v < 0 || v > 1000) {
        return InvalidArgument(prefix + "." + workload::TierAt(i), "OUT_OF_RANGE",
                               "Points must be a whole number from 0 to 1000");
      }
      t.points[row][i] = static_cast<int>(v);
    }
  }
  return t;
}

std::string WorkloadJson(const app::WorkloadView& v) {
  json::array cases;
  for (const auto& c : v.cases) {
    cases.push_back(json::object{{"crn", c.c.crn},
                                 {"name", c.c.name},
                                 {"tier", c.c.tier},
                                 {"caseType", workload::CaseTypeCode(c.type)},
                                 {"currentOrder", c.c.current_order},
                                 {"points", c.points}});
  }
  return json::serialize(
      json::object{{"staffCode", v.staff.code},
                   {"name", v.name},
                   {"grade", org::GradeCode(v.staff.grade)},
                   {"contractedHours", v.staff.contracted_hours},
                   {"reductionHours", v.reduction_hundredths / 100.0},
                   {"asOf", FormatDate(v.as_of)},
                   {"pointsTableEffectiveFrom", FormatDate(v.table_effective_from)},
                   {"points", v.points},
                   {"availablePoints", v.available},
                   {"capacityPercent", static_cast<double>(v.capacity_thousandths) / 1000.0},
                   {"cases", std::move(cases)}});
}

}  // namespace

void AddTierRoutes(Router& router, const app::Context& ctx) {
  const std::string person = "/api/v1/people/{crn}";
  router.Get(person + "/tier", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewTier(ctx, actor, r.Param("crn")), &TierViewJson);
             }));
  router.Add("PUT", person + "/assessment",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               auto request = ReadAssessment(r);
               if (!request) {
                 return Problem(request.error());
               }
               return JsonOr(app::RecordAssessment(ctx, actor, r.Param("crn"), *request),
                             &TierViewJson);
             }));
  router.Post(person + "/registrations",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto request = ReadRegistration(r);
                if (!request) {
                  return Problem(request.error());
                }
                return JsonOr(app::AddRegistration(ctx, actor, r.Param("crn"), *request),
                              &TierViewJson, kCreated);
              }));
  router.Add(
      "DELETE", person + "/registrations/{id}",
      Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
        const std::int64_t id = PathId(r, "id");
        if (id <= 0) {
          return Problem(InvalidArgument("id", "INVALID_FORMAT", "A registration id is a number"));
        }
        return JsonOr(app::RemoveRegistration(ctx, actor, r.Param("crn"), id), &TierViewJson);
      }));
  router.Get("/api/v1/staff/{code}/workload",
             Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewWorkload(ctx, actor, r.Param("code")), &WorkloadJson);
             }));
  router.Get("/api/v1/workload/points-tables",
             Authenticated(ctx, [&ctx](Request&, const app::Actor& actor) {
               return JsonOr(app::ListPointsTables(ctx, actor), &PointsTablesJson);
             }));
  router.Post("/api/v1/workload/points-tables",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto table = ReadPointsTable(r);
                if (!table) {
                  return Problem(table.error());
                }
                return JsonOr(app::AddPointsTable(ctx, actor, *table), &PointsTableJson, kCreated);
              }));
}

}  // namespace probity::http
