#include "app/actor.h"

#include <array>

namespace probity::app {
namespace {

struct RoleInfo {
  Role role;
  const char* code;
  const char* name;
};

constexpr std::array<RoleInfo, 6> kRoles = {{
    {Role::kResponsibleOfficer, "responsible_officer", "Responsible officer"},
    {Role::kManager, "manager", "Manager"},
    {Role::kCourtOfficer, "court_officer", "Court officer"},
    {Role::kProviderStaff, "provider", "Intervention provider"},
    {Role::kAnalyst, "analyst", "Analyst"},
    {Role::kAdministrator, "admin", "Administrator"},
}};

}  // namespace

const char* RoleCode(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) {
      return r.code;
    }
  }
  return "";
}

const char* RoleName(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) {
      return r.name;
    }
  }
  return "";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (const auto& r : kRoles) {
    if (code == r.code) {
      return r.role;
    }
  }
  return std::nullopt;
}

}  // namespace probity::app
