#include "domain/person/search_query.h"

#include <gtest/gtest.h>

namespace probity::person {
namespace {

TEST(ParseSearchQuery, ReadsCrnPncAndNames) {
  auto crn = ParseSearchQuery(" x320741 ", "");
  ASSERT_TRUE(crn);
  EXPECT_EQ(crn->kind, SearchQuery::Kind::kCrn);
  EXPECT_EQ(crn->crn, "X320741");

  auto pnc = ParseSearchQuery("04/46583U", "");
  ASSERT_TRUE(pnc);
  EXPECT_EQ(pnc->kind, SearchQuery::Kind::kPnc);
  EXPECT_EQ(pnc->pnc, "2004/0046583U");

  auto name = ParseSearchQuery("Jim Brown", "1980-02-01");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->kind, SearchQuery::Kind::kName);
  EXPECT_EQ(name->surname_key, "brown");
  EXPECT_EQ(name->first_name_key, "jim");
  ASSERT_TRUE(name->date_of_birth);
  EXPECT_EQ(FormatDate(*name->date_of_birth), "1980-02-01");

  auto comma = ParseSearchQuery("O'Brien, Sean", "");
  ASSERT_TRUE(comma);
  EXPECT_EQ(comma->surname_key, "obrien");
  EXPECT_EQ(comma->first_name_key, "sean");
}

TEST(ParseSearchQuery, RefusesUnusableInputNamingTheField) {
  struct Case {
    const char* q;
    const char* dob;
    const char* field;
    const char* error;
  } cases[] = {
      {"", "", "q", "REQUIRED"},
      {"   ", "", "q", "REQUIRED"},
      {"J", "", "q", "TOO_SHORT"},
      {"2004/0046583T", "", "q", "CHECK_LETTER_MISMATCH"},
      {"Smith", "1980-02-30", "dateOfBirth", "INVALID_DATE"},
      {"Smith", "01/02/1980", "dateOfBirth", "INVALID_DATE"},
  };
  for (const auto& c : cases) {
    auto query = ParseSearchQuery(c.q, c.dob);
    ASSERT_FALSE(query) << c.q;
    EXPECT_EQ(query.error().fields.at(0).field, c.field) << c.q;
    EXPECT_EQ(query.error().fields.at(0).error, c.error) << c.q;
  }
}

}  // namespace
}  // namespace probity::person
