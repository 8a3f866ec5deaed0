#include "http/json_body.h"

#include <cmath>
#include <limits>
#include <utility>

namespace probity::http {

namespace json = boost::json;

Result<json::object> ParseJsonObject(std::string_view body) {
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec) {
    return InvalidArgument("body", "INVALID_JSON", "The request body must be valid JSON");
  }
  if (!value.is_object()) {
    return InvalidArgument("body", "INVALID_TYPE", "The request body must be a JSON object");
  }
  return std::move(value.as_object());
}

JsonFields::JsonFields(const json::object& object, std::string prefix,
                       std::vector<FieldError>& faults)
    : object_(object), prefix_(std::move(prefix)), faults_(faults) {}

void JsonFields::Fault(std::string_view name, std::string error, std::string message) {
  faults_.push_back({prefix_ + std::string(name), std::move(error), std::move(message)});
}

std::string JsonFields::ElementName(std::string_view array, std::size_t index) const {
  return prefix_ + std::string(array) + "[" + std::to_string(index) + "]";
}

const json::value* JsonFields::Find(std::string_view name, Presence presence) {
  const json::value* value = object_.if_contains(name);
  if (value == nullptr || value->is_null()) {
    if (presence == Presence::kRequired) {
      Fault(name, "REQUIRED", prefix_ + std::string(name) + " is required");
    }
    return nullptr;
  }
  return value;
}

std::optional<std::string> JsonFields::String(std::string_view name, Presence presence) {
  const json::value* value = Find(name, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->is_string()) {
    Fault(name, "INVALID_TYPE", prefix_ + std::string(name) + " must be a string");
    return std::nullopt;
  }
  return std::string(value->get_string());
}

std::optional<int> JsonFields::Int(std::string_view name, Presence presence) {
  const json::value* value = Find(name, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (value->is_uint64()) {  // only numbers above INT64_MAX parse as uint64
    Fault(name, "OUT_OF_RANGE", prefix_ + std::string(name) + " is too large");
    return std::nullopt;
  }
  // 2.0 is a whole number too (some clients write every number with a point); 2.5 is not.
  bool whole_double = value->is_double() && std::isfinite(value->get_double()) &&
                      std::trunc(value->get_double()) == value->get_double();
  if (!value->is_int64() && !whole_double) {
    Fault(name, "INVALID_TYPE", prefix_ + std::string(name) + " must be a whole number");
    return std::nullopt;
  }
  double n = value->is_int64() ? static_cast<double>(value->get_int64()) : value->get_double();
  if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
    Fault(name, "OUT_OF_RANGE", prefix_ + std::string(name) + " is too large");
    return std::nullopt;
  }
  return static_cast<int>(n);
}

std::optional<bool> JsonFields::Bool(std::string_view name, Presence presence) {
  const json::value* value = Find(name, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->is_bool()) {
    Fault(name, "INVALID_TYPE", prefix_ + std::string(name) + " must be true or false");
    return std::nullopt;
  }
  return value->get_bool();
}

std::optional<Date> JsonFields::DateValue(std::string_view name, Presence presence) {
  const json::value* value = Find(name, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  std::optional<Date> date;
  if (value->is_string()) {
    date = ParseDate(value->get_string());
  }
  if (!date) {
    Fault(name, "INVALID_DATE", prefix_ + std::string(name) + " must be a real date as YYYY-MM-DD");
  }
  return date;
}

const json::array* JsonFields::Array(std::string_view name, Presence presence) {
  const json::value* value = Find(name, presence);
  if (value == nullptr) {
    return nullptr;
  }
  if (!value->is_array()) {
    Fault(name, "INVALID_TYPE", prefix_ + std::string(name) + " must be an array");
    return nullptr;
  }
  return &value->get_array();
}

void JsonFields::RejectUnknown(std::initializer_list<std::string_view> known) {
  for (const auto& member : object_) {
    bool ok = false;
    for (auto k : known) {
      ok = ok || member.key() == k;
    }
    if (!ok) {
      Fault(member.key(), "UNKNOWN_FIELD", "Unknown field " + prefix_ + std::string(member.key()));
    }
  }
}

}  // namespace probity::http
