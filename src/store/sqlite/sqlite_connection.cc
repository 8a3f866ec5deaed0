#include "store/sqlite/sqlite_connection.h"

#include <charconv>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace probity::store {
namespace {

Error SqliteError(sqlite3* db, std::string_view what) {
  return Internal(std::string(what) + ": " + sqlite3_errmsg(db));
}

class SqliteRow final : public Row {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const override {
    const auto* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr) {
      return {};
    }
    return {reinterpret_cast<const char*>(text),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt), row_(stmt) {
    // Map $N to SQLite's own parameter index: SQLite numbers named parameters by first use.
    int count = sqlite3_bind_parameter_count(stmt);
    index_.assign(static_cast<std::size_t>(count) + 1, 0);
    for (int i = 1; i <= count; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt, i);
      int n = 0;
      if (name != nullptr && name[0] == '$') {
        std::string_view digits(name + 1);
        std::from_chars(digits.data(), digits.data() + digits.size(), n);
      }
      if (n > 0 && static_cast<std::size_t>(n) < index_.size()) {
        index_[static_cast<std::size_t>(n)] = i;
      }
    }
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    done_ = false;
  }

  void Bind(int index, std::int64_t value) override {
    sqlite3_bind_int64(stmt_, Slot(index), value);
  }
  void Bind(int index, double value) override { sqlite3_bind_double(stmt_, Slot(index), value); }
  void Bind(int index, std::string_view value) override {
    sqlite3_bind_text(stmt_, Slot(index), value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
  }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, Slot(index)); }

  Result<bool> Step() override {
    if (done_) {
      return false;
    }
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
      return true;
    }
    done_ = true;
    if (rc == SQLITE_DONE) {
      changes_ = sqlite3_changes64(db_);
      return false;
    }
    auto error = SqliteError(db_, "sqlite step");
    if (rc == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_CONSTRAINT) {
      error.code = ErrorCode::kFailedPrecondition;
    }
    sqlite3_reset(stmt_);
    return error;
  }
  const Row& row() const override { return row_; }
  std::int64_t changes() const override { return changes_; }

 private:
  int Slot(int index) const {
    return static_cast<std::size_t>(index) < index_.size() ? index_[static_cast<std::size_t>(index)]
                                                           : 0;
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  SqliteRow row_;
  std::vector<int> index_;  // $N -> SQLite parameter index
  bool done_ = false;
  std::int64_t changes_ = 0;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    statements_.clear();  // finalize before close
    sqlite3_close(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Engine engine() const override { return Engine::kSqlite; }

  Result<Statement*> Prepare(std::string_view sql) override {
    auto found = statements_.find(std::string(sql));
    if (found != statements_.end()) {
      found->second->Reset();
      return found->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      return SqliteError(db_, "sqlite prepare");
    }
    auto statement = std::make_unique<SqliteStatement>(db_, stmt);
    auto* raw = statement.get();
    statements_.emplace(std::string(sql), std::move(statement));
    return raw;
  }

  Status ExecuteScript(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string what = message != nullptr ? message : "unknown error";
      sqlite3_free(message);
      return Internal("sqlite: " + what);
    }
    return Ok();
  }

  Status Begin(TxMode mode) override {
    return ExecuteScript(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  }
  Status Commit() override { return ExecuteScript("COMMIT"); }
  Status Rollback() override { return ExecuteScript("ROLLBACK"); }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace

std::string AuditPathFor(const std::string& path) {
  constexpr std::string_view kSuffix = ".db";
  if (path.size() > kSuffix.size() && path.ends_with(kSuffix)) {
    return path.substr(0, path.size() - kSuffix.size()) + ".audit.db";
  }
  return path + ".audit";
}

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Unavailable("cannot open SQLite database " + path + ": " + message);
  }
  auto connection = std::make_unique<SqliteConnection>(db);
  // WAL lets readers run beside the one writer; synchronous=FULL makes every acknowledged commit
  // durable (the brief's "nothing lost"); busy_timeout makes writers queue instead of failing.
  // No mmap: with many pooled connections it cost more in page faults than it saved.
  PROBITY_TRY(connection->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
      "PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144;"));
  // The audit log lives in its own file, attached as `audit` (ADR 0008). Every page view appends
  // to it; were it in the main file, each of those commits would empty every other connection's
  // page cache (SQLite drops a connection's cache whenever its file changes underneath it).
  // Unqualified names find attached tables, so the SQL is the same as on PostgreSQL.
  auto attach = connection->Query("ATTACH DATABASE $1 AS audit", AuditPathFor(path));
  PROBITY_TRY(attach);
  PROBITY_TRY((*attach)->Run());
  PROBITY_TRY(
      connection->ExecuteScript("PRAGMA audit.journal_mode=WAL; PRAGMA audit.synchronous=FULL;"));
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace probity::store
