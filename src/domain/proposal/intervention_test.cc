#include "domain/proposal/intervention.h"

#include <gtest/gtest.h>

namespace probity::proposal {
namespace {

Intervention Valid() {
  Intervention i;
  i.code = "ACC-1";
  i.name = "Housing support";
  i.provider = "In-house";
  i.need_areas = {"accommodation"};
  i.typical_days = 4;
  return i;
}

std::vector<std::string> Faults(const Intervention& i) {
  std::vector<std::string> out;
  auto status = ValidateIntervention(i);
  if (!status.has_value()) {
    for (const auto& f : status.error().fields) {
      out.push_back(f.field + ":" + f.error);
    }
  }
  return out;
}

TEST(ValidateIntervention, NamesEachFieldAtFault) {
  auto with = [](auto change) {
    Intervention i = Valid();
    change(i);
    return i;
  };
  struct Case {
    const char* name;
    Intervention intervention;
    std::vector<std::string> faults;
  } cases[] = {
      {"valid", Valid(), {}},
      {"no code", with([](auto& i) { i.code = ""; }), {"code:REQUIRED"}},
      {"code with a space", with([](auto& i) { i.code = "ACC 1"; }), {"code:INVALID_FORMAT"}},
      {"code too long",
       with([](auto& i) { i.code = std::string(41, 'A'); }),
       {"code:INVALID_FORMAT"}},
      {"blank name", with([](auto& i) { i.name = "  "; }), {"name:REQUIRED"}},
      {"long provider",
       with([](auto& i) { i.provider = std::string(201, 'p'); }),
       {"provider:TOO_LONG"}},
      {"no needs", with([](auto& i) { i.need_areas.clear(); }), {"needAreas:REQUIRED"}},
      {"unknown need",
       with([](auto& i) { i.need_areas = {"housing"}; }),
       {"needAreas[0]:UNKNOWN_CODE"}},
      {"need twice",
       with([](auto& i) {
         i.need_areas = {"ete", "accommodation", "ete"};
       }),
       {"needAreas[2]:DUPLICATE"}},
      // 1..60: a RAR's days run to 60 at most (PROP-1's high range).
      {"0 days", with([](auto& i) { i.typical_days = 0; }), {"typicalDays:OUT_OF_RANGE"}},
      {"60 days", with([](auto& i) { i.typical_days = 60; }), {}},
      {"61 days", with([](auto& i) { i.typical_days = 61; }), {"typicalDays:OUT_OF_RANGE"}},
      {"sexual offending activity",
       with([](auto& i) { i.sexual_offending = true; }),
       {"sexualOffending:NOT_APPLICABLE"}},
      {"sexual offending programme",
       with([](auto& i) {
         i.kind = InterventionKind::kAccreditedProgramme;
         i.sexual_offending = true;
       }),
       {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Faults(c.intervention), c.faults) << c.name;
  }
}

TEST(InterventionKind, CodesRoundTrip) {
  for (auto kind : {InterventionKind::kRarActivity, InterventionKind::kAccreditedProgramme,
                    InterventionKind::kTreatment}) {
    EXPECT_EQ(ParseInterventionKind(InterventionKindCode(kind)), kind);
  }
  EXPECT_EQ(ParseInterventionKind("programme"), std::nullopt);
  EXPECT_EQ(ParseDelivery("group"), Delivery::kGroup);
  EXPECT_EQ(ParseDelivery("one-to-one"), std::nullopt);
}

}  // namespace
}  // namespace probity::proposal
