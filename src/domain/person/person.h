// A person on probation: identity and personal details (architecture.md "Data").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/id.h"
#include "domain/person/crn.h"

namespace probity::person {

struct PersonTag {};
using PersonId = Id<PersonTag>;

enum class Sex { kMale, kFemale };
const char* SexCode(Sex sex);  // "male" | "female"
std::optional<Sex> ParseSex(std::string_view code);

struct Alias {
  std::string first_name;
  std::string surname;
  std::optional<Date> date_of_birth;
};

struct Person {
  PersonId id;
  Crn crn = Crn::FromTrusted("");
  std::string first_name;
  std::string middle_names;
  std::string surname;
  Date date_of_birth{};
  Sex sex = Sex::kMale;
  std::optional<std::string> pnc_number;  // canonical PncNumber text
  std::vector<Alias> aliases;

  std::string FullName() const;  // "First Middle Surname"
  std::string SortName() const;  // "Surname, First"
};

}  // namespace probity::person
