#include "domain/proposal/anticipated_activity.h"

#include <algorithm>
#include <tuple>

namespace probity::proposal {
namespace {

bool Addresses(const Intervention& intervention, const std::string& area) {
  return std::find(intervention.need_areas.begin(), intervention.need_areas.end(), area) !=
         intervention.need_areas.end();
}

}  // namespace

AnticipatedActivity PlanActivity(const std::vector<CountedNeed>& needs,
                                 const std::vector<Intervention>& catalogue) {
  std::vector<CountedNeed> order = needs;
  std::stable_sort(order.begin(), order.end(),
                   [](const CountedNeed& a, const CountedNeed& b) { return a.points > b.points; });
  std::vector<bool> covered(order.size(), false);
  auto uncovered_addressed = [&](const Intervention& intervention) {
    int count = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
      count += !covered[i] && Addresses(intervention, order[i].area) ? 1 : 0;
    }
    return count;
  };

  AnticipatedActivity activity;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (covered[i]) {
      continue;
    }
    const Intervention* best = nullptr;
    for (const Intervention& candidate : catalogue) {
      if (candidate.kind != InterventionKind::kRarActivity ||
          !Addresses(candidate, order[i].area)) {
        continue;
      }
      // More needs covered is better; then fewer days; then the lower code.
      auto key = [&](const Intervention& x) {
        return std::make_tuple(-uncovered_addressed(x), x.typical_days, x.code);
      };
      if (best == nullptr || key(candidate) < key(*best)) {
        best = &candidate;
      }
    }
    if (best == nullptr) {
      activity.officer_needs.push_back(order[i].area);
      activity.officer_days += order[i].points * kOfficerDaysPerNeedPoint;
      covered[i] = true;
      continue;
    }
    ChosenIntervention chosen{*best, {}};
    for (std::size_t j = i; j < order.size(); ++j) {
      if (!covered[j] && Addresses(*best, order[j].area)) {
        chosen.needs.push_back(order[j].area);
        covered[j] = true;
      }
    }
    activity.total_days += best->typical_days;
    activity.interventions.push_back(std::move(chosen));
  }
  activity.total_days += activity.officer_days;
  return activity;
}

}  // namespace probity::proposal
