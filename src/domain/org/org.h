// The organisations that supervise people: areas (probation delivery units), teams and staff.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/id.h"

namespace probity::org {

struct OrganisationTag {};
struct AreaTag {};
struct TeamTag {};
struct StaffTag {};
using OrganisationId = Id<OrganisationTag>;
using AreaId = Id<AreaTag>;
using TeamId = Id<TeamTag>;
using StaffId = Id<StaffTag>;

enum class Grade { kProbationOfficer, kProbationServicesOfficer, kSeniorProbationOfficer };
const char* GradeCode(Grade grade);  // "PO" | "PSO" | "SPO"
std::optional<Grade> ParseGrade(std::string_view code);

struct Organisation {
  OrganisationId id;
  std::string code;
  std::string name;
};

struct Area {
  AreaId id;
  OrganisationId organisation;
  std::string code;
  std::string name;
};

struct Team {
  TeamId id;
  AreaId area;
  std::string code;
  std::string name;
};

struct Staff {
  StaffId id;
  TeamId team;
  std::string code;
  std::string first_name;
  std::string surname;
  Grade grade = Grade::kProbationOfficer;
  int contracted_hours = 37;
};

// The case's allocation to an organisation, team and responsible officer (ALLOC-1).
struct Allocation {
  OrganisationId organisation;
  TeamId team;
  StaffId officer;
  Date allocated_on{};
};

}  // namespace probity::org
