// SqlStore: app::Store over a Database pool. Each Tx holds one pooled connection for its life.
#pragma once

#include <memory>
#include <string>

#include "app/ports.h"
#include "store/audit_journal.h"
#include "store/db.h"
#include "store/write_group.h"

namespace probity::store {

class SqlStore final : public app::Store {
 public:
  // `writes` (SQLite only, else null) carries every write transaction and audit commit.
  SqlStore(std::unique_ptr<Database> database, std::unique_ptr<WriteGroup> writes)
      : database_(std::move(database)),
        writes_(std::move(writes)),
        journal_(*database_, writes_.get()) {}
  // Opens a pool of `pool_size` connections to `url` and applies pending migrations.
  static Result<std::unique_ptr<SqlStore>> Open(const std::string& url, int pool_size);

  Result<std::unique_ptr<app::Tx>> Begin(app::TxKind kind) override;
  Status RecordAudit(std::vector<app::AuditEntry> entries) override {
    return journal_.Append(std::move(entries));
  }
  Status Ping() override;
  std::string engine_name() const override { return EngineName(database_->engine()); }
  Result<int> schema_version() override;

 private:
  std::unique_ptr<Database> database_;
  std::unique_ptr<WriteGroup> writes_;
  AuditJournal journal_;
};

}  // namespace probity::store
