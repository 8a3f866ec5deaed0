#include "domain/person/text.h"

#include <gtest/gtest.h>

namespace probity::person {
namespace {

TEST(NameKey, MatchesSpellingsOfTheSameName) {
  EXPECT_EQ(NameKey("O'Brien"), "obrien");
  EXPECT_EQ(NameKey("o brien"), "obrien");
  EXPECT_EQ(NameKey("Smith-Jones"), "smithjones");
  EXPECT_NE(NameKey("Smith"), NameKey("Smyth"));
}

TEST(Trim, RemovesSurroundingSpace) {
  EXPECT_EQ(Trim("  John Smith \t"), "John Smith");
  EXPECT_EQ(Trim("   "), "");
}

}  // namespace
}  // namespace probity::person
