#include "seed/catalogue.h"

#include <array>
#include <string>

#include "seed/random.h"

namespace probity::seed {
namespace {

using proposal::Delivery;
using proposal::InterventionKind;

struct Service {
  const char* code;
  const char* name;
  InterventionKind kind;
  Delivery delivery;
  const char* needs;  // RAR-10 codes, space-separated
  int days;           // typical; varied by up to `spread` either way
  int spread;
  double chance;  // that the area has it
  std::array<const char*, 3> providers;
  bool sexual_offending;
  const char* description;
};

// Plausible services as probation areas commission or run them (RAR toolkits, the national
// accredited programmes, community treatment providers). Names of charities are used only as
// examples of the kind of provider.
constexpr std::array<Service, 16> kServices = {{
    {"ACC-HOUSING",
     "Housing advice and tenancy support",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "accommodation",
     4,
     1,
     0.95,
     {"Nacro", "St Mungo's", "Shelter"},
     false,
     "Finding and keeping a tenancy: applications, landlords, arrears."},
    {"ETE-WORK",
     "Employment, training and education support",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "ete",
     6,
     2,
     0.95,
     {"Shaw Trust", "Seetec Pluss", "Ingeus"},
     false,
     "CVs, qualifications, work placements and job search."},
    {"FBD-MONEY",
     "Money, benefits and debt advice",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "finance_benefits_debt",
     3,
     1,
     0.8,
     {"Citizens Advice", "StepChange", "In-house"},
     false,
     "Benefit claims, budgeting and debt plans."},
    {"REL-FAMILY",
     "Family and significant others support",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "relationships",
     5,
     1,
     0.7,
     {"Pact", "Barnardo's", "Family Action"},
     false,
     "Repairing family relationships and parenting."},
    {"LIF-CHOICES",
     "Lifestyle and associates group",
     InterventionKind::kRarActivity,
     Delivery::kGroup,
     "lifestyle_associates",
     6,
     2,
     0.75,
     {"In-house", "In-house", "In-house"},
     false,
     "Peer influence, use of time and pro-social activity."},
    {"EMO-WELLBEING",
     "Emotional wellbeing sessions",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "emotional_management",
     6,
     2,
     0.75,
     {"Mind", "Interventions Alliance", "In-house"},
     false,
     "Managing emotions, stress and anger (for needs without a diagnosis)."},
    {"ATB-TOOLKIT",
     "Thinking and behaviour toolkit sessions",
     InterventionKind::kRarActivity,
     Delivery::kOneToOne,
     "attitudes_thinking_behaviour",
     8,
     2,
     0.9,
     {"In-house", "In-house", "In-house"},
     false,
     "Structured one-to-one work on problem solving and attitudes."},
    {"ALC-AWARE",
     "Alcohol awareness group",
     InterventionKind::kRarActivity,
     Delivery::kGroup,
     "alcohol_misuse",
     4,
     1,
     0.8,
     {"In-house", "Change Grow Live", "With You"},
     false,
     "For misuse without dependence."},
    {"WOM-CENTRE",
     "Women's centre programme",
     InterventionKind::kRarActivity,
     Delivery::kGroup,
     "women_specific relationships emotional_management finance_benefits_debt",
     10,
     2,
     0.6,
     {"Women's Centre", "Anawim", "Together Women"},
     false,
     "A women-only space: several needs worked on together."},
    {"ETE-DIGITAL",
     "Digital skills course",
     InterventionKind::kRarActivity,
     Delivery::kGroup,
     "ete",
     8,
     2,
     0.4,
     {"Learn Direct", "In-house", "Local college"},
     false,
     "Basic IT skills and online job search."},
    {"TSP",
     "Thinking Skills Programme",
     InterventionKind::kAccreditedProgramme,
     Delivery::kGroup,
     "attitudes_thinking_behaviour",
     19,
     0,
     0.95,
     {"In-house", "In-house", "In-house"},
     false,
     "Accredited general offending behaviour programme (19 sessions)."},
    {"BBR",
     "Building Better Relationships",
     InterventionKind::kAccreditedProgramme,
     Delivery::kGroup,
     "relationships attitudes_thinking_behaviour",
     24,
     0,
     0.85,
     {"In-house", "In-house", "In-house"},
     false,
     "Accredited programme for men convicted of intimate partner violence."},
    {"HORIZON",
     "Horizon",
     InterventionKind::kAccreditedProgramme,
     Delivery::kGroup,
     "attitudes_thinking_behaviour relationships",
     31,
     0,
     0.8,
     {"In-house", "In-house", "In-house"},
     true,
     "Accredited programme for men convicted of sexual offending (medium risk and above)."},
    {"DRR",
     "Drug rehabilitation service",
     InterventionKind::kTreatment,
     Delivery::kOneToOne,
     "drug_misuse",
     12,
     0,
     0.95,
     {"Change Grow Live", "Turning Point", "Humankind"},
     false,
     "Assessment, prescribing and testing under a drug rehabilitation requirement."},
    {"ATR",
     "Alcohol treatment service",
     InterventionKind::kTreatment,
     Delivery::kOneToOne,
     "alcohol_misuse",
     12,
     0,
     0.9,
     {"Change Grow Live", "With You", "Turning Point"},
     false,
     "Treatment for dependent drinking under an alcohol treatment requirement."},
    {"MHTR",
     "Primary care mental health treatment",
     InterventionKind::kTreatment,
     Delivery::kOneToOne,
     "emotional_management",
     12,
     0,
     0.6,
     {"NHS talking therapies", "NHS talking therapies", "Mind"},
     false,
     "Psychological treatment under a mental health treatment requirement."},
}};

std::vector<std::string> Codes(const char* text) {
  std::vector<std::string> codes;
  std::string code;
  for (const char* c = text;; ++c) {
    if (*c == ' ' || *c == '\0') {
      if (!code.empty()) {
        codes.push_back(code);
      }
      code.clear();
      if (*c == '\0') {
        return codes;
      }
    } else {
      code += *c;
    }
  }
}

}  // namespace

std::vector<proposal::Intervention> CatalogueForArea(std::uint64_t seed, std::int64_t area) {
  Random random(seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(area) * 7919 + 17);
  std::vector<proposal::Intervention> catalogue;
  for (const Service& s : kServices) {
    if (!random.Chance(s.chance)) {
      continue;
    }
    proposal::Intervention i;
    i.code = s.code;
    i.name = s.name;
    i.kind = s.kind;
    i.delivery = s.delivery;
    i.need_areas = Codes(s.needs);
    i.typical_days = s.days + random.Between(-s.spread, s.spread);
    i.provider = s.providers[static_cast<std::size_t>(random.Between(0, 2))];
    i.sexual_offending = s.sexual_offending;
    i.description = s.description;
    catalogue.push_back(std::move(i));
  }
  return catalogue;
}

}  // namespace probity::seed
