// Clock: the only way code learns the time. Domain rules never read it; they take time as a
// parameter. app/ and the edges get a Clock injected, so tests use FakeClock.
#pragma once

#include "core/date.h"

namespace probity {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
  Date Today() const { return std::chrono::floor<std::chrono::days>(Now()); }
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

// A clock that says what the test sets. Not thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(Instant now) : now_(now) {}
  Instant Now() const override { return now_; }
  void Set(Instant now) { now_ = now; }
  void Advance(std::chrono::seconds by) { now_ += by; }

 private:
  Instant now_;
};

}  // namespace probity
