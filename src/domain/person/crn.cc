#include "domain/person/crn.h"

#include <cctype>

#include "domain/person/text.h"

namespace probity::person {

bool LooksLikeCrn(std::string_view text) {
  if (text.size() != 7 || std::isalpha(static_cast<unsigned char>(text[0])) == 0) {
    return false;
  }
  for (std::size_t i = 1; i < 7; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
      return false;
    }
  }
  return true;
}

Result<Crn> Crn::Parse(std::string_view text, std::string_view field) {
  std::string trimmed = Trim(text);
  if (!LooksLikeCrn(trimmed)) {
    return InvalidArgument(std::string(field), "INVALID_FORMAT",
                           "Enter a CRN as one letter and six digits, like X320741");
  }
  trimmed[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(trimmed[0])));
  return Crn(std::move(trimmed));
}

}  // namespace probity::person
