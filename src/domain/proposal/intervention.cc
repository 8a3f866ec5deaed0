#include "domain/proposal/intervention.h"

#include <algorithm>
#include <cctype>

#include "domain/proposal/rar_proposal.h"

namespace probity::proposal {
namespace {

bool IsCode(std::string_view code) {
  return !code.empty() && code.size() <= kMaxInterventionCodeLength &&
         std::all_of(code.begin(), code.end(),
                     [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void CheckText(std::string_view text, const char* field, const char* label,
               std::vector<FieldError>& faults) {
  if (IsBlank(text)) {
    faults.push_back({field, "REQUIRED", std::string("Enter the intervention's ") + label});
  } else if (text.size() > kMaxInterventionTextLength) {
    faults.push_back({field, "TOO_LONG",
                      std::string("The ") + label + " must be " +
                          std::to_string(kMaxInterventionTextLength) + " characters or fewer"});
  }
}

}  // namespace

const char* InterventionKindCode(InterventionKind kind) {
  switch (kind) {
    case InterventionKind::kRarActivity:
      return "rar_activity";
    case InterventionKind::kAccreditedProgramme:
      return "accredited_programme";
    case InterventionKind::kTreatment:
      return "treatment";
  }
  return "";
}

const char* InterventionKindName(InterventionKind kind) {
  switch (kind) {
    case InterventionKind::kRarActivity:
      return "RAR activity";
    case InterventionKind::kAccreditedProgramme:
      return "Accredited programme";
    case InterventionKind::kTreatment:
      return "Treatment requirement";
  }
  return "";
}

std::optional<InterventionKind> ParseInterventionKind(std::string_view code) {
  for (auto kind : {InterventionKind::kRarActivity, InterventionKind::kAccreditedProgramme,
                    InterventionKind::kTreatment}) {
    if (code == InterventionKindCode(kind)) {
      return kind;
    }
  }
  return std::nullopt;
}

const char* DeliveryCode(Delivery delivery) {
  return delivery == Delivery::kGroup ? "group" : "one_to_one";
}

std::optional<Delivery> ParseDelivery(std::string_view code) {
  if (code == "group") {
    return Delivery::kGroup;
  }
  if (code == "one_to_one") {
    return Delivery::kOneToOne;
  }
  return std::nullopt;
}

Status ValidateIntervention(const Intervention& intervention) {
  std::vector<FieldError> faults;
  if (intervention.code.empty()) {
    faults.push_back({"code", "REQUIRED", "Enter a code for the intervention"});
  } else if (!IsCode(intervention.code)) {
    faults.push_back({"code", "INVALID_FORMAT",
                      "The code must be letters, digits and hyphens, at most " +
                          std::to_string(kMaxInterventionCodeLength) + " characters"});
  }
  CheckText(intervention.name, "name", "name", faults);
  CheckText(intervention.provider, "provider", "provider", faults);
  if (intervention.need_areas.empty()) {
    faults.push_back({"needAreas", "REQUIRED", "Choose at least one need area it works on"});
  }
  for (std::size_t i = 0; i < intervention.need_areas.size(); ++i) {
    std::string field = "needAreas[" + std::to_string(i) + "]";
    const std::string& area = intervention.need_areas[i];
    if (!IsNeedArea(area)) {
      faults.push_back({field, "UNKNOWN_CODE",
                        "Need area must be one of the RAR need areas, like accommodation or ete"});
    } else if (std::find(intervention.need_areas.begin(),
                         intervention.need_areas.begin() + static_cast<std::ptrdiff_t>(i), area) !=
               intervention.need_areas.begin() + static_cast<std::ptrdiff_t>(i)) {
      faults.push_back({field, "DUPLICATE", "Give each need area once"});
    }
  }
  if (intervention.typical_days < 1 || intervention.typical_days > kMaxInterventionDays) {
    faults.push_back(
        {"typicalDays", "OUT_OF_RANGE",
         "Typical days must be a whole number from 1 to " + std::to_string(kMaxInterventionDays)});
  }
  if (intervention.sexual_offending &&
      intervention.kind != InterventionKind::kAccreditedProgramme) {
    faults.push_back({"sexualOffending", "NOT_APPLICABLE",
                      "Only an accredited programme can be marked as one for sexual offending"});
  }
  if (intervention.description.size() > kMaxInterventionDescriptionLength) {
    faults.push_back({"description", "TOO_LONG",
                      "The description must be " +
                          std::to_string(kMaxInterventionDescriptionLength) +
                          " characters or fewer"});
  }
  if (!faults.empty()) {
    return InvalidArgument(std::move(faults));
  }
  return Ok();
}

}  // namespace probity::proposal
