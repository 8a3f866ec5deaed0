// Registers: the flags on a case that change how it is managed (domain.md §10, Delius codes).
#pragma once

#include <optional>
#include <string_view>

namespace probity::person {

enum class Register {
  kRoshVeryHigh,                  // RVHR
  kRoshHigh,                      // RHRH
  kRoshMedium,                    // RMRH
  kRoshLow,                       // RLRH
  kMappa,                         // MAPP
  kDomesticAbuse,                 // ADVP
  kChildProtection,               // RCPR
  kStalking,                      // SPO
  kIntegratedOffenderManagement,  // IIOM
  kMentalHealth,                  // RMDO
  kSelfHarm,                      // ALSH
  // The other complexity factors of TIER-1 (domain.md §4) and the unsupervised flag.
  kVulnerability,   // RVLN
  kChildConcerns,   // RCCO
  kRiskToChildren,  // RCHD
  kPublicInterest,  // RPIR
  kAdultAtRisk,     // RVAD
  kStreetGangs,     // STRG
  kTerrorism,       // RTAO
  kUnsupervised,    // PRC
};
const char* RegisterCode(Register r);  // the Delius code, e.g. "MAPP"
const char* RegisterName(Register r);  // for pages, e.g. "MAPPA"
std::optional<Register> ParseRegister(std::string_view code);

}  // namespace probity::person
