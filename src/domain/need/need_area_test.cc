#include "domain/need/need_area.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace probity::need {
namespace {

TEST(NeedArea, Rar10ListsTenAreasWithStableCodes) {
  // RAR-10: ten need areas, in the order domain.md lists them; the codes are the stored ones.
  const char* codes[] = {"accommodation",         "ete",
                         "relationships",         "lifestyle_associates",
                         "alcohol_misuse",        "drug_misuse",
                         "emotional_management",  "attitudes_thinking_behaviour",
                         "finance_benefits_debt", "women_specific"};
  ASSERT_EQ(kNeedAreas.size(), std::size(codes));
  for (std::size_t i = 0; i < kNeedAreas.size(); ++i) {
    EXPECT_STREQ(NeedAreaCode(kNeedAreas[i]), codes[i]);
    EXPECT_EQ(ParseNeedArea(codes[i]), kNeedAreas[i]) << codes[i];
  }
}

TEST(NeedArea, EveryAreaHasItsOwnName) {
  std::set<std::string> names;
  for (NeedArea area : kNeedAreas) {
    names.insert(NeedAreaName(area));
  }

  EXPECT_EQ(names.size(), kNeedAreas.size());
  // RAR-10 spells ETE out: "education, training and employment".
  EXPECT_STREQ(NeedAreaName(NeedArea::kEte), "Education, training and employment");
}

TEST(ParseNeedArea, RefusesAnythingButAnExactCode) {
  const char* bad[] = {"", "ETE", " ete", "ete ", "education", "drugs", "alcohol", "unknown"};
  for (const char* code : bad) {
    EXPECT_EQ(ParseNeedArea(code), std::nullopt) << '"' << code << '"';
  }
}

TEST(TreatmentRequirementFor, Rar10PointsThreeAreasToATreatmentRequirement) {
  using sentence::RequirementType;
  // RAR-10: dependent alcohol → ATR; drug misuse → DRR; diagnosed emotional → MHTR.
  EXPECT_EQ(TreatmentRequirementFor(NeedArea::kAlcoholMisuse), RequirementType::kAlcoholTreatment);
  EXPECT_EQ(TreatmentRequirementFor(NeedArea::kDrugMisuse), RequirementType::kDrugRehabilitation);
  EXPECT_EQ(TreatmentRequirementFor(NeedArea::kEmotionalManagement),
            RequirementType::kMentalHealthTreatment);
  // RAR-10 names no treatment requirement for the other seven.
  int without = 0;
  for (NeedArea area : kNeedAreas) {
    without += TreatmentRequirementFor(area) ? 0 : 1;
  }
  EXPECT_EQ(without, 7);
}

}  // namespace
}  // namespace probity::need
