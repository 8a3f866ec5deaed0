// What every HTML page handler shares: the signed-in wrapper (sign-in redirect), the CSRF-checked
// form wrapper, the layout data, error pages and a refused form's error summary.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "app/actor.h"
#include "app/auth.h"
#include "core/result.h"
#include "http/request.h"
#include "http/router.h"
#include "web/render.h"

namespace probity::web {

// Layout data for a signed-in page; `nav` names the active navigation item (or nullptr).
Data LayoutFor(const app::Session& session, const std::string& title, const char* nav);

// A GOV.UK error page with the status for `error`; `session` may be nullptr.
http::Response ErrorPage(const app::Session* session, const Error& error);

// Wraps a page handler: a visitor without a session is sent to sign in, then back here.
http::Handler Page(const app::Context& ctx,
                   std::function<http::Response(http::Request&, const app::Session&)> handler);

// Wraps a form POST: the session's CSRF token must come back in the form.
http::Handler Form(const app::Context& ctx,
                   std::function<http::Response(http::Request&, const app::Session&)> handler);

// A PDF of someone's record, or the error page when it could not be written. Sent inline, named
// `filename`, and never cached (personal data on a shared browser or proxy).
http::Response PdfPage(const app::Session& session, Result<std::string> pdf,
                       const std::string& filename);

// Puts a refused form's field errors on the page for the error summary partial.
void SetErrors(Data& page, const Error& error);

// A form page rendered in the layout: 200, or when `refused` is set, its error summary, "Error: "
// before the title and the status its error code maps to.
http::Response FormPage(const Error* refused, const char* name, Data page, Data layout);

// A form's fields by name, as submitted.
using FormFields = std::map<std::string, std::string>;

// Sets `key` only for non-empty text: kainjow treats "" as true in a section.
void SetIfAny(Data& data, const std::string& key, const std::string& value);

// What was typed into field `name`, when a refused form is shown again (`typed` non-null);
// otherwise `otherwise`, the value on the record.
std::string Typed(const FormFields* typed, const std::string& name, const std::string& otherwise);

}  // namespace probity::web
