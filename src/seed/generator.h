// The deterministic synthetic caseload behind `probity seed`: plausible British names (with many
// namesakes), offences, OGRS scores and tiers, community and suspended sentence orders within the
// statutory limits (domain.md §7), RAR days from the PROP-1 guideline table, allocations of about
// 40-60 cases per officer, and a contact history with attendance patterns.
#pragma once

#include <cstdint>

#include "core/date.h"
#include "core/result.h"
#include "seed/sink.h"

namespace probity::seed {

struct SeedOptions {
  int people = 2000;
  std::uint64_t seed = 1;
  Date today{};                   // the caseload is as of this date
  int contacts_per_person = 128;  // national scale: ~25 million contacts for 260,000 people
  int officers_per_team = 5;      // plus the team's senior probation officer
};

// Same options, same calls to `sink`, in the same order, on every machine.
Status Generate(const SeedOptions& options, SeedSink& sink);

}  // namespace probity::seed
