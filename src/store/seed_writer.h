// SeedWriter: the store's bulk implementation of seed::SeedSink, for `probity seed`. Writes
// through cached prepared statements in large transactions, so a national-scale caseload
// (260,000 people, 25 million contacts) loads in minutes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "seed/sink.h"
#include "store/db.h"

namespace probity::store {

class SeedWriter final : public seed::SeedSink {
 public:
  // REQUIRES: `connection` is migrated and its person-related tables are empty.
  explicit SeedWriter(Connection& connection) : c_(connection) {}

  Status Begin();
  // Commits the last batch and, on PostgreSQL, moves the id sequences past the seeded ids.
  // Commits; `today` dates the synthetic enforcement history (JudgeHistoricFailures).
  Status Finish(Date today);

  Status AddOrganisation(const org::Organisation& o) override;
  Status AddArea(const org::Area& area) override;
  Status AddIntervention(org::AreaId area, const proposal::Intervention& intervention) override;
  Status AddTeam(const org::Team& team) override;
  Status AddStaff(const org::Staff& staff) override;
  Status AddPerson(const person::Person& person) override;
  Status AddEvent(person::PersonId person, const sentence::Event& event) override;
  Status AddTier(person::PersonId person, const std::optional<tier::Assessment>& assessment,
                 const std::vector<tier::Registration>& registrations,
                 const tier::TierResult& result) override;
  Status AddAllocation(person::PersonId person, const org::Allocation& allocation) override;
  Status AddContact(person::PersonId person, std::optional<sentence::RequirementId> requirement,
                    org::StaffId staff, const contact::Contact& contact) override;

  std::int64_t rows() const { return rows_; }

 private:
  // Commits every `kBatch` rows so a failure loses little and the WAL stays small.
  Status Counted();
  Status JudgeHistoricFailures(Date today);
  // When the seed's tiers and catalogue were recorded: the first call's time.
  Instant SeededAt();
  static constexpr std::int64_t kBatch = 200'000;
  Connection& c_;
  std::int64_t rows_ = 0;
  std::int64_t allocations_ = 0;
  std::int64_t registrations_ = 0;
  Instant seeded_at_{};  // when the tiers were calculated
};

// True when the database already holds people (seeding twice would clash on ids).
Result<bool> HasPeople(Connection& connection);

}  // namespace probity::store
