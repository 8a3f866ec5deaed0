#include "store/audit_journal.h"

#include "store/repositories.h"

namespace probity::store {

Status AuditJournal::Append(std::vector<app::AuditEntry> entries) {
  std::unique_lock lock(mutex_);
  if (!pending_) {
    pending_ = std::make_shared<Batch>();
  }
  std::shared_ptr<Batch> mine = pending_;
  for (auto& entry : entries) {
    mine->entries.push_back(std::move(entry));
  }
  while (!mine->done) {
    if (writing_) {
      committed_.wait(lock);
      continue;
    }
    // Nobody is committing, so `mine` is still the pending batch: this caller commits it, with
    // every entry that joined it while the previous commit ran.
    writing_ = true;
    std::shared_ptr<Batch> batch = std::move(pending_);
    lock.unlock();
    Status status = Write(batch->entries);
    lock.lock();
    batch->status = std::move(status);
    batch->done = true;
    writing_ = false;
    committed_.notify_all();
  }
  return mine->status;
}

Status AuditJournal::Write(const std::vector<app::AuditEntry>& entries) {
  if (writes_ != nullptr) {
    PROBITY_TRY(writes_->Enter());
    SqlAuditRepository audit(writes_->connection());
    for (const auto& entry : entries) {
      if (Status appended = audit.Append(entry); !appended) {
        (void)writes_->Leave(false);
        return appended;
      }
    }
    return writes_->Leave(true);
  }
  auto lease = database_.Acquire();
  auto tx = Transaction::Begin(*lease, TxMode::kWrite);
  PROBITY_TRY(tx);
  SqlAuditRepository audit(*lease);
  for (const auto& entry : entries) {
    PROBITY_TRY(audit.Append(entry));
  }
  return tx->Commit();
}

}  // namespace probity::store
