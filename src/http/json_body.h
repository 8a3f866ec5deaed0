// Reading JSON request bodies field by field. Each fault becomes a FieldError named as the
// client sent the field ("sanctionCount", "needs[0].area"), and all faults are collected, so one
// 400 answer can name every field at fault (docs/decisions/0002-error-model.md).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "core/date.h"
#include "core/result.h"

namespace probity::http {

// The body as a JSON object; kInvalidArgument naming the field "body" when it is not valid JSON
// (INVALID_JSON) or not an object (INVALID_TYPE).
Result<boost::json::object> ParseJsonObject(std::string_view body);

enum class Presence { kRequired, kOptional };

// Reads the members of one JSON object. A missing or null member is absent: a fault (REQUIRED)
// when required, nullopt either way. A member of the wrong type is INVALID_TYPE; a whole number
// outside int is OUT_OF_RANGE; a date not "YYYY-MM-DD" or not a real day is INVALID_DATE.
// The object and the fault list must outlive the reader.
class JsonFields {
 public:
  // `prefix` is put before every field name, e.g. "needs[0]." for an element of an array.
  JsonFields(const boost::json::object& object, std::string prefix,
             std::vector<FieldError>& faults);

  std::optional<std::string> String(std::string_view name, Presence presence);
  std::optional<int> Int(std::string_view name, Presence presence);
  std::optional<bool> Bool(std::string_view name, Presence presence);
  std::optional<Date> DateValue(std::string_view name, Presence presence);
  // REQUIRES: the array is used only while the object lives.
  const boost::json::array* Array(std::string_view name, Presence presence);

  // UNKNOWN_FIELD for each member not in `known`, so a misspelt optional field is not ignored.
  void RejectUnknown(std::initializer_list<std::string_view> known);

  // "needs[3]" for element 3 of "needs" under this reader's prefix.
  std::string ElementName(std::string_view array, std::size_t index) const;
  void Fault(std::string_view name, std::string error, std::string message);

 private:
  // The member, or nullptr when absent or null (a REQUIRED fault when required).
  const boost::json::value* Find(std::string_view name, Presence presence);

  const boost::json::object& object_;
  std::string prefix_;
  std::vector<FieldError>& faults_;
};

}  // namespace probity::http
