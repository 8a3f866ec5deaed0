// A small, fast, portable PRNG (SplitMix64): <random>'s distributions differ between standard
// libraries, and a seed must give the same caseload everywhere.
#pragma once

#include <cstdint>
#include <vector>

namespace probity::seed {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) {
    if (hi <= lo) {
      return lo;
    }
    return lo + static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  // An index drawn with the given weights.
  std::size_t Weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = Between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.size() - 1;
  }

 private:
  std::uint64_t state_;
};

}  // namespace probity::seed
