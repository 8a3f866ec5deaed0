#include "core/result.h"

namespace probity {

Error InvalidArgument(std::string field, std::string error, std::string message) {
  Error e{ErrorCode::kInvalidArgument, message, {}};
  e.fields.push_back({std::move(field), std::move(error), std::move(message)});
  return e;
}
Error InvalidArgument(std::vector<FieldError> fields) {
  assert(!fields.empty());
  std::string message = fields.empty() ? std::string() : fields.front().message;
  return {ErrorCode::kInvalidArgument, std::move(message), std::move(fields)};
}
Error NotFound(std::string message) {
  return {ErrorCode::kNotFound, std::move(message), {}};
}
Error PermissionDenied(std::string message) {
  return {ErrorCode::kPermissionDenied, std::move(message), {}};
}
Error Unauthenticated(std::string message) {
  return {ErrorCode::kUnauthenticated, std::move(message), {}};
}
Error FailedPrecondition(std::string message) {
  return {ErrorCode::kFailedPrecondition, std::move(message), {}};
}
Error Internal(std::string message) {
  return {ErrorCode::kInternal, std::move(message), {}};
}
Error Unavailable(std::string message) {
  return {ErrorCode::kUnavailable, std::move(message), {}};
}

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "validation error";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kPermissionDenied:
      return "forbidden";
    case ErrorCode::kNotFound:
      return "not found";
    case ErrorCode::kFailedPrecondition:
      return "conflict";
    case ErrorCode::kPayloadTooLarge:
      return "payload too large";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal error";
  }
  return "internal error";
}

}  // namespace probity
