// Builds audit entries (DPA 2018 s.62: who, role, when, what, which record, which request).
#pragma once

#include <string>

#include "app/actor.h"
#include "app/ports.h"

namespace probity::app {

AuditEntry MakeAudit(const Context& ctx, const Actor& actor, std::string action,
                     std::string record_type, std::string record_id);

}  // namespace probity::app
