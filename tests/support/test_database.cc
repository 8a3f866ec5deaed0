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

}  // namespace

TestDatabase::TestDatabase(const std::string& engine) : engine_(engine) {
  if (engine == "sqlite") {
    cleanup_ = (std::filesystem::temp_directory_path() / (UniqueName() + ".db")).string();
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
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(cleanup_ + suffix);
    }
    return;
  }
  try {
    MustExecute(PostgresBaseUrl(), "DROP SCHEMA " + cleanup_ + " CASCADE");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "could not drop test schema %s: %s\n", cleanup_.c_str(), e.what());
  }
}

}  // namespace probity::testing
