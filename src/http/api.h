// The JSON API under /api/v1 and the health endpoints (/ping, /health, /info). Handlers
// translate between HTTP and the app use cases; they decide nothing (docs/api.md).
#pragma once

#include <string>

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

struct ServiceInfo {
  std::string version;
};

void AddHealthRoutes(Router& router, const app::Context& ctx, ServiceInfo info);
void AddApiRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
