// JSON API for the diary, group sessions and notices (docs/api.md, "Diary").
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddDiaryRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
