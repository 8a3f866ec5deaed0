#include "domain/person/person.h"

namespace probity::person {

const char* SexCode(Sex sex) {
  switch (sex) {
    case Sex::kMale:
      return "male";
    case Sex::kFemale:
      return "female";
  }
  return "male";
}

std::optional<Sex> ParseSex(std::string_view code) {
  if (code == "male") {
    return Sex::kMale;
  }
  if (code == "female") {
    return Sex::kFemale;
  }
  return std::nullopt;
}

std::string Person::FullName() const {
  std::string name = first_name;
  if (!middle_names.empty()) {
    name += " " + middle_names;
  }
  return name + " " + surname;
}

std::string Person::SortName() const {
  return surname + ", " + first_name;
}

}  // namespace probity::person
