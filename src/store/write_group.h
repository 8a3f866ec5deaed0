// Group commit for SQLite writes (ADR 0010). SQLite has one writer, and with synchronous=FULL
// each COMMIT waits for an fsync, so writers queued one behind another each paid for their own
// fsync. Here the writers of this process take turns on one connection: each turn runs inside a
// savepoint of an open batch transaction, and the writer that ends its turn with nobody waiting
// for the next one commits the batch, so one fsync makes a whole queue of writes durable. No
// writer hears that its work is kept before the commit holding it has returned.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "core/result.h"
#include "store/db.h"

namespace probity::store {

class WriteGroup {
 public:
  // `connection` is this group's own writer connection (not one of a pool's).
  explicit WriteGroup(std::unique_ptr<Connection> connection)
      : connection_(std::move(connection)) {}

  // The connection to write on, for the thread whose turn it is.
  Connection& connection() { return *connection_; }

  // Blocks until it is this thread's turn, then opens a savepoint in the current batch (beginning
  // one when none is open). Every successful Enter must be followed by one Leave on this thread.
  Status Enter();

  // Ends the turn. With `keep`, the savepoint's work joins the batch and Leave returns once the
  // batch is committed, with the commit's status; otherwise the work is rolled back and Leave
  // returns at once. Either way the batch is committed here when nobody is waiting for a turn.
  Status Leave(bool keep);

 private:
  // The writes of one transaction. Each writer that joined it keeps it until it is done.
  struct Batch {
    int turns = 0;         // guarded by turn_
    bool done = false;     // guarded by done_mutex_
    Status status = Ok();  // the COMMIT's, once done; guarded by done_mutex_
  };

  // REQUIRES: turn_ held and a batch open. Commits it and wakes the writers waiting on it.
  void CommitBatch();
  // REQUIRES: turn_ held and a batch open. Ends it with `status` (no batch is open after).
  void Finish(Status status);

  static constexpr int kMaxBatch = 64;  // a batch commits after this many turns regardless

  std::unique_ptr<Connection> connection_;
  std::mutex turn_;               // held from Enter to Leave by the writer using the connection
  std::atomic<int> waiting_{0};   // writers blocked in Enter
  std::shared_ptr<Batch> batch_;  // the open batch, or null; guarded by turn_
  std::mutex done_mutex_;
  std::condition_variable done_;  // signalled when a batch is done
};

}  // namespace probity::store
