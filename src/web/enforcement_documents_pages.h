// The warning letter and breach pack pages (issue 5 part 4): the document as HTML to review and
// print, as a PDF, and the form that submits and freezes it.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddEnforcementDocumentPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
