// Google Benchmark: the calculators behind POST /api/v1/calculators/* (OGRS-1, PROP-1..PROP-5),
// pure domain functions without HTTP or JSON. Figures in docs/performance.md.
#include <benchmark/benchmark.h>

#include "domain/proposal/rar_proposal.h"
#include "domain/risk/ogrs3.h"

namespace probity {
namespace {

// domain.md Part B §1 worked example.
risk::Ogrs3Input WorkedExample() {
  risk::Ogrs3Input in;
  in.sex = "male";
  in.date_of_birth = *ParseDate("1991-07-17");
  in.conviction_date = *ParseDate("2021-08-05");
  in.follow_up_start_date = *ParseDate("2021-12-12");
  in.sanction_count = 2;
  in.age_at_first_sanction = 21;
  in.offence_category = "other";
  return in;
}

void BM_CalculateOgrs3(benchmark::State& state) {
  const risk::Ogrs3Input in = WorkedExample();
  for (auto _ : state) {
    benchmark::DoNotOptimize(risk::CalculateOgrs3(in));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalculateOgrs3);

// A spread of people: every offence category, ages 18 to 67, 1 to 30 sanctions.
void BM_CalculateOgrs3Varied(benchmark::State& state) {
  constexpr const char* kCategories[] = {"violence",       "robbery",       "theft_non_motor",
                                         "burglary_other", "drink_driving", "other",
                                         "fraud_forgery",  "handling"};
  std::vector<risk::Ogrs3Input> inputs;
  for (int i = 0; i < 256; ++i) {
    risk::Ogrs3Input in = WorkedExample();
    in.sex = i % 5 == 0 ? "female" : "male";
    in.date_of_birth = in.conviction_date - std::chrono::days{365 * (18 + i % 50) + i % 300};
    in.follow_up_start_date = in.conviction_date + std::chrono::days{i % 120};
    in.sanction_count = 1 + i % 30;
    in.age_at_first_sanction = in.sanction_count == 1 ? 18 + i % 50 : 12 + i % 7;
    in.offence_category = kCategories[i % 8];
    inputs.push_back(in);
  }
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(risk::CalculateOgrs3(inputs[next++ % inputs.size()]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalculateOgrs3Varied);

// The refusal path: every field at fault, so every message is built.
void BM_CalculateOgrs3Refused(benchmark::State& state) {
  risk::Ogrs3Input in = WorkedExample();
  in.sex = "x";
  in.follow_up_start_date = *ParseDate("2020-01-01");
  in.sanction_count = 0;
  in.age_at_first_sanction = 5;
  in.offence_category = "arson";
  for (auto _ : state) {
    benchmark::DoNotOptimize(risk::CalculateOgrs3(in));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CalculateOgrs3Refused);

// A typical proposal: medium band, four needs (one to a treatment requirement), an area, so
// every rationale sentence but the sexual-offending one is written.
void BM_ProposeRar(benchmark::State& state) {
  proposal::RarProposalInput in;
  in.ogrs_two_year_percent = 62;
  in.needs = {{"accommodation", "severe", true, false, false},
              {"ete", "standard", true, false, false},
              {"drug_misuse", "standard", true, true, false},
              {"attitudes_thinking_behaviour", "severe", true, false, false},
              {"finance_benefits_debt", "standard", false, false, false}};
  in.area = "Leeds";
  for (auto _ : state) {
    benchmark::DoNotOptimize(proposal::ProposeRar(in));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ProposeRar);

}  // namespace
}  // namespace probity

BENCHMARK_MAIN();
