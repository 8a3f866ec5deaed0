// JSON API for warning letters and breach packs (docs/api.md, "Warning letters and breach
// packs"): the document as built from the record or as submitted, and its submission.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::http {

void AddEnforcementDocumentRoutes(Router& router, const app::Context& ctx);

}  // namespace probity::http
