#include "core/result.h"

#include <gtest/gtest.h>

namespace probity {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) {
    return InvalidArgument("n", "NOT_EVEN", "n must be even");
  }
  return n / 2;
}

Result<int> Quarter(int n) {
  auto half = Half(n);
  PROBITY_TRY(half);
  return Half(*half);
}

TEST(Result, CarriesAValueOrAnError) {
  EXPECT_EQ(*Half(8), 4);
  auto bad = Half(3);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(bad.error().fields.size(), 1U);
  EXPECT_EQ(bad.error().fields[0].field, "n");
}

TEST(Result, TryPropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  auto bad = Quarter(6);  // 6/2 = 3 is odd
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "n must be even");
}

}  // namespace
}  // namespace probity
