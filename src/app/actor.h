// Actor: who is asking, in which role, from which request. Every use case takes one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "domain/org/org.h"

namespace probity::app {

class Store;

enum class Role {
  kResponsibleOfficer,
  kManager,
  kCourtOfficer,
  kProviderStaff,
  kAnalyst,
  kAdministrator,
};
const char* RoleCode(Role role);  // e.g. "responsible_officer"
const char* RoleName(Role role);  // e.g. "Responsible officer"
std::optional<Role> ParseRole(std::string_view code);

struct Actor {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::kResponsibleOfficer;
  std::optional<org::StaffId> staff;  // the staff record of an officer or manager
  std::string request_id;             // for the audit log and request logs
};

// What every use case needs from the outside world.
struct Context {
  Store& store;
  const Clock& clock;
};

}  // namespace probity::app
