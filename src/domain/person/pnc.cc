#include "domain/person/pnc.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "domain/person/text.h"

namespace probity::person {
namespace {

struct PncParts {
  int year = 0;
  int serial = 0;
  char check = 0;
};

// Splits "YY(YY)/N{1,7}C"; false when the shape is wrong.
bool Split(std::string_view text, PncParts& parts) {
  auto slash = text.find('/');
  if (slash != 2 && slash != 4) {
    return false;
  }
  int year = 0;
  for (std::size_t i = 0; i < slash; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
      return false;
    }
    year = year * 10 + (text[i] - '0');
  }
  std::string_view rest = text.substr(slash + 1);
  if (rest.size() < 2 || rest.size() > 8) {
    return false;
  }
  int serial = 0;
  for (std::size_t i = 0; i + 1 < rest.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(rest[i])) == 0) {
      return false;
    }
    serial = serial * 10 + (rest[i] - '0');
  }
  char check = static_cast<char>(std::toupper(static_cast<unsigned char>(rest.back())));
  if (std::isalpha(static_cast<unsigned char>(check)) == 0) {
    return false;
  }
  if (slash == 2) {
    year += year > 30 ? 1900 : 2000;  // two-digit years: 31-99 are 1900s
  }
  parts = {year, serial, check};
  return true;
}

}  // namespace

char PncCheckLetter(int year, int serial) {
  static constexpr std::string_view kLetters = "ZABCDEFGHJKLMNPQRTUVWXY";
  long long number = static_cast<long long>(year % 100) * 10'000'000LL + serial;
  return kLetters[static_cast<std::size_t>(number % 23)];
}

bool LooksLikePnc(std::string_view text) {
  PncParts parts;
  return Split(Trim(text), parts);
}

PncNumber PncNumber::Make(int year, int serial) {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d/%07d%c", year, serial, PncCheckLetter(year, serial));
  return PncNumber(buf.data());
}

Result<PncNumber> PncNumber::Parse(std::string_view text, std::string_view field) {
  PncParts parts;
  if (!Split(Trim(text), parts)) {
    return InvalidArgument(std::string(field), "INVALID_FORMAT",
                           "Enter a PNC number like 2004/0046583U");
  }
  if (PncCheckLetter(parts.year, parts.serial) != parts.check) {
    return InvalidArgument(std::string(field), "CHECK_LETTER_MISMATCH",
                           "The PNC number's check letter does not match: check it for typing "
                           "mistakes");
  }
  return Make(parts.year, parts.serial);
}

}  // namespace probity::person
