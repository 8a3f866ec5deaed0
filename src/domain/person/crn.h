// CRN: the case reference number that identifies a person on probation (domain.md §10:
// a letter and six digits, e.g. X320741).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace probity::person {

class Crn {
 public:
  // Accepts surrounding spaces and a lower-case letter; returns the canonical upper-case form.
  static Result<Crn> Parse(std::string_view text, std::string_view field = "crn");
  // REQUIRES: `canonical` came from a Crn (e.g. read back from the store).
  static Crn FromTrusted(std::string canonical) { return Crn(std::move(canonical)); }
  const std::string& str() const { return value_; }
  friend bool operator==(const Crn&, const Crn&) = default;

 private:
  explicit Crn(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

// True when `text` (already trimmed) looks like a CRN, so a search box can treat it as one.
bool LooksLikeCrn(std::string_view text);

}  // namespace probity::person
