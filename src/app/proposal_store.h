// The court proposals port (issue 4 part 2): each area's catalogue of interventions and the RAR
// proposals made from a person's record. store/ implements it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/org/org.h"
#include "domain/person/person.h"
#include "domain/proposal/rar_proposal.h"

namespace probity::app {

struct CatalogueEntry {
  std::int64_t id = 0;
  proposal::Intervention intervention;
  Instant added_at{};
  std::string added_by;
  std::optional<Date> withdrawn_on;
};

// A proposal as made, inputs and result together; never changed after it is saved.
struct StoredProposal {
  std::int64_t id = 0;
  person::PersonId person;
  Instant proposed_at{};
  std::string proposed_by;
  std::string area_code;  // "" when no area was chosen
  std::string area_name;
  int ogrs_two_year = 0;
  std::string ogrs_source;  // "record" (person.ogrs_two_year) | "calculated" (OGRS3 on the page)
  std::vector<proposal::Need> needs;
  bool sexual_offending = false;
  std::string justification;
  proposal::RarProposal result;
};

class ProposalRepository {
 public:
  virtual ~ProposalRepository() = default;
  // Every area, by name.
  virtual Result<std::vector<org::Area>> Areas() = 0;
  // The area whose code is `code_or_name`, or else whose name it is (case-insensitive).
  virtual Result<std::optional<org::Area>> FindArea(const std::string& code_or_name) = 0;
  virtual Result<std::optional<org::Area>> AreaById(org::AreaId id) = 0;
  // The area's interventions by kind, then name; withdrawn ones only when asked for.
  virtual Result<std::vector<CatalogueEntry>> Catalogue(org::AreaId area,
                                                        bool include_withdrawn) = 0;
  // kFailedPrecondition when the area already has an intervention with that code.
  virtual Result<std::int64_t> AddIntervention(org::AreaId area,
                                               const proposal::Intervention& intervention,
                                               Instant at, const std::string& by) = 0;
  // False when the area has no intervention with that code still available.
  virtual Result<bool> WithdrawIntervention(org::AreaId area, const std::string& code, Date on,
                                            const std::string& by) = 0;
  virtual Result<std::int64_t> SaveProposal(const StoredProposal& proposal) = 0;
  // The person's proposals, newest first.
  virtual Result<std::vector<StoredProposal>> Proposals(person::PersonId person) = 0;
  virtual Result<std::optional<StoredProposal>> FindProposal(person::PersonId person,
                                                             std::int64_t id) = 0;
};

}  // namespace probity::app
