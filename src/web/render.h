// Renders the mustache templates compiled into the binary (src/web/templates). Templates escape
// HTML by default; only the layout's {{{content}}} takes pre-rendered HTML.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

namespace probity::web {

using Data = kainjow::mustache::data;

// Renders templates/<name>.mustache with `data`; partials are the other templates by name.
std::string Render(const std::string& name, const Data& data);

// Renders `page` inside the layout. `layout` carries title, signed_in, username, csrf_token and
// nav_* flags.
std::string RenderPage(const std::string& page, const Data& page_data, Data layout);

// A list for a template section.
Data List();

}  // namespace probity::web
