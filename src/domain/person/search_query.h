// How a search box's text is read: a CRN, a PNC number, or a name (with an optional date of birth
// to tell namesakes apart; the inspectorate found a name search returning hundreds of "Jim
// Brown"s).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace probity::person {

struct SearchQuery {
  enum class Kind { kCrn, kPnc, kName };
  Kind kind = Kind::kName;
  std::string crn;             // kCrn: canonical
  std::string pnc;             // kPnc: canonical
  std::string surname_key;     // kName: NameKey of the surname (prefix match)
  std::string first_name_key;  // kName: NameKey of the first name, may be empty (prefix match)
  std::optional<Date> date_of_birth;
};

// Reads `text` ("X320741", "2004/0046583U", "John Smith", "Smith, John", "smith") and an
// optional date of birth ("YYYY-MM-DD", may be empty). Errors name the field ("q" or
// "dateOfBirth").
Result<SearchQuery> ParseSearchQuery(std::string_view text, std::string_view date_of_birth);

}  // namespace probity::person
