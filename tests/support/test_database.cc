#include "support/test_database.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <unistd.h>

#include "store/db.h"

namespace probity::testing {
namespace {

std::string UniqueName() {
  static std::atomic<int> counter{0};
  return "t" + std::to_string(getpid()) + "_" + std::to_string(++counter);
}

std::string PostgresBaseUrl() {
  const char* url = std::getenv("PROBITY_TEST_PG");
  if (url == nullptr || *url == '\0') {
    std::fprintf(stderr,
                 "PROBITY_TEST_PG is not set: store tests run on both engines; use `make test`, "
                 "which starts a throw-away PostgreSQL.\n");
    std::abort();
  }
  return url;
}

void MustExecute(const std::string& url, const std::string& sql) {
  auto connection = store::OpenConnection(url);
  if (!connection) {
    throw std::runtime_error(connection.error().message);
  }
  auto done = (*connection)->ExecuteScript(sql);
  if (!done) {
    throw std::runtime_error(done.error().message);
  }
}

// A SQLite test database is two files (the main one and the audit log beside it, ADR 0008), each
// with its WAL and shared-memory files. Names repeat when process ids are reused, so leftovers
// of an earlier run are removed before use as well as after.
void RemoveSqliteFiles(const std::string& path) {
  const std::string audit = path.substr(0, path.size() - 3) + ".audit.db";
  for (const std::string& file : {path, audit}) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(file + suffix);
    }
  }
}

}  // namespace

TestDatabase::TestDatabase(const std::string& engine) : engine_(engine) {
  if (engine == "sqlite") {
    cleanup_ = (std::filesystem::temp_directory_path() / (UniqueName() + ".db")).string();
    RemoveSqliteFiles(cleanup_);
    url_ = cleanup_;
    return;
  }
  std::string base = PostgresBaseUrl();
  cleanup_ = UniqueName();
  MustExecute(base, "CREATE SCHEMA " + cleanup_);
  url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
         cleanup_;
}

TestDatabase::~TestDatabase() {
  if (engine_ == "sqlite") {
    RemoveSqliteFiles(cleanup_);
    return;
  }
  try {
    MustExecute(PostgresBaseUrl(), "DROP SCHEMA " + cleanup_ + " CASCADE");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "could not drop test schema %s: %s\n", cleanup_.c_str(), e.what());
  }
}

}  // namespace probity::testing
