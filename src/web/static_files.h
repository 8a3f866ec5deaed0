// Serves the front-end assets (GOV.UK Frontend, MoJ Frontend, probity.css) from a folder the
// build fills from node_modules. Files are read once and kept in memory.
#pragma once

#include <string>

#include "http/router.h"

namespace probity::web {

// GET /assets/* from `folder`.
void AddStaticFiles(http::Router& router, const std::string& folder);

}  // namespace probity::web
