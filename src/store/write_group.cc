#include "store/write_group.h"

namespace probity::store {

Status WriteGroup::Enter() {
  ++waiting_;
  turn_.lock();
  --waiting_;
  if (!batch_) {
    if (Status begun = connection_->Begin(TxMode::kWrite); !begun) {
      turn_.unlock();
      return begun;
    }
    batch_ = std::make_shared<Batch>();
  }
  if (Status opened = connection_->ExecuteScript("SAVEPOINT probity_write"); !opened) {
    // Nothing of this turn is in the batch; earlier turns may be waiting on it.
    if (waiting_.load() == 0) {
      CommitBatch();
    }
    turn_.unlock();
    return opened;
  }
  ++batch_->turns;
  return Ok();
}

Status WriteGroup::Leave(bool keep) {
  Status own = Ok();
  if (keep) {
    own = connection_->ExecuteScript("RELEASE probity_write");
  }
  if (!keep || !own) {
    // Undo this turn's work only: the batch's other turns stay in it. When the savepoint is
    // gone, SQLite has rolled back the whole transaction (a full disk, an I/O error): every turn
    // of the batch is lost, and each must hear so.
    Status undone = connection_->ExecuteScript("ROLLBACK TO probity_write; RELEASE probity_write");
    if (!undone) {
      std::shared_ptr<Batch> lost = batch_;
      Finish(Status(Internal("The write was lost with its batch: " + undone.error().message)));
      turn_.unlock();
      return keep ? lost->status : own;
    }
  }
  const bool joined = keep && own;
  std::shared_ptr<Batch> mine = batch_;
  // The last writer of a queue commits for it; so does one that fills the batch.
  if (waiting_.load() == 0 || mine->turns >= kMaxBatch) {
    CommitBatch();
  }
  turn_.unlock();
  if (!joined) {
    return own;
  }
  std::unique_lock lock(done_mutex_);
  done_.wait(lock, [&] { return mine->done; });
  return mine->status;
}

void WriteGroup::CommitBatch() {
  Status committed = connection_->Commit();
  if (!committed) {
    (void)connection_->Rollback();  // a failed COMMIT may leave the transaction open
  }
  Finish(std::move(committed));
}

void WriteGroup::Finish(Status status) {
  std::shared_ptr<Batch> batch = std::move(batch_);
  {
    std::lock_guard lock(done_mutex_);
    batch->status = std::move(status);
    batch->done = true;
  }
  done_.notify_all();
}

}  // namespace probity::store
