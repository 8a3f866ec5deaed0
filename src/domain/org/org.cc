#include "domain/org/org.h"

namespace probity::org {

const char* GradeCode(Grade grade) {
  switch (grade) {
    case Grade::kProbationOfficer:
      return "PO";
    case Grade::kProbationServicesOfficer:
      return "PSO";
    case Grade::kSeniorProbationOfficer:
      return "SPO";
  }
  return "PO";
}

std::optional<Grade> ParseGrade(std::string_view code) {
  for (auto g : {Grade::kProbationOfficer, Grade::kProbationServicesOfficer,
                 Grade::kSeniorProbationOfficer}) {
    if (code == GradeCode(g)) {
      return g;
    }
  }
  return std::nullopt;
}

const char* OrganisationKindCode(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kProbationService:
      return "probation_service";
    case OrganisationKind::kNationalProbationService:
      return "nps";
    case OrganisationKind::kCommunityRehabilitationCompany:
      return "crc";
  }
  return "";
}

const char* OrganisationKindName(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kProbationService:
      return "Probation Service";
    case OrganisationKind::kNationalProbationService:
      return "National Probation Service";
    case OrganisationKind::kCommunityRehabilitationCompany:
      return "Community Rehabilitation Company";
  }
  return "";
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view code) {
  for (auto kind :
       {OrganisationKind::kProbationService, OrganisationKind::kNationalProbationService,
        OrganisationKind::kCommunityRehabilitationCompany}) {
    if (code == OrganisationKindCode(kind)) {
      return kind;
    }
  }
  return std::nullopt;
}

}  // namespace probity::org
