#include "domain/person/pnc.h"

#include <gtest/gtest.h>

namespace probity::person {
namespace {

TEST(PncNumber, ChecksTheCheckLetter) {
  // 2004/0046583U: 040046583 mod 23 = 18 -> "ZABCDEFGHJKLMNPQRTUVWXY"[18] = 'U'
  // (docs/rules/pnc.md).
  struct Case {
    const char* text;
    const char* canonical;  // nullptr: refused
    const char* error;
  } cases[] = {
      {"2004/0046583U", "2004/0046583U", nullptr},
      {"04/46583U", "2004/0046583U", nullptr},      // short year and serial are padded
      {"2004/0046583u", "2004/0046583U", nullptr},  // lower-case check letter
      {"2004/0046583T", nullptr, "CHECK_LETTER_MISMATCH"},
      {"2004/0046538U", nullptr, "CHECK_LETTER_MISMATCH"},  // transposed digits are caught
      {"2004-0046583U", nullptr, "INVALID_FORMAT"},
      {"2004/00465831", nullptr, "INVALID_FORMAT"},
      {"2004/", nullptr, "INVALID_FORMAT"},
  };
  for (const auto& c : cases) {
    auto pnc = PncNumber::Parse(c.text);
    if (c.canonical == nullptr) {
      ASSERT_FALSE(pnc) << c.text;
      EXPECT_EQ(pnc.error().fields.at(0).error, c.error) << c.text;
    } else {
      ASSERT_TRUE(pnc) << c.text;
      EXPECT_EQ(pnc->str(), c.canonical);
    }
  }
}

TEST(PncNumber, MakeProducesNumbersThatParse) {
  for (int serial : {0, 1, 99, 1234567, 9999999}) {
    auto made = PncNumber::Make(2019, serial);
    auto parsed = PncNumber::Parse(made.str());
    ASSERT_TRUE(parsed) << made.str();
    EXPECT_EQ(parsed->str(), made.str());
  }
}

}  // namespace
}  // namespace probity::person
