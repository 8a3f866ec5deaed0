// How the tier and workload tables store their structured columns as text (migration 0006),
// shared by the repositories and the seed writer.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/tier/tier.h"
#include "domain/workload/workload.h"

namespace probity::store {

// assessment.needs: "need=severity" pairs, space-separated, needs with no need left out.
std::string EncodeNeeds(const std::array<tier::NeedSeverity, tier::kNeedCount>& needs);
std::array<tier::NeedSeverity, tier::kNeedCount> DecodeNeeds(const std::string& text);

// tier_calculation.factors: one line a factor, "protect|change TAB code TAB detail TAB points
// TAB description".
std::string EncodeFactors(const tier::TierResult& result);
// Fills the factors of `result` from `text`.
void DecodeFactors(const std::string& text, tier::TierResult& result);
// Reads the tier code back into protect, change and the S suffix.
void DecodeTierCode(const std::string& code, tier::TierResult& result);

// workload_points_table.points: four rows separated by ';', 32 comma-separated values each.
std::string EncodePoints(const workload::PointsTable& table);
// False when the text is not four rows of 32 whole numbers.
bool DecodePoints(const std::string& text, workload::PointsTable& table);

}  // namespace probity::store
