// JSON API for recording orders and varying, terminating or completing their requirements
// (docs/api.md, "Sentences and requirements").
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddSentenceRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
