#include "domain/need/need_area.h"

namespace probity::need {
namespace {

struct NeedAreaInfo {
  NeedArea area;
  const char* code;
  const char* name;
};

// RAR-10's words; "non-dependent" is left out of the alcohol name because a plan records
// dependency separately (a dependent need is kept, with a warning, not renamed).
constexpr std::array<NeedAreaInfo, kNeedAreas.size()> kInfo = {{
    {NeedArea::kAccommodation, "accommodation", "Accommodation"},
    {NeedArea::kEte, "ete", "Education, training and employment"},
    {NeedArea::kRelationships, "relationships", "Relationships"},
    {NeedArea::kLifestyleAssociates, "lifestyle_associates", "Lifestyle and associates"},
    {NeedArea::kAlcoholMisuse, "alcohol_misuse", "Alcohol misuse"},
    {NeedArea::kDrugMisuse, "drug_misuse", "Drug misuse"},
    {NeedArea::kEmotionalManagement, "emotional_management", "Emotional management"},
    {NeedArea::kAttitudesThinkingBehaviour, "attitudes_thinking_behaviour",
     "Attitudes, thinking and behaviour"},
    {NeedArea::kFinanceBenefitsDebt, "finance_benefits_debt", "Finance, benefits and debt"},
    {NeedArea::kWomenSpecific, "women_specific", "Women-specific interventions"},
}};

const NeedAreaInfo& Info(NeedArea area) {
  for (const auto& info : kInfo) {
    if (info.area == area) {
      return info;
    }
  }
  return kInfo[0];  // unreachable: kInfo lists every enumerator (checked by need_area_test)
}

}  // namespace

const char* NeedAreaCode(NeedArea area) {
  return Info(area).code;
}

const char* NeedAreaName(NeedArea area) {
  return Info(area).name;
}

std::optional<NeedArea> ParseNeedArea(std::string_view code) {
  for (const auto& info : kInfo) {
    if (code == info.code) {
      return info.area;
    }
  }
  return std::nullopt;
}

std::optional<sentence::RequirementType> TreatmentRequirementFor(NeedArea area) {
  switch (area) {
    case NeedArea::kAlcoholMisuse:
      return sentence::RequirementType::kAlcoholTreatment;
    case NeedArea::kDrugMisuse:
      return sentence::RequirementType::kDrugRehabilitation;
    case NeedArea::kEmotionalManagement:
      return sentence::RequirementType::kMentalHealthTreatment;
    case NeedArea::kAccommodation:
    case NeedArea::kEte:
    case NeedArea::kRelationships:
    case NeedArea::kLifestyleAssociates:
    case NeedArea::kAttitudesThinkingBehaviour:
    case NeedArea::kFinanceBenefitsDebt:
    case NeedArea::kWomenSpecific:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace probity::need
