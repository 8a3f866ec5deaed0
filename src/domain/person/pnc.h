// PNC number: the Police National Computer id, "YYYY/NNNNNNNC" (two- or four-digit year, a serial
// of up to seven digits, and a check letter). Canonical form: four-digit year, seven-digit serial.
// The check letter is "ZABCDEFGHJKLMNPQRTUVWXY"[(yy * 10^7 + serial) % 23], the algorithm the
// police use to catch mistyped numbers; see docs/rules/pnc.md.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace probity::person {

class PncNumber {
 public:
  static Result<PncNumber> Parse(std::string_view text, std::string_view field = "pncNumber");
  // Builds a valid PNC number (used by the synthetic-data generator). REQUIRES: serial < 10^7.
  static PncNumber Make(int year, int serial);
  static PncNumber FromTrusted(std::string canonical) { return PncNumber(std::move(canonical)); }
  const std::string& str() const { return value_; }

 private:
  explicit PncNumber(std::string value) : value_(std::move(value)) {}
  std::string value_;
};

char PncCheckLetter(int year, int serial);
bool LooksLikePnc(std::string_view text);

}  // namespace probity::person
