#include "http/proposal_json.h"

#include <boost/json.hpp>

namespace probity::http {
namespace {

namespace json = boost::json;

json::value OrNull(const std::optional<int>& value) {
  if (!value) {
    return nullptr;
  }
  return *value;
}

json::array Strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) {
    out.emplace_back(v);
  }
  return out;
}

json::array Interventions(const std::vector<proposal::Intervention>& interventions) {
  json::array out;
  for (const auto& i : interventions) {
    out.emplace_back(InterventionObject(i));
  }
  return out;
}

}  // namespace

json::object InterventionObject(const proposal::Intervention& i) {
  return {{"code", i.code},
          {"name", i.name},
          {"kind", proposal::InterventionKindCode(i.kind)},
          {"provider", i.provider},
          {"delivery", proposal::DeliveryCode(i.delivery)},
          {"needAreas", Strings(i.need_areas)},
          {"typicalDays", i.typical_days},
          {"sexualOffending", i.sexual_offending},
          {"description", i.description}};
}

json::object RarProposalObject(const proposal::RarProposal& p) {
  json::array flags;
  for (auto flag : p.flags) {
    flags.emplace_back(proposal::ProposalFlagCode(flag));
  }
  return {{"intensity", proposal::IntensityCode(p.intensity)},
          {"guidelineMinDays", OrNull(p.guideline_min_days)},
          {"guidelineMaxDays", OrNull(p.guideline_max_days)},
          {"proposedDays", OrNull(p.proposed_days)},
          {"rationale", Strings(p.rationale)},
          {"flags", std::move(flags)}};
}

json::object RarProposalDetailObject(const proposal::RarProposal& p) {
  json::array activity;
  for (const auto& chosen : p.activity) {
    activity.emplace_back(json::object{{"needs", Strings(chosen.needs)},
                                       {"intervention", InterventionObject(chosen.intervention)}});
  }
  json::object out = RarProposalObject(p);
  out["anticipatedDays"] = OrNull(p.anticipated_days);
  out["activity"] = std::move(activity);
  out["officerNeeds"] = Strings(p.officer_needs);
  out["officerDays"] = p.officer_days;
  out["programmes"] = Interventions(p.programmes);
  out["treatments"] = Interventions(p.treatments);
  return out;
}

json::object StoredProposalObject(const app::StoredProposal& s) {
  json::array needs;
  for (const auto& n : s.needs) {
    needs.emplace_back(json::object{{"area", n.area},
                                    {"severity", n.severity},
                                    {"linkedToOffending", n.linked_to_offending},
                                    {"dependent", n.dependent},
                                    {"diagnosed", n.diagnosed}});
  }
  json::object out{{"id", s.id},
                   {"proposedAt", FormatInstant(s.proposed_at)},
                   {"proposedBy", s.proposed_by},
                   {"ogrsTwoYearPercent", s.ogrs_two_year},
                   {"ogrsSource", s.ogrs_source},
                   {"needs", std::move(needs)},
                   {"sexualOffending", s.sexual_offending},
                   {"exceptionalJustification", s.justification}};
  out["area"] = s.area_code.empty()
                    ? json::value(nullptr)
                    : json::value(json::object{{"code", s.area_code}, {"name", s.area_name}});
  out["proposal"] = RarProposalDetailObject(s.result);
  return out;
}

}  // namespace probity::http
