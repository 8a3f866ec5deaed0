#include "domain/person/register.h"

#include <array>

namespace probity::person {
namespace {

struct RegisterInfo {
  Register r;
  const char* code;
  const char* name;
};

constexpr std::array<RegisterInfo, 19> kRegisters = {{
    {Register::kRoshVeryHigh, "RVHR", "Very high RoSH"},
    {Register::kRoshHigh, "RHRH", "High RoSH"},
    {Register::kRoshMedium, "RMRH", "Medium RoSH"},
    {Register::kRoshLow, "RLRH", "Low RoSH"},
    {Register::kMappa, "MAPP", "MAPPA"},
    {Register::kDomesticAbuse, "ADVP", "Domestic abuse perpetrator"},
    {Register::kChildProtection, "RCPR", "Child protection"},
    {Register::kStalking, "SPO", "Stalking protection order"},
    {Register::kIntegratedOffenderManagement, "IIOM", "IOM"},
    {Register::kMentalHealth, "RMDO", "Mental health issues"},
    {Register::kSelfHarm, "ALSH", "Risk of self-harm"},
    {Register::kVulnerability, "RVLN", "Vulnerability"},
    {Register::kChildConcerns, "RCCO", "Child concerns"},
    {Register::kRiskToChildren, "RCHD", "Risk to children"},
    {Register::kPublicInterest, "RPIR", "Public interest"},
    {Register::kAdultAtRisk, "RVAD", "Adult at risk"},
    {Register::kStreetGangs, "STRG", "Street gangs"},
    {Register::kTerrorism, "RTAO", "Terrorism"},
    {Register::kUnsupervised, "PRC", "Unsupervised (PRC)"},
}};

}  // namespace

const char* RegisterCode(Register r) {
  for (const auto& info : kRegisters) {
    if (info.r == r) {
      return info.code;
    }
  }
  return "";
}

const char* RegisterName(Register r) {
  for (const auto& info : kRegisters) {
    if (info.r == r) {
      return info.name;
    }
  }
  return "";
}

std::optional<Register> ParseRegister(std::string_view code) {
  for (const auto& info : kRegisters) {
    if (code == info.code) {
      return info.r;
    }
  }
  return std::nullopt;
}

}  // namespace probity::person
