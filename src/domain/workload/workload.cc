#include "domain/workload/workload.h"

#include <algorithm>

namespace probity::workload {
namespace {

constexpr std::array<const char*, kRowCount> kRowCodes = {"community", "licence", "custody", "t2a"};

// §5, in the tier order A3, A2, A1, A0, B3 ... D0.
constexpr std::array<std::array<int, 16>, kRowCount> kSection5 = {{
    {206, 158, 146, 110, 146, 115, 102, 72, 79, 63, 50, 35, 51, 41, 29, 29},  // community
    {219, 175, 163, 0, 161, 132, 119, 0, 77, 65, 52, 0, 51, 43, 31, 0},       // licence
    {75, 60, 59, 0, 59, 48, 47, 0, 30, 24, 23, 0, 17, 14, 13, 0},             // custody
    {75, 60, 59, 0, 59, 48, 47, 0, 30, 24, 23, 0, 17, 14, 13, 0},             // T2A
}};

}  // namespace

const char* CaseTypeCode(CaseType type) {
  return kRowCodes[static_cast<std::size_t>(type)];
}

std::optional<CaseType> ParseCaseType(std::string_view code) {
  for (auto t : {CaseType::kCommunity, CaseType::kLicence, CaseType::kCustody}) {
    if (code == CaseTypeCode(t)) {
      return t;
    }
  }
  return std::nullopt;
}

const char* PointsRowCode(PointsRow row) {
  return kRowCodes[static_cast<std::size_t>(row)];
}

std::string TierAt(std::size_t index) {
  std::string tier{static_cast<char>('A' + (index % 16) / 4),
                   static_cast<char>('3' - static_cast<int>(index % 4))};
  if (index >= 16) {
    tier += 'S';
  }
  return tier;
}

std::optional<std::size_t> TierIndex(std::string_view tier) {
  if (tier.size() < 2 || tier.size() > 3 || tier[0] < 'A' || tier[0] > 'D' || tier[1] < '0' ||
      tier[1] > '3' || (tier.size() == 3 && tier[2] != 'S')) {
    return std::nullopt;
  }
  std::size_t index =
      static_cast<std::size_t>(tier[0] - 'A') * 4 + static_cast<std::size_t>('3' - tier[1]);
  return tier.size() == 3 ? index + 16 : index;
}

PointsTable Section5Table(Date effective_from) {
  PointsTable table;
  table.effective_from = effective_from;
  for (std::size_t row = 0; row < kRowCount; ++row) {
    std::copy(kSection5[row].begin(), kSection5[row].end(), table.points[row].begin());
  }
  return table;
}

const PointsTable* TableInForce(const std::vector<PointsTable>& tables, Date on) {
  const PointsTable* best = nullptr;
  for (const auto& t : tables) {
    if (t.effective_from <= on && (best == nullptr || t.effective_from > best->effective_from)) {
      best = &t;
    }
  }
  return best;
}

int CasePoints(const PointsTable& table, std::string_view tier, CaseType type, bool t2a) {
  auto index = TierIndex(tier);
  if (!index) {
    return 0;
  }
  const std::size_t row =
      t2a ? static_cast<std::size_t>(PointsRow::kT2a) : static_cast<std::size_t>(type);
  return table.points[row][*index];
}

int AvailablePoints(const PointsTable& table, int contracted_hours, int reduction_hundredths) {
  const std::int64_t hundredths =
      std::max<std::int64_t>(0, std::int64_t{contracted_hours} * 100 - reduction_hundredths);
  if (table.default_hours <= 0) {
    return 0;
  }
  return static_cast<int>(std::int64_t{table.nominal_target} * hundredths /
                          (std::int64_t{table.default_hours} * 100));
}

std::int64_t CapacityThousandths(std::int64_t points, std::int64_t available) {
  if (points <= 0 || available <= 0) {
    return 0;
  }
  // points / available x 100 x 1000, half up: (2 x points x 100000 + available) / (2 x available).
  return (2 * points * 100000 + available) / (2 * available);
}

std::string FormatThousandths(std::int64_t thousandths) {
  std::string fraction = std::to_string(thousandths % 1000);
  return std::to_string(thousandths / 1000) + "." + std::string(3 - fraction.size(), '0') +
         fraction;
}

std::optional<TableFault> CheckTable(const PointsTable& table) {
  for (std::size_t row = 0; row < kRowCount; ++row) {
    for (std::size_t t = 0; t < kTierCount; ++t) {
      int p = table.points[row][t];
      if (p < 0 || p > 1000) {
        return TableFault{std::string("points.") + kRowCodes[row] + "." + TierAt(t),
                          "Points must be a whole number from 0 to 1000."};
      }
    }
  }
  if (table.nominal_target < 1 || table.nominal_target > 100000) {
    return TableFault{"nominalTarget", "The nominal target must be from 1 to 100000 points."};
  }
  if (table.default_hours < 1 || table.default_hours > 60) {
    return TableFault{"defaultHours", "Default contracted hours must be from 1 to 60."};
  }
  return std::nullopt;
}

}  // namespace probity::workload
