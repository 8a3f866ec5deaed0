#include "http/proposal_api.h"

#include <utility>

#include <boost/json.hpp>

#include "app/proposals.h"
#include "http/api_support.h"
#include "http/proposal_json.h"

namespace probity::http {
namespace {

namespace json = boost::json;

constexpr int kCreated = 201;

json::object AreaObject(const org::Area& a) {
  return {{"code", a.code}, {"name", a.name}};
}

std::string AreasJson(const std::vector<org::Area>& areas) {
  json::array out;
  for (const auto& a : areas) {
    out.emplace_back(AreaObject(a));
  }
  return json::serialize(json::object{{"areas", std::move(out)}});
}

std::string CatalogueJson(const app::CatalogueView& view) {
  json::array entries;
  for (const auto& e : view.entries) {
    json::object item = InterventionObject(e.intervention);
    item["addedAt"] = FormatInstant(e.added_at);
    item["addedBy"] = e.added_by;
    item["withdrawnOn"] = e.withdrawn_on ? json::value(FormatDate(*e.withdrawn_on)) : nullptr;
    entries.emplace_back(std::move(item));
  }
  return json::serialize(
      json::object{{"area", AreaObject(view.area)}, {"interventions", std::move(entries)}});
}

std::string ProposalJson(const app::StoredProposal& p) {
  return json::serialize(StoredProposalObject(p));
}

std::string ProposalViewJson(const app::ProposalView& view) {
  return ProposalJson(view.proposal);
}

std::string ProposalsJson(const std::vector<app::StoredProposal>& proposals) {
  json::array out;
  for (const auto& p : proposals) {
    out.emplace_back(StoredProposalObject(p));
  }
  return json::serialize(json::object{{"proposals", std::move(out)}});
}

Result<std::vector<std::string>> StringArray(const json::object& body, std::string_view name) {
  auto items = ArrayMember(body, name);
  PROBITY_TRY(items);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < (*items)->size(); ++i) {
    const json::value& v = (**items)[i];
    if (!v.is_string()) {
      return InvalidArgument(std::string(name) + "[" + std::to_string(i) + "]", "INVALID_TYPE",
                             "Expected a need-area code");
    }
    out.emplace_back(v.as_string());
  }
  return out;
}

Result<proposal::Intervention> ReadIntervention(const Request& r) {
  auto body = JsonObjectBody(r, {"code", "name", "kind", "provider", "delivery", "needAreas",
                                 "typicalDays", "sexualOffending", "description"});
  PROBITY_TRY(body);
  proposal::Intervention i;
  for (auto [name, into] : {std::pair{"code", &i.code}, std::pair{"name", &i.name},
                            std::pair{"provider", &i.provider}}) {
    auto text = StringMember(*body, name, true);
    PROBITY_TRY(text);
    *into = std::move(*text);
  }
  auto description = StringMember(*body, "description", false);
  PROBITY_TRY(description);
  i.description = std::move(*description);
  auto kind = StringMember(*body, "kind", true);
  PROBITY_TRY(kind);
  auto parsed_kind = proposal::ParseInterventionKind(*kind);
  if (!parsed_kind) {
    return InvalidArgument("kind", "UNKNOWN_CODE",
                           "Kind must be rar_activity, accredited_programme or treatment");
  }
  i.kind = *parsed_kind;
  auto delivery = StringMember(*body, "delivery", true);
  PROBITY_TRY(delivery);
  auto parsed_delivery = proposal::ParseDelivery(*delivery);
  if (!parsed_delivery) {
    return InvalidArgument("delivery", "UNKNOWN_CODE", "Delivery must be group or one_to_one");
  }
  i.delivery = *parsed_delivery;
  auto needs = StringArray(*body, "needAreas");
  PROBITY_TRY(needs);
  i.need_areas = std::move(*needs);
  auto days = IntMember(*body, "typicalDays", true);
  PROBITY_TRY(days);
  if (**days < 1 || **days > proposal::kMaxInterventionDays) {
    return InvalidArgument("typicalDays", "OUT_OF_RANGE",
                           "Typical days must be a whole number from 1 to 60");
  }
  i.typical_days = static_cast<int>(**days);
  auto sexual = BoolMember(*body, "sexualOffending");
  PROBITY_TRY(sexual);
  i.sexual_offending = *sexual;
  return i;
}

Result<std::optional<int>> SmallInt(const json::object& body, std::string_view name) {
  auto value = IntMember(body, name, false);
  PROBITY_TRY(value);
  if (!*value) {
    return std::optional<int>();
  }
  constexpr std::int64_t kLimit = 1000;  // far above any real count or age
  if (**value < -kLimit || **value > kLimit) {
    return InvalidArgument(std::string(name), "OUT_OF_RANGE", "That number is far too large");
  }
  return std::optional<int>(static_cast<int>(**value));
}

Result<app::ProposalRequest> ReadProposalRequest(const Request& r) {
  auto body = JsonObjectBody(
      r, {"needs", "sexualOffending", "exceptionalJustification", "area", "sanctionCount",
          "ageAtFirstSanction", "convictionDate", "offenceCategory"});
  PROBITY_TRY(body);
  app::ProposalRequest q;
  PROBITY_TRY(ForEachObject(
      *body, "needs", [&q](const json::object& item, const std::string& prefix) -> Status {
        proposal::Need need;
        auto area = StringMember(item, "area", true, prefix);
        PROBITY_TRY(area);
        auto severity = StringMember(item, "severity", true, prefix);
        PROBITY_TRY(severity);
        need.area = std::move(*area);
        need.severity = std::move(*severity);
        for (auto [name, into] :
             {std::pair{"linkedToOffending", &need.linked_to_offending},
              std::pair{"dependent", &need.dependent}, std::pair{"diagnosed", &need.diagnosed}}) {
          auto flag = BoolMember(item, name, prefix);
          PROBITY_TRY(flag);
          *into = *flag;
        }
        q.needs.push_back(std::move(need));
        return Ok();
      }));
  auto sexual = BoolMember(*body, "sexualOffending");
  PROBITY_TRY(sexual);
  q.sexual_offending = *sexual;
  for (auto [name, into] :
       {std::pair{"exceptionalJustification", &q.justification}, std::pair{"area", &q.area},
        std::pair{"convictionDate", &q.conviction_date},
        std::pair{"offenceCategory", &q.offence_category}}) {
    auto text = StringMember(*body, name, false);
    PROBITY_TRY(text);
    *into = std::move(*text);
  }
  for (auto [name, into] : {std::pair{"sanctionCount", &q.sanction_count},
                            std::pair{"ageAtFirstSanction", &q.age_at_first_sanction}}) {
    auto value = SmallInt(*body, name);
    PROBITY_TRY(value);
    *into = *value;
  }
  return q;
}

}  // namespace

