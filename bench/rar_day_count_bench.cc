// Google Benchmark: the pure rules on the hot paths of the case and caseload pages.
#include <benchmark/benchmark.h>

#include "domain/person/search_query.h"
#include "domain/rar/day_count.h"

namespace probity {
namespace {

// A year of weekly RAR sessions with a mix of outcomes: what one requirement looks like.
std::vector<contact::Contact> YearOfSessions(Date start) {
  std::vector<contact::Contact> contacts;
  for (int week = 0; week < 52; ++week) {
    contact::Contact c;
    c.type = contact::ContactType::kRarActivity;
    c.date = start + std::chrono::days{7 * week};
    c.outcome = week % 9 == 0 ? contact::Outcome::kUnacceptableAbsence
                              : contact::Outcome::kAttendedComplied;
    contacts.push_back(c);
  }
  return contacts;
}

void BM_CountRarDays(benchmark::State& state) {
  Date start = *ParseDate("2026-01-05");
  auto contacts = YearOfSessions(start);
  for (auto _ : state) {
    benchmark::DoNotOptimize(rar::CountRarDays(60, contacts, *ParseDate("2026-11-23")));
  }
}
BENCHMARK(BM_CountRarDays);

void BM_ParseSearchQuery(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(person::ParseSearchQuery("Smith, John", "1980-02-01"));
  }
}
BENCHMARK(BM_ParseSearchQuery);

}  // namespace
}  // namespace probity

BENCHMARK_MAIN();
