// A fresh, empty database per test on either engine. SQLite: a temporary file. PostgreSQL: a new
// schema in the throw-away cluster scripts/test starts (PROBITY_TEST_PG), dropped afterwards.
#pragma once

#include <string>

namespace probity::testing {

class TestDatabase {
 public:
  // engine: "sqlite" or "postgres". Aborts the test run when PostgreSQL is asked for but
  // PROBITY_TEST_PG is unset: store tests must run on both engines (make test sets it).
  explicit TestDatabase(const std::string& engine);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // The URL or path to pass to store::OpenDatabase / SqlStore::Open.
  const std::string& url() const { return url_; }

 private:
  std::string engine_;
  std::string url_;
  std::string cleanup_;  // SQLite: the file; PostgreSQL: the schema name
};

}  // namespace probity::testing
