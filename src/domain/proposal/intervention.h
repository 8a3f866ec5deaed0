// An intervention in an area's catalogue (PROP-3, PROP-5; domain.md §8): what a court officer
// can propose against, with the need areas it works on and the RAR days it typically takes.
// Court staff were found "often unaware of the actual projects that could be used"; the
// catalogue is how the proposal names them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace probity::proposal {

// How an intervention is ordered: as RAR activity (counts RAR days), as an accredited programme
// requirement, or as a treatment requirement (drug, alcohol, mental health) — the last two are
// preferred to a RAR where they meet the need (PROP-3, RAR-10) and take no RAR days.
enum class InterventionKind { kRarActivity, kAccreditedProgramme, kTreatment };
const char* InterventionKindCode(InterventionKind kind);  // "rar_activity" | ...
const char* InterventionKindName(InterventionKind kind);  // "RAR activity" | ...
std::optional<InterventionKind> ParseInterventionKind(std::string_view code);

enum class Delivery { kGroup, kOneToOne };
const char* DeliveryCode(Delivery delivery);  // "group" | "one_to_one"
std::optional<Delivery> ParseDelivery(std::string_view code);

struct Intervention {
  std::string code;  // unique within its area, e.g. "ACC-HOUSING"
  std::string name;
  InterventionKind kind = InterventionKind::kRarActivity;
  std::string provider;  // "In-house" or the provider's name
  Delivery delivery = Delivery::kOneToOne;
  std::vector<std::string> need_areas;  // RAR-10 codes (IsNeedArea), at least one
  int typical_days = 1;                 // RAR days (or programme sessions) it typically takes
  bool sexual_offending = false;        // an accredited programme for sexual offending (PROP-4)
  std::string description;
};

inline constexpr int kMaxInterventionDays = 60;  // the top of PROP-1's range
inline constexpr std::size_t kMaxInterventionCodeLength = 40;
inline constexpr std::size_t kMaxInterventionTextLength = 200;
inline constexpr std::size_t kMaxInterventionDescriptionLength = 2000;

// OK, or kInvalidArgument naming each field at fault as the API names them: code (REQUIRED,
// INVALID_FORMAT: letters, digits and hyphens), name and provider (REQUIRED, TOO_LONG),
// needAreas (REQUIRED; needAreas[i] UNKNOWN_CODE, DUPLICATE), typicalDays (OUT_OF_RANGE 1..60),
// sexualOffending (NOT_APPLICABLE unless an accredited programme), description (TOO_LONG).
Status ValidateIntervention(const Intervention& intervention);

}  // namespace probity::proposal
