#include "domain/workload/workload.h"

#include <gtest/gtest.h>

namespace probity::workload {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

const PointsTable kTable = Section5Table(D("2020-01-01"));

TEST(CasePoints, Section5SeedRows) {
  // §5 "Points per case" (tier order A3, A2, A1, A0, B3 ... D0), WKL V1_1__SEED_REF_DATA.sql.
  struct Case {
    const char* tier;
    CaseType type;
    bool t2a;
    int points;
  } cases[] = {
      {"A3", CaseType::kCommunity, false, 206},
      {"A0", CaseType::kCommunity, false, 110},
      {"B3", CaseType::kCommunity, false, 146},
      {"B2", CaseType::kCommunity, false, 115},
      {"C1", CaseType::kCommunity, false, 50},
      {"D1", CaseType::kCommunity, false, 29},
      {"D0", CaseType::kCommunity, false, 29},
      {"A3", CaseType::kLicence, false, 219},
      {"A0", CaseType::kLicence, false, 0},
      {"B1", CaseType::kLicence, false, 119},
      {"D2", CaseType::kLicence, false, 43},
      {"A3", CaseType::kCustody, false, 75},
      {"C3", CaseType::kCustody, false, 30},
      {"D1", CaseType::kCustody, false, 13},
      // T2A: its own row for every case type.
      {"A3", CaseType::kCommunity, true, 75},
      {"B2", CaseType::kLicence, true, 48},
      {"D0", CaseType::kCustody, true, 0},
      // Untiered cases score 0 (WMTR skips them); "S" tiers default to 0 (WKL V1_69).
      {"", CaseType::kCommunity, false, 0},
      {"A3S", CaseType::kCommunity, false, 0},
      {"D0S", CaseType::kLicence, false, 0},
      {"E1", CaseType::kCommunity, false, 0},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CasePoints(kTable, c.tier, c.type, c.t2a), c.points)
        << c.tier << " " << CaseTypeCode(c.type) << " t2a=" << c.t2a;
  }
}

TEST(TierIndex, RoundTripsEveryTier) {
  for (std::size_t i = 0; i < kTierCount; ++i) {
    EXPECT_EQ(TierIndex(TierAt(i)), i) << TierAt(i);
  }
  EXPECT_EQ(TierAt(0), "A3");
  EXPECT_EQ(TierAt(15), "D0");
  EXPECT_EQ(TierAt(16), "A3S");
  EXPECT_EQ(TierIndex("A4"), std::nullopt);
  EXPECT_EQ(TierIndex("B2X"), std::nullopt);
}

TEST(TableInForce, LatestEffectiveFromOnOrBeforeTheDate) {
  // WL-1: the points table is reference data with an effective-from date.
  std::vector<PointsTable> tables = {Section5Table(D("2020-01-01")),
                                     Section5Table(D("2025-04-01"))};
  tables[1].points[0][0] = 250;
  EXPECT_EQ(TableInForce(tables, D("2019-12-31")), nullptr);
  EXPECT_EQ(TableInForce(tables, D("2025-03-31"))->points[0][0], 206);
  EXPECT_EQ(TableInForce(tables, D("2025-04-01"))->points[0][0], 250);
}

TEST(AvailablePoints, NominalTargetScaledByHoursLessReductions) {
  // §5: 2176 at 37 hours; available = nominal x (hours - reductions) / default, truncated.
  struct Case {
    int hours;
    int reduction_hundredths;
    int available;
  } cases[] = {
      {37, 0, 2176},    // full time
      {30, 0, 1764},    // 2176 x 30 / 37 = 1764.32
      {22, 0, 1293},    // 2176 x 22 / 37 = 1293.84
      {37, 740, 1740},  // 7.4 h reduction (20 %, NQO): 2176 x 29.6 / 37 = 1740.8
      {37, 3700, 0},    // long-term sickness, 100 %
      {20, 3000, 0},    // reductions beyond the hours
  };
  for (const auto& c : cases) {
    EXPECT_EQ(AvailablePoints(kTable, c.hours, c.reduction_hundredths), c.available)
        << c.hours << " " << c.reduction_hundredths;
  }
}

TEST(CapacityThousandths, ThreeDecimalPlacesHalfUp) {
  // §5: capacity % = points / available x 100, 3 dp half up; 0 if either is 0.
  struct Case {
    std::int64_t points;
    std::int64_t available;
    const char* percent;
  } cases[] = {
      {2176, 2176, "100.000"}, {1000, 2176, "45.956"},   // 45.95588...
      {1, 64, "1.563"},                                  // 1.5625: half up, not to even
      {1, 16, "6.250"},        {3000, 2176, "137.868"},  // 137.86764...
      {0, 2176, "0.000"},      {500, 0, "0.000"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatThousandths(CapacityThousandths(c.points, c.available)), c.percent)
        << c.points << "/" << c.available;
  }
}

TEST(CheckTable, NamesTheFirstFaultyField) {
  PointsTable t = kTable;
  EXPECT_FALSE(CheckTable(t));
  t.points[1][5] = -1;
  EXPECT_EQ(CheckTable(t)->field, "points.licence.B2");
  t = kTable;
  t.nominal_target = 0;
  EXPECT_EQ(CheckTable(t)->field, "nominalTarget");
}

}  // namespace
}  // namespace probity::workload
