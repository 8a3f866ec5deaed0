#include "http/api_support.h"

#include <boost/json.hpp>

#include "http/authenticate.h"

namespace probity::http {

Handler Authenticated(const app::Context& ctx,
                      std::function<Response(Request&, const app::Actor&)> handler) {
  return [&ctx, handler = std::move(handler)](Request& request) {
    auto session = Authenticate(ctx, request);
    if (!session) {
      return Problem(session.error());
    }
    bool cookie_session = !session->csrf_token.empty();
    if (cookie_session && request.method != "GET" && request.method != "HEAD" &&
        request.Header("x-csrf-token") != session->csrf_token) {
      return Problem(PermissionDenied("Send the page's CSRF token in X-CSRF-Token"));
    }
    return handler(request, session->actor);
  };
}

std::int64_t PathId(const Request& request, std::string_view name) {
  return ParseWholeNumber(request.Param(name)).value_or(0);
}

Result<boost::json::object> JsonObjectBody(const Request& request,
                                           std::initializer_list<std::string_view> known) {
  if (request.Header("content-type").rfind("application/json", 0) != 0) {
    return InvalidArgument("body", "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  boost::system::error_code error;
  boost::json::value value = boost::json::parse(request.body, error);
  if (error || !value.is_object()) {
    return InvalidArgument("body", "INVALID_JSON", "The body must be one JSON object");
  }
  for (const auto& member : value.as_object()) {
    bool ok = false;
    for (auto k : known) {
      ok = ok || member.key() == k;
    }
    if (!ok) {
      std::string name(member.key());
      return InvalidArgument(name, "UNKNOWN_FIELD", "Unknown field " + name);
    }
  }
  return std::move(value.as_object());
}

Result<std::string> StringMember(const boost::json::object& object, std::string_view name,
                                 bool required, const std::string& prefix) {
  const boost::json::value* value = object.if_contains(name);
  if (value == nullptr || value->is_null()) {
    if (required) {
      return InvalidArgument(prefix + std::string(name), "REQUIRED", "This field is required");
    }
    return std::string();
  }
  if (!value->is_string()) {
    return InvalidArgument(prefix + std::string(name), "INVALID_TYPE", "Expected a string");
  }
  return std::string(value->as_string());
}

Result<std::optional<std::int64_t>> IntMember(const boost::json::object& object,
                                              std::string_view name, bool required,
                                              const std::string& prefix) {
  const boost::json::value* value = object.if_contains(name);
  if (value == nullptr || value->is_null()) {
    if (required) {
      return InvalidArgument(prefix + std::string(name), "REQUIRED", "This field is required");
    }
    return std::optional<std::int64_t>();
  }
  if (value->is_int64()) {
    return std::optional(value->as_int64());
  }
  return InvalidArgument(prefix + std::string(name), "INVALID_TYPE", "Expected a whole number");
}

Result<std::optional<Date>> DateMember(const boost::json::object& object, std::string_view name,
                                       const std::string& prefix) {
  auto text = StringMember(object, name, false, prefix);
  PROBITY_TRY(text);
  if (text->empty()) {
    return std::optional<Date>();
  }
  auto date = ParseDate(*text);
  if (!date) {
    return InvalidArgument(prefix + std::string(name), "INVALID_FORMAT",
                           "Enter a real date as YYYY-MM-DD");
  }
  return std::optional(*date);
}

Result<const boost::json::array*> ArrayMember(const boost::json::object& object,
                                              std::string_view name, const std::string& prefix) {
  static const boost::json::array kEmpty;
  const boost::json::value* value = object.if_contains(name);
  if (value == nullptr || value->is_null()) {
    return &kEmpty;
  }
  if (!value->is_array()) {
    return InvalidArgument(prefix + std::string(name), "INVALID_TYPE", "Expected an array");
  }
  return &value->as_array();
}

Result<bool> BoolMember(const boost::json::object& object, std::string_view name,
                        const std::string& prefix) {
  const boost::json::value* v = object.if_contains(name);
  if (v == nullptr || v->is_null()) {
    return false;
  }
  if (!v->is_bool()) {
    return InvalidArgument(prefix + std::string(name), "INVALID_TYPE", "Expected true or false");
  }
  return v->as_bool();
}

}  // namespace probity::http
