#include "store/postgres/postgres_connection.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include <libpq-fe.h>

namespace probity::store {
namespace {

// Owns a PGresult.
struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error PgError(PGconn* conn, const PGresult* result, std::string_view what) {
  std::string message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  Error error = Internal(std::string(what) + ": " + message);
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  if (state != nullptr && state[0] == '2' && state[1] == '3') {  // class 23: integrity violation
    error.code = ErrorCode::kFailedPrecondition;
  }
  if (PQstatus(conn) != CONNECTION_OK) {
    error.code = ErrorCode::kUnavailable;
  }
  return error;
}

class PgRow final : public Row {
 public:
  void Point(const PGresult* result, int row) {
    result_ = result;
    row_ = row;
  }
  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  std::int64_t Int(int column) const override {
    const char* text = PQgetvalue(result_, row_, column);
    std::int64_t value = 0;
    std::from_chars(text, text + PQgetlength(result_, row_, column), value);
    return value;
  }
  double Real(int column) const override {
    return std::strtod(PQgetvalue(result_, row_, column), nullptr);
  }
  std::string Text(int column) const override {
    return {PQgetvalue(result_, row_, column),
            static_cast<std::size_t>(PQgetlength(result_, row_, column))};
  }

 private:
  const PGresult* result_ = nullptr;
  int row_ = 0;
};

class PgStatement final : public Statement {
 public:
  PgStatement(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}

  void Reset() {
    params_.clear();
    result_.reset();
    next_row_ = 0;
    executed_ = false;
  }

  void Bind(int index, std::int64_t value) override { Set(index, std::to_string(value)); }
  void Bind(int index, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    Set(index, buf);
  }
  void Bind(int index, std::string_view value) override { Set(index, std::string(value)); }
  void BindNull(int index) override { Slot(index) = std::nullopt; }

  Result<bool> Step() override {
    if (!executed_) {
      executed_ = true;
      std::vector<const char*> values;
      values.reserve(params_.size());
      for (const auto& p : params_) {
        values.push_back(p ? p->c_str() : nullptr);
      }
      result_.reset(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                                   values.data(), nullptr, nullptr, 0));
      auto status = PQresultStatus(result_.get());
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        auto error = PgError(conn_, result_.get(), "postgres execute");
        result_.reset();
        return error;
      }
      const char* tuples = PQcmdTuples(result_.get());
      changes_ = tuples[0] != '\0' ? std::atoll(tuples) : 0;
    }
    if (!result_ || next_row_ >= PQntuples(result_.get())) {
      return false;
    }
    row_.Point(result_.get(), next_row_++);
    return true;
  }
  const Row& row() const override { return row_; }
  std::int64_t changes() const override { return changes_; }

 private:
  std::optional<std::string>& Slot(int index) {
    if (static_cast<std::size_t>(index) > params_.size()) {
      params_.resize(static_cast<std::size_t>(index));
    }
    return params_[static_cast<std::size_t>(index) - 1];
  }
  void Set(int index, std::string value) { Slot(index) = std::move(value); }

  PGconn* conn_;
  std::string name_;
  std::vector<std::optional<std::string>> params_;
  PgResult result_;
  PgRow row_;
  int next_row_ = 0;
  bool executed_ = false;
  std::int64_t changes_ = 0;
};

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override {
    statements_.clear();
    PQfinish(conn_);
  }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Engine engine() const override { return Engine::kPostgres; }

  Result<Statement*> Prepare(std::string_view sql) override {
    auto found = statements_.find(std::string(sql));
    if (found != statements_.end()) {
      found->second->Reset();
      return found->second.get();
    }
    std::string name = "p" + std::to_string(statements_.size() + 1);
    std::string text(sql);
    PgResult prepared(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
      return PgError(conn_, prepared.get(), "postgres prepare");
    }
    auto statement = std::make_unique<PgStatement>(conn_, std::move(name));
    auto* raw = statement.get();
    statements_.emplace(std::move(text), std::move(statement));
    return raw;
  }

  Status ExecuteScript(std::string_view sql) override {
    std::string text(sql);
    PgResult result(PQexec(conn_, text.c_str()));
    auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return PgError(conn_, result.get(), "postgres");
    }
    return Ok();
  }

  Status Begin(TxMode /*mode*/) override { return ExecuteScript("BEGIN"); }
  Status Commit() override { return ExecuteScript("COMMIT"); }
  Status Rollback() override { return ExecuteScript("ROLLBACK"); }

 private:
  PGconn* conn_;
  std::unordered_map<std::string, std::unique_ptr<PgStatement>> statements_;
};

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    return Unavailable("cannot connect to PostgreSQL: " + message);
  }
  // NOTICEs (e.g. "relation already exists, skipping") are not errors; keep them off stderr.
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  auto connection = std::make_unique<PgConnection>(conn);
  PROBITY_TRY(connection->ExecuteScript("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace probity::store
