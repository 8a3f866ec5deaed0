#include "web/tier_view.h"

#include "web/render.h"

namespace probity::web {
namespace {

Data Part(const char* id, const char* caption, const std::vector<tier::TierFactor>& factors,
          int total) {
  Data part;
  part.set("id", id);
  part.set("caption", caption);
  Data rows = List();
  for (const auto& f : factors) {
    if (f.points == 0) {
      continue;  // the fixed change levels are said in the summary line
    }
    Data row;
    row.set("description", f.description);
    row.set("points", std::to_string(f.points));
    rows.push_back(row);
  }
  part.set("factors", rows);
  part.set("total", std::to_string(total));
  return part;
}

}  // namespace

std::string TierPanel(const std::string& crn, const std::optional<tier::TierResult>& stored,
                      const std::string& updated, const std::string& stale) {
  Data data;
  data.set("crn", crn);
  if (!updated.empty()) {
    data.set("updated", updated);
  }
  if (!stale.empty()) {
    data.set("stale", stale);
  }
  data.set("tiered", stored.has_value());
  if (!stored) {
    return Render("case_tier", std::move(data));
  }
  const tier::TierResult& result = *stored;
  data.set("tier", result.Code());
  data.set("protect", std::string(1, tier::ProtectLevelLetter(result.protect)));
  data.set("protect_points", std::to_string(result.protect_points));
  data.set("change", std::to_string(result.change));
  data.set("change_points", std::to_string(result.change_points));
  for (const auto& f : result.change_factors) {
    if (f.code == "no_mandate" || f.code == "no_assessment") {
      data.set("change_reason", f.description);
    }
  }
  data.set("unsupervised", result.unsupervised);
  Data parts = List();
  parts.push_back(Part("protect", "Protect: risk of serious harm", result.protect_factors,
                       result.protect_points));
  parts.push_back(Part("change", "Change: needs and likelihood of reoffending",
                       result.change_factors, result.change_points));
  data.set("parts", parts);
  return Render("case_tier", std::move(data));
}

}  // namespace probity::web
