// The SQL behind app::EnforcementRepository (issue 5).
#pragma once

#include "app/enforcement_store.h"
#include "store/db.h"

namespace probity::store {

class SqlEnforcementRepository final : public app::EnforcementRepository {
 public:
  explicit SqlEnforcementRepository(Connection& c) : c_(c) {}
  Result<app::EnforcementRecords> ForPerson(person::PersonId person) override;
  Result<app::EnforcementRecords> OpenForCaseload(const app::CaseloadScope& scope,
                                                  Date since) override;
  Result<std::vector<app::OutcomeCorrection>> Corrections(person::PersonId person) override;
  Status SaveDecision(const app::FailureRecord& decision) override;
  Status Review(contact::ContactId failure, bool agreed, const std::string& note, Instant at,
                const std::string& by) override;
  Status DeleteDecision(contact::ContactId failure) override;
  Result<std::int64_t> InsertAction(const app::ActionRecord& action) override;
  Status WithdrawAction(std::int64_t action, const std::string& reason, Instant at,
                        const std::string& by) override;
  Status InsertCourtOutcome(const app::CourtOutcomeRecord& outcome) override;
  Status SaveDocument(const app::FrozenDocument& document) override;
  Result<std::optional<app::FrozenDocument>> FindDocument(std::int64_t action) override;
  Status InsertCorrection(const app::OutcomeCorrection& correction) override;

 private:
  Connection& c_;
};

}  // namespace probity::store
