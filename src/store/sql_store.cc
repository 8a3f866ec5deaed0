#include "store/sql_store.h"

#include <mutex>

#include "store/enforcement_repository.h"
#include "store/migrate.h"
#include "store/proposal_repository.h"
#include "store/repositories.h"

namespace probity::store {
namespace {

class SqlTx final : public app::Tx {
 public:
  SqlTx(std::unique_lock<std::mutex> writer, Database::Lease lease, Transaction tx)
      : writer_(std::move(writer)),
        lease_(std::move(lease)),
        tx_(std::move(tx)),
        people_(*lease_),
        sentences_(*lease_),
        org_(*lease_),
        allocations_(*lease_),
        contacts_(*lease_),
        group_sessions_(*lease_),
        notices_(*lease_),
        rar_plans_(*lease_),
        enforcement_(*lease_),
        users_(*lease_),
        audit_(*lease_),
        tiers_(*lease_),
        workload_(*lease_),
        proposals_(*lease_) {}

  app::PersonRepository& people() override { return people_; }
  app::SentenceRepository& sentences() override { return sentences_; }
  app::OrgRepository& org() override { return org_; }
  app::AllocationRepository& allocations() override { return allocations_; }
  app::ContactRepository& contacts() override { return contacts_; }
  app::GroupSessionRepository& group_sessions() override { return group_sessions_; }
  app::NoticeRepository& notices() override { return notices_; }
  app::RarPlanRepository& rar_plans() override { return rar_plans_; }
  app::EnforcementRepository& enforcement() override { return enforcement_; }
  app::UserRepository& users() override { return users_; }
  app::AuditRepository& audit() override { return audit_; }
  app::TierRepository& tiers() override { return tiers_; }
  app::WorkloadRepository& workload() override { return workload_; }
  app::ProposalRepository& proposals() override { return proposals_; }
  Status Commit() override {
    auto committed = tx_.Commit();
    if (writer_.owns_lock()) {
      writer_.unlock();  // the next writer may begin as soon as this one is durable
    }
    return committed;
  }

 private:
  // Declared first so it is released last: after the rollback of an uncommitted transaction.
  std::unique_lock<std::mutex> writer_;
  // Declared before the transaction so it is destroyed after it: the transaction rolls back
  // before the connection goes back to the pool.
  Database::Lease lease_;
  Transaction tx_;
  SqlPersonRepository people_;
  SqlSentenceRepository sentences_;
  SqlOrgRepository org_;
  SqlAllocationRepository allocations_;
  SqlContactRepository contacts_;
  SqlGroupSessionRepository group_sessions_;
  SqlNoticeRepository notices_;
  SqlRarPlanRepository rar_plans_;
  SqlEnforcementRepository enforcement_;
  SqlUserRepository users_;
  SqlAuditRepository audit_;
  SqlTierRepository tiers_;
  SqlWorkloadRepository workload_;
  SqlProposalRepository proposals_;
};

}  // namespace

Result<std::unique_ptr<SqlStore>> SqlStore::Open(const std::string& url, int pool_size) {
  auto connection = OpenConnection(url);
  PROBITY_TRY(connection);
  PROBITY_TRY(Migrate(**connection));
  connection->reset();
  auto database = OpenDatabase(url, pool_size);
  PROBITY_TRY(database);
  return std::make_unique<SqlStore>(std::move(*database));
}

Result<std::unique_ptr<app::Tx>> SqlStore::Begin(app::TxKind kind) {
  // SQLite has one writer. Its busy handler polls with sleeps of up to 100 ms, which made the
  // tail of concurrent writes reach a second (docs/performance.md); writers of this process
  // queue on a mutex instead, taken before a pooled connection so waiting writers hold none.
  std::unique_lock<std::mutex> writer(sqlite_writer_, std::defer_lock);
  if (kind == app::TxKind::kWrite && database_->engine() == Engine::kSqlite) {
    writer.lock();
  }
  auto lease = database_->Acquire();
  auto tx =
      Transaction::Begin(*lease, kind == app::TxKind::kWrite ? TxMode::kWrite : TxMode::kRead);
  PROBITY_TRY(tx);
  return std::unique_ptr<app::Tx>(new SqlTx(std::move(writer), std::move(lease), std::move(*tx)));
}

Status SqlStore::Ping() {
  auto lease = database_->Acquire();
  auto q = lease->Query("SELECT 1");
  PROBITY_TRY(q);
  return (*q)->Run();
}

Result<int> SqlStore::schema_version() {
  auto lease = database_->Acquire();
  return SchemaVersion(*lease);
}

}  // namespace probity::store
