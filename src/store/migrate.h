// Versioned schema migrations, embedded in the binary from store/migrations/<engine>/NNNN_*.sql
// and recorded in the schema_migration table. Applied by `probity migrate` and on `serve`.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace probity::store {

struct Migration {
  int version = 0;
  std::string name;  // file name, e.g. "0001_initial.sql"
  std::string sql;
};

// The migrations for `engine`, in version order.
std::vector<Migration> MigrationsFor(Engine engine);

// Applies every migration not yet recorded, each in its own transaction. Returns the versions
// applied (empty when the schema was current). Safe to run concurrently on PostgreSQL (an
// advisory lock serialises migrators) and on SQLite (BEGIN IMMEDIATE does).
Result<std::vector<int>> Migrate(Connection& connection);

// The highest applied version, 0 for an empty database.
Result<int> SchemaVersion(Connection& connection);

}  // namespace probity::store
