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

// What kind of organisation supervises a case (ALLOC-1, ALLOC-2).
enum class OrganisationKind {
  kProbationService,               // the unified Probation Service (since 26 June 2021)
  kNationalProbationService,       // NPS (1 June 2014 - 25 June 2021)
  kCommunityRehabilitationCompany  // a CRC (1 June 2014 - 25 June 2021)
};
const char* OrganisationKindCode(OrganisationKind kind);  // "probation_service" | "nps" | "crc"
const char* OrganisationKindName(OrganisationKind kind);  // e.g. "National Probation Service"
std::optional<OrganisationKind> ParseOrganisationKind(std::string_view code);

struct Organisation {
  OrganisationId id;
  std::string code;
  std::string name;
  OrganisationKind kind = OrganisationKind::kProbationService;
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
  // The team's organisation when not its area's (under ALLOC-2 the NPS and the CRC both had
  // teams serving one area).
  std::optional<OrganisationId> organisation = std::nullopt;
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
