#include "domain/proposal/anticipated_activity.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace probity::proposal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Intervention Activity(const char* code, std::vector<std::string> needs, int days) {
  Intervention i;
  i.code = code;
  i.name = std::string("Intervention ") + code;
  i.provider = "In-house";
  i.need_areas = std::move(needs);
  i.typical_days = days;
  return i;
}

std::vector<std::string> Codes(const AnticipatedActivity& a) {
  std::vector<std::string> out;
  for (const auto& c : a.interventions) {
    out.push_back(c.intervention.code);
  }
  return out;
}

// The choices of docs/rules/rar-proposal.md ("The court's area"), each worked by hand.
TEST(PlanActivity, ChoosesTheInterventionsAProposalIsBasedOn) {
  const std::vector<Intervention> catalogue = {
      Activity("HOUSING", {"accommodation"}, 4),
      Activity("HOUSING-PLUS", {"accommodation"}, 8),
      Activity("WORK", {"ete"}, 6),
      Activity("WOMENS-CENTRE", {"women_specific", "relationships", "emotional_management"}, 10),
      Activity("FAMILY", {"relationships"}, 5),
  };
  struct Case {
    const char* name;
    std::vector<CountedNeed> needs;
    std::vector<std::string> chosen;
    std::vector<std::string> officer_needs;
    int officer_days;
    int total;
  } cases[] = {
      // The fewest days of the two housing services: 4.
      {"one need, shortest service", {{"accommodation", 1}}, {"HOUSING"}, {}, 0, 4},
      // Each need its own service: 4 + 6.
      {"two needs", {{"accommodation", 1}, {"ete", 2}}, {"WORK", "HOUSING"}, {}, 0, 10},
      // The women's centre covers relationships and women-specific needs at once (10 days), so
      // FAMILY (5) is not added for relationships.
      {"one service for two needs",
       {{"relationships", 1}, {"women_specific", 1}},
       {"WOMENS-CENTRE"},
       {},
       0,
       10},
      // Nothing in the catalogue for finance: the officer, 2 days a point, severe = 2 points.
      {"no service: the officer",
       {{"finance_benefits_debt", 2}},
       {},
       {"finance_benefits_debt"},
       4,
       4},
      // Severe first: ete (severe) chooses WORK, then accommodation HOUSING, then the officer
      // for lifestyle (1 point = 2 days): 6 + 4 + 2.
      {"mixed",
       {{"accommodation", 1}, {"lifestyle_associates", 1}, {"ete", 2}},
       {"WORK", "HOUSING"},
       {"lifestyle_associates"},
       2,
       12},
      {"no needs", {}, {}, {}, 0, 0},
  };
  for (const auto& c : cases) {
    auto a = PlanActivity(c.needs, catalogue);
    EXPECT_EQ(Codes(a), c.chosen) << c.name;
    EXPECT_EQ(a.officer_needs, c.officer_needs) << c.name;
    EXPECT_EQ(a.officer_days, c.officer_days) << c.name;
    EXPECT_EQ(a.total_days, c.total) << c.name;
  }
}

TEST(PlanActivity, NeverChoosesProgrammesOrTreatmentAsRarActivity) {
  // PROP-3 / RAR-10: programmes and treatment are separate requirements, not RAR days.
  auto programme = Activity("TSP", {"attitudes_thinking_behaviour"}, 19);
  programme.kind = InterventionKind::kAccreditedProgramme;
  auto treatment = Activity("DRR", {"drug_misuse"}, 6);
  treatment.kind = InterventionKind::kTreatment;

  auto a = PlanActivity({{"attitudes_thinking_behaviour", 1}}, {programme, treatment});

  EXPECT_THAT(a.interventions, IsEmpty());
  EXPECT_THAT(a.officer_needs, ElementsAre("attitudes_thinking_behaviour"));
  EXPECT_EQ(a.total_days, kOfficerDaysPerNeedPoint);
}

TEST(PlanActivity, TiesGoToTheLowerCode) {
  auto a =
      PlanActivity({{"ete", 1}}, {Activity("ETE-B", {"ete"}, 5), Activity("ETE-A", {"ete"}, 5)});
  EXPECT_THAT(Codes(a), ElementsAre("ETE-A"));
}

}  // namespace
}  // namespace probity::proposal
