// Group commit on SQLite (ADR 0010): concurrent writers share batches, each hears of its own
// work only once it is committed, and a writer that rolls back takes nothing else with it.
#include "store/write_group.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_database.h"

namespace probity {
namespace {

class WriteGroupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto setup = store::OpenConnection(db_.url());
    ASSERT_TRUE(setup) << setup.error().message;
    ASSERT_TRUE((*setup)->ExecuteScript("CREATE TABLE note (n INTEGER NOT NULL) STRICT"));
    auto writer = store::OpenConnection(db_.url());
    ASSERT_TRUE(writer) << writer.error().message;
    group_ = std::make_unique<store::WriteGroup>(std::move(*writer));
  }

  // Counts the rows another connection sees: only committed work.
  std::int64_t CommittedRows() {
    auto reader = store::OpenConnection(db_.url());
    EXPECT_TRUE(reader);
    auto q = (*reader)->Query("SELECT COUNT(*) FROM note");
    EXPECT_TRUE(q);
    auto row = (*q)->Step();
    EXPECT_TRUE(row && *row);
    return (*q)->row().Int(0);
  }

  Status Insert(int n, bool keep) {
    PROBITY_TRY(group_->Enter());
    auto q = group_->connection().Query("INSERT INTO note (n) VALUES ($1)", n);
    if (!q || !(*q)->Run()) {
      (void)group_->Leave(false);
      return Internal("insert failed");
    }
    return group_->Leave(keep);
  }

  testing::TestDatabase db_{"sqlite"};
  std::unique_ptr<store::WriteGroup> group_;
};

TEST_F(WriteGroupTest, AWriteIsCommittedBeforeLeaveReturns) {
  ASSERT_TRUE(Insert(1, true));

  EXPECT_EQ(CommittedRows(), 1);
}

TEST_F(WriteGroupTest, ARolledBackTurnLeavesNothing) {
  ASSERT_TRUE(Insert(1, false));

  EXPECT_EQ(CommittedRows(), 0);
}

TEST_F(WriteGroupTest, ABatchSQLiteRolledBackIsReportedLostAndTheNextWriteStillCommits) {
  // SQLite rolls back the whole transaction on some errors (a full disk, an I/O error); a
  // ROLLBACK inside the turn does the same to the batch.
  ASSERT_TRUE(group_->Enter());
  ASSERT_TRUE(group_->connection().ExecuteScript("INSERT INTO note (n) VALUES (1); ROLLBACK"));

  Status lost = group_->Leave(true);

  EXPECT_FALSE(lost);
  EXPECT_EQ(CommittedRows(), 0);
  ASSERT_TRUE(Insert(2, true));
  EXPECT_EQ(CommittedRows(), 1);
}

TEST_F(WriteGroupTest, ConcurrentWritersAreAllCommittedAndRollbacksTakeNothingElse) {
  constexpr int kThreads = 8;
  constexpr int kEach = 50;
  std::vector<std::thread> writers;
  std::vector<int> failures(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        // Every fifth write of each thread is rolled back.
        if (!Insert(t * kEach + i, i % 5 != 0)) {
          ++failures[t];
        }
      }
    });
  }
  for (auto& w : writers) {
    w.join();
  }

  for (int f : failures) {
    EXPECT_EQ(f, 0);
  }
  EXPECT_EQ(CommittedRows(), kThreads * kEach * 4 / 5);
}

}  // namespace
}  // namespace probity
