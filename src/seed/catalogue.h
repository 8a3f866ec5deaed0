// Each area's synthetic catalogue of interventions (PROP-5, domain.md §8): the RAR activity,
// accredited programmes and treatment services a court officer proposes against. Areas differ:
// not every service runs everywhere, providers and typical days vary.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/proposal/intervention.h"

namespace probity::seed {

// Same seed and area, same catalogue. Drawn from its own random stream, so adding it leaves the
// rest of a seeded caseload unchanged.
std::vector<proposal::Intervention> CatalogueForArea(std::uint64_t seed, std::int64_t area);

}  // namespace probity::seed
