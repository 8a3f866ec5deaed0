// The SQL behind app::ProposalRepository (issue 4 part 2): migration 0008.
#pragma once

#include "app/proposal_store.h"
#include "store/db.h"

namespace probity::store {

class SqlProposalRepository final : public app::ProposalRepository {
 public:
  explicit SqlProposalRepository(Connection& c) : c_(c) {}
  Result<std::vector<org::Area>> Areas() override;
  Result<std::optional<org::Area>> FindArea(const std::string& code_or_name) override;
  Result<std::optional<org::Area>> AreaById(org::AreaId id) override;
  Result<std::vector<app::CatalogueEntry>> Catalogue(org::AreaId area,
                                                     bool include_withdrawn) override;
  Result<std::int64_t> AddIntervention(org::AreaId area, const proposal::Intervention& intervention,
                                       Instant at, const std::string& by) override;
  Result<bool> WithdrawIntervention(org::AreaId area, const std::string& code, Date on,
                                    const std::string& by) override;
  Result<std::int64_t> SaveProposal(const app::StoredProposal& proposal) override;
  Result<std::vector<app::StoredProposal>> Proposals(person::PersonId person) override;
  Result<std::optional<app::StoredProposal>> FindProposal(person::PersonId person,
                                                          std::int64_t id) override;

 private:
  Result<std::vector<app::StoredProposal>> Select(person::PersonId person,
                                                  std::optional<std::int64_t> id);
  Connection& c_;
};

// intervention.need_areas and rar_proposal.officer_needs: codes, space-separated.
std::string JoinCodes(const std::vector<std::string>& codes);
std::vector<std::string> SplitCodes(const std::string& text);

}  // namespace probity::store
