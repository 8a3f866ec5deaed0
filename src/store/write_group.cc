#include "store/write_group.h"

namespace probity::store {

Status WriteGroup::Enter() {
  ++waiting_;
  turn_.lock();
  --waiting_;
  if (!batch_open_) {
    if (Status begun = connection_->Begin(TxMode::kWrite); !begun) {
      turn_.unlock();
      return begun;
    }
    batch_open_ = true;
    batch_turns_ = 0;
    ++batch_;
  }
  if (Status opened = connection_->ExecuteScript("SAVEPOINT probity_write"); !opened) {
    // Nothing of this turn is in the batch; earlier turns may be waiting on it.
    if (waiting_.load() == 0) {
      CommitBatch();
    }
    turn_.unlock();
    return opened;
  }
  ++batch_turns_;
  return Ok();
}

Status WriteGroup::Leave(bool keep) {
  Status own = Ok();
  if (keep) {
    own = connection_->ExecuteScript("RELEASE probity_write");
  }
  if (!keep || !own) {
    // Undo this turn's work only: the batch's other turns stay in it.
    (void)connection_->ExecuteScript("ROLLBACK TO probity_write; RELEASE probity_write");
  }
  const bool joined = keep && own;
  const std::uint64_t mine = batch_;
  // The last writer of a queue commits for it; so does one that fills the batch.
  if (waiting_.load() == 0 || batch_turns_ >= kMaxBatch) {
    CommitBatch();
  }
  turn_.unlock();
  if (!joined) {
    return own;
  }
  std::unique_lock lock(done_mutex_);
  done_.wait(lock, [&] { return finished_ >= mine; });
  auto failed = failed_.find(mine);
  return failed == failed_.end() ? Ok() : Status(failed->second);
}

void WriteGroup::CommitBatch() {
  Status committed = connection_->Commit();
  if (!committed) {
    (void)connection_->Rollback();  // a failed COMMIT may leave the transaction open
  }
  batch_open_ = false;
  {
    std::lock_guard lock(done_mutex_);
    finished_ = batch_;
    if (!committed) {
      failed_.emplace(batch_, committed.error());
      while (failed_.size() > 16) {
        failed_.erase(failed_.begin());  // writers read theirs at once; old ones can go
      }
    }
  }
  done_.notify_all();
}

}  // namespace probity::store
