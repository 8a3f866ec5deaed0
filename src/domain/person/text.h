// Small text helpers for people's names and identifiers (ASCII folding only: names keep their
// spelling for display; keys are for matching).
#pragma once

#include <string>
#include <string_view>

namespace probity::person {

std::string Trim(std::string_view text);
// The matching key of a name: lower case, letters only (apostrophes, hyphens and spaces
// dropped), so "O'Brien", "o brien" and "OBRIEN" match.
std::string NameKey(std::string_view name);

}  // namespace probity::person
