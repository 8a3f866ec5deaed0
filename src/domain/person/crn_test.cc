#include "domain/person/crn.h"

#include <gtest/gtest.h>

namespace probity::person {
namespace {

TEST(Crn, ParsesOneLetterAndSixDigits) {
  // domain.md §10: a CRN is a letter + 6 digits, e.g. X320741.
  struct Case {
    const char* text;
    const char* canonical;  // nullptr: refused
  } cases[] = {
      {"X320741", "X320741"}, {" x320741 ", "X320741"}, {"X32074", nullptr}, {"X3207411", nullptr},
      {"1320741", nullptr},   {"XX20741", nullptr},     {"", nullptr},       {"X32O741", nullptr},
  };
  for (const auto& c : cases) {
    auto crn = Crn::Parse(c.text);
    if (c.canonical == nullptr) {
      ASSERT_FALSE(crn) << c.text;
      EXPECT_EQ(crn.error().fields.at(0).field, "crn");
      EXPECT_EQ(crn.error().fields.at(0).error, "INVALID_FORMAT");
    } else {
      ASSERT_TRUE(crn) << c.text;
      EXPECT_EQ(crn->str(), c.canonical);
    }
  }
}

}  // namespace
}  // namespace probity::person
