// The RAR need areas (domain.md RAR-10): the needs a RAR activity may address (RAR-2). Shared by
// the sentence plan and by court proposals (PROP-3, PROP-5), so it sits in its own folder.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "domain/sentence/sentence.h"

namespace probity::need {

// In RAR-10's order. The codes are stable (stored and sent in JSON); do not renumber or rename.
enum class NeedArea {
  kAccommodation,               // "accommodation"
  kEte,                         // "ete": education, training and employment
  kRelationships,               // "relationships"
  kLifestyleAssociates,         // "lifestyle_associates"
  kAlcoholMisuse,               // "alcohol_misuse": non-dependent (dependent → ATR)
  kDrugMisuse,                  // "drug_misuse" (→ DRR)
  kEmotionalManagement,         // "emotional_management" (diagnosed → MHTR)
  kAttitudesThinkingBehaviour,  // "attitudes_thinking_behaviour"
  kFinanceBenefitsDebt,         // "finance_benefits_debt"
  kWomenSpecific,               // "women_specific"
};

// Every area, in RAR-10's order: the choices a form offers.
inline constexpr std::array<NeedArea, 10> kNeedAreas = {
    NeedArea::kAccommodation,       NeedArea::kEte,
    NeedArea::kRelationships,       NeedArea::kLifestyleAssociates,
    NeedArea::kAlcoholMisuse,       NeedArea::kDrugMisuse,
    NeedArea::kEmotionalManagement, NeedArea::kAttitudesThinkingBehaviour,
    NeedArea::kFinanceBenefitsDebt, NeedArea::kWomenSpecific,
};

const char* NeedAreaCode(NeedArea area);  // e.g. "ete"
const char* NeedAreaName(NeedArea area);  // for pages, e.g. "Education, training and employment"
// nullopt unless `code` is exactly one of the codes above.
std::optional<NeedArea> ParseNeedArea(std::string_view code);

// RAR-10 (and PROP-3): the treatment requirement that takes over a need when the person is
// dependent (alcohol), misuses drugs, or has a diagnosed condition (emotional management);
// nullopt for the areas RAR-10 gives no treatment requirement.
std::optional<sentence::RequirementType> TreatmentRequirementFor(NeedArea area);

}  // namespace probity::need
