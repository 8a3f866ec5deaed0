// What every JSON API handler shares: authentication (and CSRF for cookie sessions), turning a
// Result into a response, reading ids from the path and JSON objects from the body.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/actor.h"
#include "core/date.h"
#include "core/result.h"
#include "http/problem.h"
#include "http/request.h"
#include "http/router.h"

namespace probity::http {

// Wraps an API handler: authenticates first (401 problem+json when that fails). A POST, PUT or
// DELETE made with a session cookie (a browser) must also carry the session's CSRF token in
// X-CSRF-Token (403 otherwise); bearer-token clients need none.
Handler Authenticated(const app::Context& ctx,
                      std::function<Response(Request&, const app::Actor&)> handler);

template <typename T>
Response JsonOr(const Result<T>& result, std::string (*encode)(const T&), int status = 200) {
  if (!result) {
    return Problem(result.error());
  }
  return Response::Json(status, encode(*result));
}

// A path segment as a positive id; 0 when it is not a whole number (use cases refuse 0 naming
// their field).
std::int64_t PathId(const Request& request, std::string_view name);

// The request body as a JSON object whose members are all in `known`. kInvalidArgument naming
// `body` for a body that is not a JSON object (or not sent as application/json), and naming the
// member for an unknown one, so a typo is not silently ignored.
Result<boost::json::object> JsonObjectBody(const Request& request,
                                           std::initializer_list<std::string_view> known);

// Members of a JSON object, each kInvalidArgument naming `field` (as `prefix + name`) when of the
// wrong type or, if required, missing. An absent optional member reads as "" or nullopt.
Result<std::string> StringMember(const boost::json::object& object, std::string_view name,
                                 bool required, const std::string& prefix = "");
Result<std::optional<std::int64_t>> IntMember(const boost::json::object& object,
                                              std::string_view name, bool required,
                                              const std::string& prefix = "");

// A true/false member (absent or null reads as false).
Result<bool> BoolMember(const boost::json::object& object, std::string_view name,
                        const std::string& prefix = "");

// A date member as "YYYY-MM-DD" (absent, null or "" reads as nullopt); kInvalidArgument
// (INVALID_FORMAT) naming it when it is not a real date.
Result<std::optional<Date>> DateMember(const boost::json::object& object, std::string_view name,
                                       const std::string& prefix = "");
// An array member (absent reads as empty); kInvalidArgument naming it when not an array.
Result<const boost::json::array*> ArrayMember(const boost::json::object& object,
                                              std::string_view name,
                                              const std::string& prefix = "");

// Each element of array `name` must be an object; `read(object, prefix)` parses one, where
// prefix is "name[i]." for its field errors.
template <typename Read>
Status ForEachObject(const boost::json::object& body, std::string_view name, Read read) {
  auto items = ArrayMember(body, name);
  PROBITY_TRY(items);
  for (std::size_t i = 0; i < (*items)->size(); ++i) {
    std::string prefix = std::string(name) + "[" + std::to_string(i) + "].";
    const boost::json::value& item = (**items)[i];
    if (!item.is_object()) {
      return InvalidArgument(prefix.substr(0, prefix.size() - 1), "INVALID_TYPE",
                             "Expected an object");
    }
    PROBITY_TRY(read(item.as_object(), prefix));
  }
  return Ok();
}

}  // namespace probity::http
