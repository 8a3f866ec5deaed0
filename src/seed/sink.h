// SeedSink: where the synthetic-caseload generator puts what it makes. The store implements it
// with bulk prepared inserts; tests implement it in memory. Ids are assigned by the generator
// (1, 2, 3... per kind), so a seed is reproducible row for row.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "domain/contact/contact.h"
#include "domain/org/org.h"
#include "domain/person/person.h"
#include "domain/proposal/intervention.h"
#include "domain/sentence/sentence.h"
#include "domain/tier/tier.h"

namespace probity::seed {

class SeedSink {
 public:
  virtual ~SeedSink() = default;
  virtual Status AddOrganisation(const org::Organisation& organisation) = 0;
  virtual Status AddArea(const org::Area& area) = 0;
  // An intervention in the area's catalogue (PROP-5); called after AddArea.
  virtual Status AddIntervention(org::AreaId area, const proposal::Intervention& intervention) = 0;
  virtual Status AddTeam(const org::Team& team) = 0;
  virtual Status AddStaff(const org::Staff& staff) = 0;
  // The person with aliases, area, OGRS, tier and registers.
  virtual Status AddPerson(const person::Person& person) = 0;
  // An event with its sentences and their requirements; all ids set.
  virtual Status AddEvent(person::PersonId person, const sentence::Event& event) = 0;
  // The person's tier inputs (assessment, dated registrations) and the tier calculated from them
  // (TIER-1); called after AddEvent.
  virtual Status AddTier(person::PersonId person, const std::optional<tier::Assessment>& assessment,
                         const std::vector<tier::Registration>& registrations,
                         const tier::TierResult& result) = 0;
  virtual Status AddAllocation(person::PersonId person, const org::Allocation& allocation) = 0;
  // `requirement` is set for RAR activity contacts delivered under a RAR requirement.
  virtual Status AddContact(person::PersonId person,
                            std::optional<sentence::RequirementId> requirement, org::StaffId staff,
                            const contact::Contact& contact) = 0;
};

}  // namespace probity::seed
