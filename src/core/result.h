// Result<T>: a value or an Error. Errors are values inside Probity; exceptions stop at the edge
// (HTTP handler wrapper, CLI main). The API copies std::expected (has_value, value, error, *, ->)
// so moving to C++23 is one `using` away. See docs/decisions/0002-error-model.md.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace probity {

// A closed subset of Abseil's status codes; http/ maps each to one HTTP status.
enum class ErrorCode {
  kInvalidArgument,     // 400: the caller's input is wrong; fields say where.
  kUnauthenticated,     // 401
  kPermissionDenied,    // 403
  kNotFound,            // 404
  kFailedPrecondition,  // 409: valid input, but the record's state forbids it.
  kPayloadTooLarge,     // 413
  kUnavailable,         // 503: a dependency (the database) does not answer.
  kInternal,            // 500
};

// One field at fault: `field` is the camelCase path a client sent (e.g. "crn", "rar.maxDays");
// `error` is a stable code (e.g. "INVALID_FORMAT"); `message` is for people.
struct FieldError {
  std::string field;
  std::string error;
  std::string message;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;
};

Error InvalidArgument(std::string field, std::string error, std::string message);
// Several fields at fault at once; the message is the first one's. REQUIRES: !fields.empty().
Error InvalidArgument(std::vector<FieldError> fields);
Error NotFound(std::string message);
Error PermissionDenied(std::string message);
Error Unauthenticated(std::string message);
Error FailedPrecondition(std::string message);
Error Internal(std::string message);
Error Unavailable(std::string message);
const char* ErrorCodeName(ErrorCode code);

template <typename T>
class [[nodiscard]] Result {
 public:
  // Implicit, as std::expected's, so `return value;` and `return error;` both work.
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(T value) : state_(std::move(value)) {}
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  // REQUIRES: has_value().
  T& value() & {
    assert(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(state_));
  }
  // REQUIRES: !has_value().
  const Error& error() const {
    assert(!has_value());
    return std::get<1>(state_);
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(Error error) : error_(std::move(error)), ok_(false) {}

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  // REQUIRES: !has_value().
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;
inline Status Ok() {
  return {};
}

}  // namespace probity

// Returns the error of `expr` (a Result) from the enclosing function when it failed. Each use
// names its own variable (__COUNTER__) so that a PROBITY_TRY inside a lambda passed to another
// PROBITY_TRY does not shadow the outer one.
// NOLINTBEGIN(bugprone-macro-parentheses): `name` is a declarator, which cannot be parenthesised.
#define PROBITY_TRY_CONCAT_(a, b) a##b
#define PROBITY_TRY_CONCAT(a, b) PROBITY_TRY_CONCAT_(a, b)
#define PROBITY_TRY_AS_(expr, name) \
  do {                              \
    auto&& name = (expr);           \
    if (!name) {                    \
      return name.error();          \
    }                               \
  } while (false)
#define PROBITY_TRY(expr) PROBITY_TRY_AS_(expr, PROBITY_TRY_CONCAT(probity_try_, __COUNTER__))
// NOLINTEND(bugprone-macro-parentheses)
