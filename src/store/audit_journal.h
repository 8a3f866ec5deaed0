// AuditJournal: durable, group-committed appends to the audit log for read-only use cases.
//
// Every read of a person's record must be in the audit log before the record is shown, and an
// acknowledged write must survive a crash, so each read needs a committed (fsynced) write.
// Committing one transaction per read serialises every page view behind the database's single
// writer. Instead, callers that arrive while a commit is in flight wait together, and the next
// commit writes all their entries at once ("group commit"): one fsync for many reads, and no
// caller returns before its own entries are durable.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "app/ports.h"
#include "store/db.h"
#include "store/write_group.h"

namespace probity::store {

class AuditJournal {
 public:
  // On SQLite `writes` is the store's WriteGroup, so audit commits share the one writer's
  // batches with the other writes; null on PostgreSQL, where a pooled connection writes.
  AuditJournal(Database& database, WriteGroup* writes) : database_(database), writes_(writes) {}

  // Returns once `entries` are committed, or with the error that stopped the commit.
  Status Append(std::vector<app::AuditEntry> entries);

 private:
  struct Batch {
    std::vector<app::AuditEntry> entries;
    Status status;
    bool done = false;
  };
  Status Write(const std::vector<app::AuditEntry>& entries);

  Database& database_;
  WriteGroup* writes_;
  std::mutex mutex_;
  std::condition_variable committed_;
  std::shared_ptr<Batch> pending_;  // entries waiting for the next commit; guarded by mutex_
  bool writing_ = false;            // a caller is committing a batch; guarded by mutex_
};

}  // namespace probity::store
