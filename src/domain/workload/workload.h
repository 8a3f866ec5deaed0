// Workload measurement (rule WL-1, domain.md Part B §5, from hmpps-workload and
// wmt-probation-rules): points per case by tier and case type from a points table with an
// effective-from date, available points from contracted hours and reductions, and capacity %.
// Where §5 had to be read, docs/rules/workload.md says how.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace probity::workload {

// The rows of a points table. T2A (transition to adulthood) cases use their own row whatever
// their type (§5).
enum class CaseType { kCommunity, kLicence, kCustody };
const char* CaseTypeCode(CaseType type);  // "community" | "licence" | "custody"
std::optional<CaseType> ParseCaseType(std::string_view code);

enum class PointsRow { kCommunity, kLicence, kCustody, kT2a };
inline constexpr std::size_t kRowCount = 4;
const char* PointsRowCode(PointsRow row);  // "community" | "licence" | "custody" | "t2a"

// §5's tier order, then the unsupervised "S" tiers: A3, A2, A1, A0, B3 ... D0, A3S ... D0S.
inline constexpr std::size_t kTierCount = 32;
// The tier at `index` (0..31), e.g. "A3", "D0S".
std::string TierAt(std::size_t index);
// The index of a tier code; nullopt for "" (untiered) or anything else.
std::optional<std::size_t> TierIndex(std::string_view tier);

struct PointsTable {
  std::int64_t id = 0;
  Date effective_from{};
  std::array<std::array<int, kTierCount>, kRowCount> points{};  // [row][tier index]
  int nominal_target = 2176;  // available points for a full-time officer (PO and PSO, §5)
  int default_hours = 37;     // the full-time contracted hours the target is for
};

// The seed row of §5 (hmpps-workload V1_1__SEED_REF_DATA.sql), with "S" tiers at 0, the target
// 2176 at 37 hours, effective from `effective_from`.
PointsTable Section5Table(Date effective_from);

// The table in force on `on`: the one with the latest effective_from on or before it; nullptr
// when every table starts later.
const PointsTable* TableInForce(const std::vector<PointsTable>& tables, Date on);

// WL-1 points for one case: the T2A row when `t2a`, else the row for its type; 0 for an
// untiered case (WMTR skips it) and for any code not in the table.
int CasePoints(const PointsTable& table, std::string_view tier, CaseType type, bool t2a);

// §5 available points: nominal x (hours / default hours) x ((hours - reductions) / hours),
// i.e. nominal x (hours - reductions) / default hours, truncated to a whole number (hmpps-workload)
// and never below 0. Reductions are in hundredths of an hour.
int AvailablePoints(const PointsTable& table, int contracted_hours, int reduction_hundredths);

// §5 capacity %: points / available x 100, rounded half up to 3 decimal places, returned in
// thousandths of a per cent (98529 is 98.529 %); 0 when either is 0.
std::int64_t CapacityThousandths(std::int64_t points, std::int64_t available);
// "98.529"
std::string FormatThousandths(std::int64_t thousandths);

// Checks a table an administrator sends: every point value 0..1000, target 1..100000, default
// hours 1..60. kInvalidArgument-style field errors are the caller's to build; this returns the
// first fault as {field, message} or nullopt.
struct TableFault {
  std::string field;
  std::string message;
};
std::optional<TableFault> CheckTable(const PointsTable& table);

}  // namespace probity::workload
