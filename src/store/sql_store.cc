#include "store/sql_store.h"

#include <optional>

#include "store/enforcement_repository.h"
#include "store/migrate.h"
#include "store/proposal_repository.h"
#include "store/repositories.h"

namespace probity::store {
namespace {

// A transaction of one use case. On PostgreSQL, and for reads on SQLite, it holds a pooled
// connection and its own transaction; a SQLite write holds a turn of the WriteGroup instead.
class SqlTx final : public app::Tx {
 public:
  SqlTx(Database::Lease lease, Transaction tx)
      : lease_(std::move(lease)), tx_(std::move(tx)), repositories_(**lease_) {}
  explicit SqlTx(WriteGroup& group) : group_(&group), repositories_(group.connection()) {}
  SqlTx(const SqlTx&) = delete;
  SqlTx& operator=(const SqlTx&) = delete;
  SqlTx(SqlTx&&) = delete;
  SqlTx& operator=(SqlTx&&) = delete;
  ~SqlTx() override {
    if (group_ != nullptr && in_turn_) {
      (void)group_->Leave(false);  // not committed: this turn's work is undone
    }
  }

  app::PersonRepository& people() override { return repositories_.people; }
  app::SentenceRepository& sentences() override { return repositories_.sentences; }
  app::OrgRepository& org() override { return repositories_.org; }
  app::AllocationRepository& allocations() override { return repositories_.allocations; }
  app::ContactRepository& contacts() override { return repositories_.contacts; }
  app::GroupSessionRepository& group_sessions() override { return repositories_.group_sessions; }
  app::NoticeRepository& notices() override { return repositories_.notices; }
  app::RarPlanRepository& rar_plans() override { return repositories_.rar_plans; }
  app::EnforcementRepository& enforcement() override { return repositories_.enforcement; }
  app::UserRepository& users() override { return repositories_.users; }
  app::AuditRepository& audit() override { return repositories_.audit; }
  app::TierRepository& tiers() override { return repositories_.tiers; }
  app::WorkloadRepository& workload() override { return repositories_.workload; }
  app::ProposalRepository& proposals() override { return repositories_.proposals; }
  Status Commit() override {
    if (group_ != nullptr) {
      in_turn_ = false;
      return group_->Leave(true);  // returns once the batch holding this work is durable
    }
    return tx_->Commit();
  }

 private:
  struct Repositories {
    explicit Repositories(Connection& c)
        : people(c),
          sentences(c),
          org(c),
          allocations(c),
          contacts(c),
          group_sessions(c),
          notices(c),
          rar_plans(c),
          enforcement(c),
          users(c),
          audit(c),
          tiers(c),
          workload(c),
          proposals(c) {}
    SqlPersonRepository people;
    SqlSentenceRepository sentences;
    SqlOrgRepository org;
    SqlAllocationRepository allocations;
    SqlContactRepository contacts;
    SqlGroupSessionRepository group_sessions;
    SqlNoticeRepository notices;
    SqlRarPlanRepository rar_plans;
    SqlEnforcementRepository enforcement;
    SqlUserRepository users;
    SqlAuditRepository audit;
    SqlTierRepository tiers;
    SqlWorkloadRepository workload;
    SqlProposalRepository proposals;
  };

  // Declared before the transaction so it is destroyed after it: the transaction rolls back
  // before the connection goes back to the pool.
  std::optional<Database::Lease> lease_;
  std::optional<Transaction> tx_;
  WriteGroup* group_ = nullptr;
  bool in_turn_ = true;
  Repositories repositories_;
};

}  // namespace

Result<std::unique_ptr<SqlStore>> SqlStore::Open(const std::string& url, int pool_size) {
  auto connection = OpenConnection(url);
  PROBITY_TRY(connection);
  PROBITY_TRY(Migrate(**connection));
  connection->reset();
  auto database = OpenDatabase(url, pool_size);
  PROBITY_TRY(database);
  std::unique_ptr<WriteGroup> writes;
  if ((*database)->engine() == Engine::kSqlite) {
    // SQLite's one writer: a connection of its own that every write of this process goes
    // through, so writes are group-committed (ADR 0010). PostgreSQL takes concurrent writers.
    auto writer = OpenConnection(url);
    PROBITY_TRY(writer);
    writes = std::make_unique<WriteGroup>(std::move(*writer));
  }
  return std::make_unique<SqlStore>(std::move(*database), std::move(writes));
}

Result<std::unique_ptr<app::Tx>> SqlStore::Begin(app::TxKind kind) {
  if (kind == app::TxKind::kWrite && writes_) {
    PROBITY_TRY(writes_->Enter());
    try {
      return std::unique_ptr<app::Tx>(new SqlTx(*writes_));
    } catch (...) {
      (void)writes_->Leave(false);  // never keep the turn: every later write would wait on it
      throw;
    }
  }
  auto lease = database_->Acquire();
  auto tx =
      Transaction::Begin(*lease, kind == app::TxKind::kWrite ? TxMode::kWrite : TxMode::kRead);
  PROBITY_TRY(tx);
  return std::unique_ptr<app::Tx>(new SqlTx(std::move(lease), std::move(*tx)));
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
