// The project-owned database interface: a pool of connections, cached prepared statements, rows
// and transactions, with a SQLite and a PostgreSQL engine behind it
// (docs/decisions/0006-storage.md). Repositories are written once against this interface.
//
// SQL conventions shared by both engines: parameters are written $1, $2...; dates are ISO text
// ("YYYY-MM-DD"), instants "YYYY-MM-DDTHH:MM:SSZ"; booleans are integers 0/1.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/result.h"

namespace probity::store {

enum class Engine { kSqlite, kPostgres };
const char* EngineName(Engine engine);

// The current row of a Statement. Columns are numbered from 0.
class Row {
 public:
  virtual ~Row() = default;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string Text(int column) const = 0;

  std::optional<std::int64_t> OptInt(int column) const;
  std::optional<std::string> OptText(int column) const;
};

// A prepared statement owned and cached by its Connection. Not thread-safe: a statement belongs
// to the connection's current user.
class Statement {
 public:
  virtual ~Statement() = default;
  // Parameters are numbered from 1, as $1... in the SQL.
  virtual void Bind(int index, std::int64_t value) = 0;
  virtual void Bind(int index, double value) = 0;
  virtual void Bind(int index, std::string_view value) = 0;
  virtual void BindNull(int index) = 0;
  // Runs the statement on the first call and moves to the next row on each later one.
  // Returns true while a row is available through row().
  virtual Result<bool> Step() = 0;
  virtual const Row& row() const = 0;
  // Rows changed by the last INSERT, UPDATE or DELETE.
  virtual std::int64_t changes() const = 0;

  // Runs a statement that returns no rows (or ignores them).
  Status Run();

  void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
  void Bind(int index, const std::string& value) { Bind(index, std::string_view(value)); }
  void Bind(int index, const char* value) { Bind(index, std::string_view(value)); }
  template <typename T>
  void Bind(int index, const std::optional<T>& value) {
    if (value) {
      Bind(index, *value);
    } else {
      BindNull(index);
    }
  }
};

enum class TxMode { kRead, kWrite };

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  // Returns the cached statement for `sql`, reset with its parameters cleared. The pointer stays
  // valid for the connection's life. Do not prepare the same SQL again while iterating it.
  virtual Result<Statement*> Prepare(std::string_view sql) = 0;
  // Runs one or more statements with no parameters (migrations, pragmas).
  virtual Status ExecuteScript(std::string_view sql) = 0;
  // kWrite takes the write lock at once (SQLite BEGIN IMMEDIATE), so a transaction that reads
  // then writes cannot deadlock against another writer.
  virtual Status Begin(TxMode mode) = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // Prepares `sql` and binds `args` to $1, $2...
  template <typename... Args>
  Result<Statement*> Query(std::string_view sql, const Args&... args) {
    auto statement = Prepare(sql);
    if (statement) {
      int index = 0;
      ((*statement)->Bind(++index, args), ...);
    }
    return statement;
  }
};

// A fixed-size pool of connections to one database. Thread-safe.
class Database {
 public:
  // An exclusive loan of one connection; returned to the pool when destroyed.
  class Lease {
   public:
    Lease(Database* owner, std::unique_ptr<Connection> connection)
        : owner_(owner), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

   private:
    Database* owner_;
    std::unique_ptr<Connection> connection_;
  };

  virtual ~Database() = default;
  virtual Engine engine() const = 0;
  // Blocks until a connection is free.
  virtual Lease Acquire() = 0;

 protected:
  virtual void Release(std::unique_ptr<Connection> connection) = 0;
};

// Opens a pool of `pool_size` connections. `url` is a SQLite file path or a postgresql:// URL.
Result<std::unique_ptr<Database>> OpenDatabase(const std::string& url, int pool_size);
// Opens one connection (for the CLI, the seeder and tests).
Result<std::unique_ptr<Connection>> OpenConnection(const std::string& url);

// Begins on construction, rolls back on destruction unless committed.
class Transaction {
 public:
  static Result<Transaction> Begin(Connection& connection, TxMode mode);
  Transaction(Transaction&& other) noexcept
      : connection_(other.connection_), open_(std::exchange(other.open_, false)) {}
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Connection& connection) : connection_(&connection) {}
  Connection* connection_;
  bool open_ = true;
};

}  // namespace probity::store
