#include "store/migrate.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/clock.h"

namespace probity::store {

// Generated from the .sql files by cmake/probity.cmake (probity_embed).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedFiles();

namespace {

constexpr std::string_view kCreateLedger =
    "CREATE TABLE IF NOT EXISTS schema_migration ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

}  // namespace

std::vector<Migration> MigrationsFor(Engine engine) {
  std::string prefix = engine == Engine::kSqlite ? "sqlite/" : "postgres/";
  std::vector<Migration> migrations;
  for (const auto& [path, sql] : EmbeddedFiles()) {
    if (path.substr(0, prefix.size()) != prefix) {
      continue;
    }
    std::string name(path.substr(prefix.size()));
    migrations.push_back({std::stoi(name.substr(0, 4)), name, std::string(sql)});
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return migrations;
}

Result<int> SchemaVersion(Connection& connection) {
  PROBITY_TRY(connection.ExecuteScript(kCreateLedger));
  auto query = connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migration");
  PROBITY_TRY(query);
  auto row = (*query)->Step();
  PROBITY_TRY(row);
  int version = static_cast<int>((*query)->row().Int(0));
  PROBITY_TRY((*query)->Run());  // finish it, or SQLite keeps this connection's read snapshot
  return version;
}

Result<std::vector<int>> Migrate(Connection& connection) {
  PROBITY_TRY(connection.ExecuteScript(kCreateLedger));
  std::vector<int> applied;
  for (const auto& migration : MigrationsFor(connection.engine())) {
    auto tx = Transaction::Begin(connection, TxMode::kWrite);
    PROBITY_TRY(tx);
    if (connection.engine() == Engine::kPostgres) {
      // Held until commit: a second migrator waits, then sees the version recorded.
      PROBITY_TRY(connection.ExecuteScript("SELECT pg_advisory_xact_lock(7262001)"));
    }
    auto done =
        connection.Query("SELECT 1 FROM schema_migration WHERE version = $1", migration.version);
    PROBITY_TRY(done);
    auto exists = (*done)->Step();
    PROBITY_TRY(exists);
    if (*exists) {
      continue;
    }
    PROBITY_TRY(connection.ExecuteScript(migration.sql));
    auto record = connection.Query(
        "INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, $3)",
        migration.version, migration.name, FormatInstant(SystemClock().Now()));
    PROBITY_TRY(record);
    PROBITY_TRY((*record)->Run());
    PROBITY_TRY(tx->Commit());
    applied.push_back(migration.version);
  }
  return applied;
}

}  // namespace probity::store