void AddProposalRoutes(Router& router, const app::Context& ctx) {
  router.Get("/api/v1/areas", Authenticated(ctx, [&ctx](Request&, const app::Actor& actor) {
               return JsonOr(app::ListAreas(ctx, actor), &AreasJson);
             }));
  const std::string catalogue = "/api/v1/areas/{area}/interventions";
  router.Get(catalogue, Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               bool withdrawn = r.Query("withdrawn") == "true";
               return JsonOr(app::ViewCatalogue(ctx, actor, r.Param("area"), withdrawn),
                             &CatalogueJson);
             }));
  router.Post(catalogue, Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto intervention = ReadIntervention(r);
                if (!intervention) {
                  return Problem(intervention.error());
                }
                return JsonOr(app::AddIntervention(ctx, actor, r.Param("area"), *intervention),
                              &CatalogueJson, kCreated);
              }));
  router.Post(catalogue + "/{code}/withdrawal",
              Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                return JsonOr(
                    app::WithdrawIntervention(ctx, actor, r.Param("area"), r.Param("code")),
                    &CatalogueJson);
              }));

  const std::string proposals = "/api/v1/people/{crn}/rar-proposals";
  router.Get(proposals, Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ListProposals(ctx, actor, r.Param("crn")), &ProposalsJson);
             }));
  router.Post(proposals, Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
                auto request = ReadProposalRequest(r);
                if (!request) {
                  return Problem(request.error());
                }
                return JsonOr(app::MakeProposal(ctx, actor, r.Param("crn"), *request),
                              &ProposalJson, kCreated);
              }));
  router.Get(proposals + "/{id}", Authenticated(ctx, [&ctx](Request& r, const app::Actor& actor) {
               return JsonOr(app::ViewProposal(ctx, actor, r.Param("crn"), PathId(r, "id")),
                             &ProposalViewJson);
             }));
}

}  // namespace probity::http
