#include "store/db.h"

#include <condition_variable>
#include <mutex>
#include <vector>

#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace probity::store {
namespace {

bool IsPostgresUrl(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

class PooledDatabase final : public Database {
 public:
  PooledDatabase(Engine engine, std::vector<std::unique_ptr<Connection>> connections)
      : engine_(engine), idle_(std::move(connections)) {}

  Engine engine() const override { return engine_; }

  Lease Acquire() override {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty(); });
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }

 protected:
  void Release(std::unique_ptr<Connection> connection) override {
    {
      std::lock_guard lock(mutex_);
      idle_.push_back(std::move(connection));
    }
    available_.notify_one();
  }

 private:
  Engine engine_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;  // guarded by mutex_
};

}  // namespace

const char* EngineName(Engine engine) {
  switch (engine) {
    case Engine::kSqlite:
      return "sqlite";
    case Engine::kPostgres:
      return "postgresql";
  }
  return "sqlite";
}

std::optional<std::int64_t> Row::OptInt(int column) const {
  if (IsNull(column)) {
    return std::nullopt;
  }
  return Int(column);
}

std::optional<std::string> Row::OptText(int column) const {
  if (IsNull(column)) {
    return std::nullopt;
  }
  return Text(column);
}

Status Statement::Run() {
  while (true) {
    auto more = Step();
    if (!more) {
      return more.error();
    }
    if (!*more) {
      return Ok();
    }
  }
}

Database::Lease::~Lease() {
  if (connection_) {
    owner_->Release(std::move(connection_));
  }
}

Result<std::unique_ptr<Connection>> OpenConnection(const std::string& url) {
  if (IsPostgresUrl(url)) {
    return OpenPostgres(url);
  }
  return OpenSqlite(url);
}

Result<std::unique_ptr<Database>> OpenDatabase(const std::string& url, int pool_size) {
  std::vector<std::unique_ptr<Connection>> connections;
  for (int i = 0; i < pool_size; ++i) {
    auto connection = OpenConnection(url);
    if (!connection) {
      return connection.error();
    }
    connections.push_back(std::move(*connection));
  }
  Engine engine = IsPostgresUrl(url) ? Engine::kPostgres : Engine::kSqlite;
  return std::unique_ptr<Database>(new PooledDatabase(engine, std::move(connections)));
}

Result<Transaction> Transaction::Begin(Connection& connection, TxMode mode) {
  PROBITY_TRY(connection.Begin(mode));
  return Transaction(connection);
}

Transaction::~Transaction() {
  if (open_) {
    (void)connection_->Rollback();  // nothing more to do if the rollback fails: the error is logged
  }
}

Status Transaction::Commit() {
  open_ = false;
  return connection_->Commit();
}

}  // namespace probity::store
