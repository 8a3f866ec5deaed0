// Renders the mustache templates compiled into the binary (src/web/templates). Templates escape
// HTML by default; only the layout's {{{content}}} takes pre-rendered HTML.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

namespace probity::web {

using Data = kainjow::mustache::data;

// Renders templates/<name>.mustache with `data`; partials are the other templates by name.
// Takes `data` by value: callers move it in, as copying a page's data costs more than rendering.
std::string Render(const std::string& name, Data data);

// Renders `page` inside the layout. `layout` carries title, signed_in, username, csrf_token and
// nav_* flags.
std::string RenderPage(const std::string& page, Data page_data, Data layout);

// Sets `name` on `parent` to `value` and returns the stored copy, so a large list can be filled
// in place (kainjow's set and push_back copy their argument).
Data& SetChild(Data& parent, const std::string& name, const Data& value);

// A list for a template section.
Data List();

}  // namespace probity::web
