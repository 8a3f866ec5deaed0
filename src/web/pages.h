// The HTML pages (GOV.UK Design System markup, working without JavaScript): sign in and out,
// My caseload, person search and the case overview. Handlers translate forms and query strings
// into the same app use cases the API calls.
#pragma once

#include <string>

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

// Adds the page routes and GET /assets/* (served from `assets_folder`).
void AddPages(http::Router& router, const app::Context& ctx, const std::string& assets_folder);

}  // namespace probity::web
