// A person on probation: identity and personal details (architecture.md "Data").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/id.h"
#include "domain/org/org.h"
#include "domain/person/crn.h"
#include "domain/person/register.h"

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
  org::AreaId home_area;             // the area the person lives in (ALLOC-1)
  std::optional<int> ogrs_two_year;  // OGRS3 two-year %, 1..99 (OGRS-1)
  std::string tier;                  // e.g. "B2" (TIER-1); empty when not yet tiered
  std::vector<Register> registers;   // active registers (flags)

  std::string FullName() const;  // "First Middle Surname"
  std::string SortName() const;  // "Surname, First"
};

}  // namespace probity::person
