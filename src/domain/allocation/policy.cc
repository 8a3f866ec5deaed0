#include "domain/allocation/policy.h"

#include <cstdio>
#include <tuple>

namespace probity::allocation {
namespace {

std::string Percent(int hundredths) {
  char text[32];
  std::snprintf(text, sizeof text, "%d.%02d%%", hundredths / 100, hundredths % 100);
  return text;
}

const char* RoshName(std::optional<Rosh> rosh) {
  if (!rosh) {
    return "no RoSH level recorded";
  }
  switch (*rosh) {
    case Rosh::kLow:
      return "low RoSH";
    case Rosh::kMedium:
      return "medium RoSH";
    case Rosh::kHigh:
      return "high RoSH";
    case Rosh::kVeryHigh:
      return "very high RoSH";
  }
  return "";
}

// ALLOC-2: the NPS keeps high and very high RoSH, all MAPPA and public-interest cases, and (behind
// the switch) RSR >= 6.9%; the CRC for the area has the rest.
OrganisationKind DecideSplit(const Policy& policy, const CaseFacts& facts,
                             std::vector<Reason>& reasons) {
  bool nps = false;
  if (facts.rosh == Rosh::kVeryHigh) {
    reasons.push_back(
        {"ROSH_VERY_HIGH", "Very high risk of serious harm: the NPS keeps the case (ALLOC-2)."});
    nps = true;
  } else if (facts.rosh == Rosh::kHigh) {
    reasons.push_back(
        {"ROSH_HIGH", "High risk of serious harm: the NPS keeps the case (ALLOC-2)."});
    nps = true;
  }
  if (facts.mappa) {
    reasons.push_back({"MAPPA", "A MAPPA case: the NPS keeps every MAPPA case (ALLOC-2)."});
    nps = true;
  }
  if (facts.public_interest) {
    reasons.push_back(
        {"PUBLIC_INTEREST", "A public-interest case (register RPIR): the NPS keeps it (ALLOC-2)."});
    nps = true;
  }
  bool rsr_high = facts.rsr_hundredths && *facts.rsr_hundredths >= kRsrNpsThresholdHundredths;
  if (policy.rsr_sends_to_nps) {
    if (rsr_high) {
      reasons.push_back({"RSR_HIGH", "RSR " + Percent(*facts.rsr_hundredths) +
                                         " is 6.9% or more: this policy sends such cases to the "
                                         "NPS (ALLOC-2 switch on)."});
      nps = true;
    } else if (!facts.rsr_hundredths) {
      reasons.push_back({"RSR_NOT_RECORDED",
                         "No RSR is recorded, so the RSR rule (ALLOC-2 switch on) cannot apply."});
    }
  } else if (rsr_high) {
    reasons.push_back({"RSR_SWITCH_OFF",
                       "RSR " + Percent(*facts.rsr_hundredths) +
                           " is 6.9% or more, but this policy does not send cases to the NPS on "
                           "RSR alone (ALLOC-2 switch off)."});
  }
  if (nps) {
    return OrganisationKind::kNationalProbationService;
  }
  reasons.push_back({"CRC_FOR_AREA", std::string("Not high or very high RoSH (") +
                                         RoshName(facts.rosh) +
                                         "), not MAPPA, not a public-interest case: the CRC for "
                                         "the area (ALLOC-2)."});
  return OrganisationKind::kCommunityRehabilitationCompany;
}

}  // namespace

const char* PolicyKindCode(PolicyKind kind) {
  switch (kind) {
    case PolicyKind::kUnified:
      return "unified";
    case PolicyKind::kSplit2014:
      return "split_2014";
  }
  return "";
}

const char* PolicyKindName(PolicyKind kind) {
  switch (kind) {
    case PolicyKind::kUnified:
      return "Unified Probation Service (since 26 June 2021)";
    case PolicyKind::kSplit2014:
      return "NPS and CRC split (1 June 2014 to 25 June 2021)";
  }
  return "";
}

std::optional<PolicyKind> ParsePolicyKind(std::string_view code) {
  for (auto kind : {PolicyKind::kUnified, PolicyKind::kSplit2014}) {
    if (code == PolicyKindCode(kind)) {
      return kind;
    }
  }
  return std::nullopt;
}

CaseFacts FactsFromRegistrations(org::AreaId area,
                                 const std::vector<tier::Registration>& registrations,
                                 std::optional<int> rsr_hundredths) {
  CaseFacts facts;
  facts.area = area;
  facts.rsr_hundredths = rsr_hundredths;
  if (auto current = tier::CurrentRosh(registrations)) {
    switch (*current) {
      case person::Register::kRoshVeryHigh:
        facts.rosh = Rosh::kVeryHigh;
        break;
      case person::Register::kRoshHigh:
        facts.rosh = Rosh::kHigh;
        break;
      case person::Register::kRoshMedium:
        facts.rosh = Rosh::kMedium;
        break;
      default:
        facts.rosh = Rosh::kLow;  // RLRH, the only other RoSH register
        break;
    }
  }
  for (const auto& r : registrations) {
    // ALLOC-2 says "all MAPPA cases": any MAPP registration, whatever its level.
    facts.mappa = facts.mappa || r.type == person::Register::kMappa;
    facts.public_interest = facts.public_interest || r.type == person::Register::kPublicInterest;
  }
  return facts;
}

Decision Decide(const Policy& policy, const CaseFacts& facts,
                const std::vector<TeamOption>& teams) {
  Decision decision;
  switch (policy.kind) {
    case PolicyKind::kUnified:
      decision.organisation = OrganisationKind::kProbationService;
      decision.reasons.push_back(
          {"UNIFIED_SERVICE",
           "Every case goes to the Probation Service, to a team of the person's area (ALLOC-1)."});
      break;
    case PolicyKind::kSplit2014:
      decision.organisation = DecideSplit(policy, facts, decision.reasons);
      break;
  }
  // Fewest cases per officer first: a/b < c/d compared as a*d < c*b. A team with no officers
  // cannot take the case.
  const TeamOption* best = nullptr;
  for (const auto& t : teams) {
    if (t.area != facts.area || t.kind != decision.organisation || t.officers <= 0) {
      continue;
    }
    if (best == nullptr) {
      best = &t;
      continue;
    }
    long lhs = static_cast<long>(t.active_cases) * best->officers;
    long rhs = static_cast<long>(best->active_cases) * t.officers;
    if (std::tie(lhs, t.code) < std::tie(rhs, best->code)) {
      best = &t;
    }
  }
  const char* organisation = org::OrganisationKindName(decision.organisation);
  if (best == nullptr) {
    decision.reasons.push_back(
        {"NO_TEAM_IN_AREA", std::string("No ") + organisation +
                                " team with officers serves the person's area: choose an officer "
                                "and give the reason."});
    return decision;
  }
  decision.team = *best;
  decision.reasons.push_back(
      {"TEAM_BY_AREA", best->name +
                           " serves the person's area and has the fewest cases per "
                           "officer of the " +
                           organisation + " teams there (" + std::to_string(best->active_cases) +
                           " cases, " + std::to_string(best->officers) + " officers)."});
  return decision;
}

}  // namespace probity::allocation
