#include "domain/person/search_query.h"

#include <vector>

#include "domain/person/crn.h"
#include "domain/person/pnc.h"
#include "domain/person/text.h"

namespace probity::person {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!word.empty()) {
        words.push_back(word);
        word.clear();
      }
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) {
    words.push_back(word);
  }
  return words;
}

}  // namespace

Result<SearchQuery> ParseSearchQuery(std::string_view text, std::string_view date_of_birth) {
  SearchQuery query;
  std::string dob = Trim(date_of_birth);
  if (!dob.empty()) {
    query.date_of_birth = ParseDate(dob);
    if (!query.date_of_birth) {
      return InvalidArgument("dateOfBirth", "INVALID_DATE",
                             "Date of birth must be a real date, like 1990-03-27");
    }
  }
  std::string trimmed = Trim(text);
  if (trimmed.empty()) {
    return InvalidArgument("q", "REQUIRED", "Enter a CRN, a PNC number or a name");
  }
  if (trimmed.size() > 100) {
    return InvalidArgument("q", "TOO_LONG", "Search text must be 100 characters or fewer");
  }
  if (LooksLikeCrn(trimmed)) {
    query.kind = SearchQuery::Kind::kCrn;
    query.crn = Crn::Parse(trimmed)->str();
    return query;
  }
  if (LooksLikePnc(trimmed)) {
    auto pnc = PncNumber::Parse(trimmed, "q");
    PROBITY_TRY(pnc);
    query.kind = SearchQuery::Kind::kPnc;
    query.pnc = pnc->str();
    return query;
  }
  auto words = Words(trimmed);
  // "Smith, John" puts the surname first; "John Smith" puts it last.
  bool surname_first = trimmed.find(',') != std::string::npos;
  std::string surname = surname_first ? words.front() : words.back();
  std::string first = words.size() > 1 ? (surname_first ? words[1] : words.front()) : "";
  query.surname_key = NameKey(surname);
  query.first_name_key = NameKey(first);
  if (query.surname_key.size() < 2) {
    return InvalidArgument("q", "TOO_SHORT",
                           "Enter at least the first two letters of the surname, a CRN or a PNC "
                           "number");
  }
  return query;
}

}  // namespace probity::person
