// Id<Tag>: a strong integer id, so a PersonId cannot be passed where a StaffId is meant.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace probity {

template <typename Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  constexpr bool valid() const { return value_ > 0; }
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  std::int64_t value_ = 0;
};

}  // namespace probity

template <typename Tag>
struct std::hash<probity::Id<Tag>> {
  std::size_t operator()(probity::Id<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value());
  }
};
