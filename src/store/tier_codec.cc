#include "store/tier_codec.h"

#include <charconv>
#include <sstream>

namespace probity::store {

std::string EncodeNeeds(const std::array<tier::NeedSeverity, tier::kNeedCount>& needs) {
  std::string text;
  for (tier::Need need : tier::kNeeds) {
    const auto severity = needs[static_cast<std::size_t>(need)];
    if (severity != tier::NeedSeverity::kNoNeed) {
      text += text.empty() ? "" : " ";
      text += std::string(tier::NeedCode(need)) + "=" + tier::NeedSeverityCode(severity);
    }
  }
  return text;
}

std::array<tier::NeedSeverity, tier::kNeedCount> DecodeNeeds(const std::string& text) {
  std::array<tier::NeedSeverity, tier::kNeedCount> needs{};
  std::istringstream in(text);
  std::string pair;
  while (in >> pair) {
    auto eq = pair.find('=');
    if (eq == std::string::npos) {
      continue;
    }
    auto need = tier::ParseNeed(pair.substr(0, eq));
    auto severity = tier::ParseNeedSeverity(pair.substr(eq + 1));
    if (need && severity) {
      needs[static_cast<std::size_t>(*need)] = *severity;
    }
  }
  return needs;
}

std::string EncodeFactors(const tier::TierResult& result) {
  std::string text;
  auto add = [&text](const char* part, const tier::TierFactor& f) {
    text += std::string(part) + "\t" + f.code + "\t" + f.detail + "\t" + std::to_string(f.points) +
            "\t" + f.description + "\n";
  };
  for (const auto& f : result.protect_factors) {
    add("protect", f);
  }
  for (const auto& f : result.change_factors) {
    add("change", f);
  }
  return text;
}

void DecodeFactors(const std::string& text, tier::TierResult& result) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
      auto tab = line.find('\t', start);
      if (tab == std::string::npos) {
        break;
      }
      parts.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    if (parts.size() != 4) {
      continue;
    }
    tier::TierFactor f;
    f.code = parts[1];
    f.detail = parts[2];
    std::from_chars(parts[3].data(), parts[3].data() + parts[3].size(), f.points);
    f.description = line.substr(start);
    (parts[0] == "protect" ? result.protect_factors : result.change_factors).push_back(f);
  }
}

void DecodeTierCode(const std::string& code, tier::TierResult& result) {
  if (code.size() >= 2 && code[0] >= 'A' && code[0] <= 'D' && code[1] >= '0' && code[1] <= '3') {
    result.protect = static_cast<tier::ProtectLevel>(code[0] - 'A');
    result.change = code[1] - '0';
  }
  result.unsupervised = code.size() == 3 && code[2] == 'S';
}

std::string EncodePoints(const workload::PointsTable& table) {
  std::string text;
  for (std::size_t row = 0; row < workload::kRowCount; ++row) {
    if (row > 0) {
      text += ';';
    }
    for (std::size_t t = 0; t < workload::kTierCount; ++t) {
      if (t > 0) {
        text += ',';
      }
      text += std::to_string(table.points[row][t]);
    }
  }
  return text;
}

bool DecodePoints(const std::string& text, workload::PointsTable& table) {
  const char* p = text.data();
  const char* end = text.data() + text.size();
  for (std::size_t row = 0; row < workload::kRowCount; ++row) {
    for (std::size_t t = 0; t < workload::kTierCount; ++t) {
      auto [next, ec] = std::from_chars(p, end, table.points[row][t]);
      if (ec != std::errc()) {
        return false;
      }
      const char expected = t + 1 < workload::kTierCount ? ',' : ';';
      p = next;
      if (p != end && *p == expected) {
        ++p;
      } else if (!(p == end && row + 1 == workload::kRowCount && t + 1 == workload::kTierCount)) {
        return false;
      }
    }
  }
  return p == end;
}

}  // namespace probity::store
