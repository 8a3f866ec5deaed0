#include "app/audit.h"

namespace probity::app {

AuditEntry MakeAudit(const Context& ctx, const Actor& actor, std::string action,
                     std::string record_type, std::string record_id) {
  return {ctx.clock.Now(),        actor.username,       RoleCode(actor.role), std::move(action),
          std::move(record_type), std::move(record_id), actor.request_id,     ""};
}

}  // namespace probity::app
