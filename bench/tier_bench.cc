// Google Benchmark: tiering (TIER-1, domain.md §4) and workload points (WL-1, §5), pure domain
// functions without the store. OGRS3 is in calculators_bench. Figures in docs/performance.md.
#include <vector>

#include <benchmark/benchmark.h>

#include "domain/tier/tier.h"
#include "domain/workload/workload.h"

namespace probity {
namespace {

using person::Register;

// A spread of 256 cases: RSR 0-15 %, one RoSH register, MAPPA for some, up to three complexity
// registers, needs of every severity, OGRS 1-99 %, women's factors for one in five.
std::vector<tier::TierInputs> Cases() {
  constexpr Register kRosh[] = {Register::kRoshLow, Register::kRoshMedium, Register::kRoshHigh,
                                Register::kRoshVeryHigh};
  constexpr Register kComplexity[] = {Register::kMentalHealth, Register::kSelfHarm,
                                      Register::kVulnerability, Register::kChildProtection};
  const Date on = *ParseDate("2025-01-01");
  std::vector<tier::TierInputs> cases;
  for (int i = 0; i < 256; ++i) {
    tier::TierInputs in;
    in.rsr_hundredths = (i * 37) % 1500;
    in.registrations.push_back({0, kRosh[i % 4], on - std::chrono::days{i}, std::nullopt});
    if (i % 16 == 0) {
      in.registrations.push_back({0, Register::kMappa, on, static_cast<tier::MappaLevel>(i % 3)});
    }
    for (int k = 0; k < i % 4; ++k) {
      in.registrations.push_back({0, kComplexity[(i + k) % 4], on, std::nullopt});
    }
    if (i % 7 == 0) {
      in.registrations.push_back({0, Register::kIntegratedOffenderManagement, on, std::nullopt});
    }
    in.female = i % 5 == 0;
    in.impulsivity = i % 3 == 0;
    in.parenting_responsibilities = i % 2 == 0;
    in.mandate_for_change = i % 11 != 0;
    in.has_assessment = i % 13 != 0;
    for (std::size_t n = 0; n < tier::kNeedCount; ++n) {
      in.needs[n] = static_cast<tier::NeedSeverity>((i + static_cast<int>(n)) % 3);
    }
    in.ogrs_two_year_percent = 1 + (i * 7) % 99;
    cases.push_back(std::move(in));
  }
  return cases;
}

void BM_CalculateTier(benchmark::State& state) {
  const auto cases = Cases();
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(tier::CalculateTier(cases[next++ % cases.size()]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalculateTier);

// The tier code alone, as the seeder and workload need it (the factors are still built).
void BM_CalculateTierCode(benchmark::State& state) {
  const auto cases = Cases();
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(tier::CalculateTier(cases[next++ % cases.size()]).Code());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalculateTierCode);

// An officer's caseload of 50 cases summed into points and capacity %.
void BM_WorkloadOfFiftyCases(benchmark::State& state) {
  const auto table = workload::Section5Table(*ParseDate("2000-01-01"));
  std::vector<std::string> tiers;
  for (int i = 0; i < 50; ++i) {
    tiers.push_back(workload::TierAt(static_cast<std::size_t>(i % 16)));
  }
  for (auto _ : state) {
    std::int64_t points = 0;
    for (const auto& t : tiers) {
      points += workload::CasePoints(table, t, workload::CaseType::kCommunity, false);
    }
    const int available = workload::AvailablePoints(table, 37, 0);
    benchmark::DoNotOptimize(workload::CapacityThousandths(points, available));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorkloadOfFiftyCases);

}  // namespace
}  // namespace probity

BENCHMARK_MAIN();
