// Group session pages (arrange, view, move, cancel) and the officer's notices page.
#pragma once

#include "app/actor.h"
#include "http/router.h"

namespace probity::web {

void AddGroupPages(http::Router& router, const app::Context& ctx);

}  // namespace probity::web
