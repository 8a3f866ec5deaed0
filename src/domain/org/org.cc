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

}  // namespace probity::org
