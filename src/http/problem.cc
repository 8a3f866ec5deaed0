#include "http/problem.h"

#include <boost/json.hpp>

namespace probity::http {
namespace {

Response ProblemResponse(int status, const std::string& error, const std::string& message,
                         const std::vector<FieldError>& fields) {
  boost::json::object body;
  body["type"] = "about:blank";
  body["title"] = error;
  body["status"] = status;
  body["detail"] = message;
  body["error"] = error;
  body["message"] = message;
  boost::json::array field_errors;
  for (const auto& f : fields) {
    field_errors.push_back({{"field", f.field}, {"error", f.error}, {"message", f.message}});
  }
  body["validationErrors"] = std::move(field_errors);
  Response r{status, "application/problem+json", boost::json::serialize(body), {}};
  if (status == 401) {
    r.headers.emplace_back("WWW-Authenticate", "Bearer");
  }
  return r;
}

}  // namespace

int StatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kPermissionDenied:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kFailedPrecondition:
      return 409;
    case ErrorCode::kPayloadTooLarge:
      return 413;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

Response Problem(const Error& error) {
  return ProblemResponse(StatusFor(error.code), ErrorCodeName(error.code), error.message,
                         error.fields);
}

Response Problem(int status, const std::string& error, const std::string& message) {
  return ProblemResponse(status, error, message, {});
}

}  // namespace probity::http
