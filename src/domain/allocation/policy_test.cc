#include "domain/allocation/policy.h"

#include <gtest/gtest.h>

namespace probity::allocation {
namespace {

constexpr org::AreaId kLeeds{1};
constexpr org::AreaId kYork{2};

// Each area has a Probation Service team, an NPS team and a CRC team, so every decision can name
// one; `Decide` must pick by organisation and area.
std::vector<TeamOption> Teams() {
  return {
      {org::TeamId(1), kLeeds, org::OrganisationId(1), OrganisationKind::kProbationService, "T0001",
       "Leeds Team 1", 5, 250},
      {org::TeamId(2), kLeeds, org::OrganisationId(2), OrganisationKind::kNationalProbationService,
       "T0002", "Leeds NPS", 4, 120},
      {org::TeamId(3), kLeeds, org::OrganisationId(3),
       OrganisationKind::kCommunityRehabilitationCompany, "T0003", "Leeds CRC", 6, 300},
      {org::TeamId(4), kYork, org::OrganisationId(1), OrganisationKind::kProbationService, "T0004",
       "York Team 1", 5, 10},
  };
}

std::vector<std::string> Codes(const Decision& d) {
  std::vector<std::string> codes;
  for (const auto& r : d.reasons) {
    codes.push_back(r.code);
  }
  return codes;
}

CaseFacts Facts(std::optional<Rosh> rosh, bool mappa = false, bool public_interest = false,
                std::optional<int> rsr = std::nullopt) {
  return {kLeeds, rosh, mappa, public_interest, rsr};
}

TEST(DecideAllocation, Alloc1SendsEveryCaseToTheProbationServiceTeamOfTheArea) {
  // ALLOC-1: every case, whatever its risk, to the probation service, to a team by area.
  const Policy unified;
  for (const auto& facts :
       {Facts(std::nullopt), Facts(Rosh::kLow), Facts(Rosh::kMedium), Facts(Rosh::kHigh),
        Facts(Rosh::kVeryHigh), Facts(Rosh::kLow, true), Facts(Rosh::kLow, false, true),
        Facts(Rosh::kLow, false, false, 1250)}) {
    auto d = Decide(unified, facts, Teams());
    EXPECT_EQ(d.organisation, OrganisationKind::kProbationService);
    ASSERT_TRUE(d.team);
    EXPECT_EQ(d.team->code, "T0001");
    EXPECT_EQ(Codes(d), (std::vector<std::string>{"UNIFIED_SERVICE", "TEAM_BY_AREA"}));
  }
}

TEST(DecideAllocation, Alloc1IsTheDefaultPolicy) {
  Policy policy;
  EXPECT_EQ(policy.kind, PolicyKind::kUnified);  // ALLOC-1 "default policy"
  EXPECT_FALSE(policy.rsr_sends_to_nps);         // ALLOC-2: "a policy switch, off by default"
  EXPECT_EQ(policy.target_working_days, 1);      // TIME-2
}

TEST(DecideAllocation, Alloc2FollowsRoshMappaPublicInterestAndTheRsrSwitch) {
  // ALLOC-2 (domain.md §2, PI 05/2014): NPS for high/very high RoSH, all MAPPA, public-interest
  // (RPIR) cases and, only with the switch on, RSR >= 6.9%; the CRC for the area otherwise.
  constexpr auto kNps = OrganisationKind::kNationalProbationService;
  constexpr auto kCrc = OrganisationKind::kCommunityRehabilitationCompany;
  struct Case {
    const char* name;
    CaseFacts facts;
    bool rsr_switch;
    OrganisationKind expected;
    std::vector<std::string> reasons;
  } cases[] = {
      {"no RoSH", Facts(std::nullopt), false, kCrc, {"CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"low RoSH", Facts(Rosh::kLow), false, kCrc, {"CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"medium RoSH", Facts(Rosh::kMedium), false, kCrc, {"CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"high RoSH", Facts(Rosh::kHigh), false, kNps, {"ROSH_HIGH", "TEAM_BY_AREA"}},
      {"very high RoSH", Facts(Rosh::kVeryHigh), false, kNps, {"ROSH_VERY_HIGH", "TEAM_BY_AREA"}},
      {"MAPPA, low RoSH", Facts(Rosh::kLow, true), false, kNps, {"MAPPA", "TEAM_BY_AREA"}},
      {"MAPPA, no RoSH", Facts(std::nullopt, true), false, kNps, {"MAPPA", "TEAM_BY_AREA"}},
      {"public interest (RPIR)",
       Facts(Rosh::kMedium, false, true),
       false,
       kNps,
       {"PUBLIC_INTEREST", "TEAM_BY_AREA"}},
      {"every NPS reason at once",
       Facts(Rosh::kVeryHigh, true, true, 700),
       true,
       kNps,
       {"ROSH_VERY_HIGH", "MAPPA", "PUBLIC_INTEREST", "RSR_HIGH", "TEAM_BY_AREA"}},
      // The RSR edge (§2: High band is >= 6.9), switch on.
      {"RSR 6.89, switch on",
       Facts(Rosh::kMedium, false, false, 689),
       true,
       kCrc,
       {"CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"RSR 6.90, switch on",
       Facts(Rosh::kMedium, false, false, 690),
       true,
       kNps,
       {"RSR_HIGH", "TEAM_BY_AREA"}},
      {"RSR 99.99, switch on",
       Facts(Rosh::kLow, false, false, 9999),
       true,
       kNps,
       {"RSR_HIGH", "TEAM_BY_AREA"}},
      // Switch off (the default): RSR alone never sends a case to the NPS.
      {"RSR 6.89, switch off",
       Facts(Rosh::kMedium, false, false, 689),
       false,
       kCrc,
       {"CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"RSR 6.90, switch off",
       Facts(Rosh::kMedium, false, false, 690),
       false,
       kCrc,
       {"RSR_SWITCH_OFF", "CRC_FOR_AREA", "TEAM_BY_AREA"}},
      {"RSR 6.90 with high RoSH, switch off",
       Facts(Rosh::kHigh, false, false, 690),
       false,
       kNps,
       {"ROSH_HIGH", "RSR_SWITCH_OFF", "TEAM_BY_AREA"}},
      {"no RSR recorded, switch on",
       Facts(Rosh::kLow),
       true,
       kCrc,
       {"RSR_NOT_RECORDED", "CRC_FOR_AREA", "TEAM_BY_AREA"}},
  };
  for (const auto& c : cases) {
    Policy policy{PolicyKind::kSplit2014, c.rsr_switch, 1};
    auto d = Decide(policy, c.facts, Teams());
    EXPECT_EQ(d.organisation, c.expected) << c.name;
    EXPECT_EQ(Codes(d), c.reasons) << c.name;
    ASSERT_TRUE(d.team) << c.name;
    EXPECT_EQ(d.team->code, c.expected == kNps ? "T0002" : "T0003") << c.name;
  }
}

TEST(DecideAllocation, Alloc2ReasonsQuoteTheRsrToTwoDecimalPlaces) {
  auto d = Decide({PolicyKind::kSplit2014, true, 1}, Facts(Rosh::kLow, false, false, 705), Teams());
  ASSERT_EQ(d.reasons.at(0).code, "RSR_HIGH");
  EXPECT_NE(d.reasons[0].text.find("RSR 7.05% is 6.9% or more"), std::string::npos)
      << d.reasons[0].text;
}

TEST(DecideAllocation, ChoosesTheAreasTeamWithFewestCasesPerOfficerThenTheLowestCode) {
  // ALLOC-1 "to a team by the person's area"; the choice among several is
  // docs/rules/allocation.md point 4.
  auto team = [](const char* code, org::AreaId area, int officers, int cases) {
    return TeamOption{org::TeamId(code[4] - '0'),
                      area,
                      org::OrganisationId(1),
                      OrganisationKind::kProbationService,
                      code,
                      code,
                      officers,
                      cases};
  };
  struct Case {
    const char* name;
    std::vector<TeamOption> teams;
    std::optional<std::string> expected;
  } cases[] = {
      {"fewer per officer wins though more in total",
       {team("T0001", kLeeds, 2, 100), team("T0002", kLeeds, 5, 200)},
       "T0002"},
      {"a tie goes to the lowest code",
       {team("T0002", kLeeds, 4, 200), team("T0001", kLeeds, 2, 100)},
       "T0001"},
      {"another area's empty team is not chosen",
       {team("T0001", kLeeds, 5, 250), team("T0002", kYork, 5, 0)},
       "T0001"},
      {"a team with no officers cannot take cases",
       {team("T0001", kLeeds, 0, 0), team("T0002", kLeeds, 5, 250)},
       "T0002"},
      {"no team in the area", {team("T0002", kYork, 5, 0)}, std::nullopt},
  };
  for (const auto& c : cases) {
    auto d = Decide(Policy{}, Facts(Rosh::kLow), c.teams);
    if (c.expected) {
      ASSERT_TRUE(d.team) << c.name;
      EXPECT_EQ(d.team->code, *c.expected) << c.name;
    } else {
      EXPECT_FALSE(d.team) << c.name;
      EXPECT_EQ(Codes(d), (std::vector<std::string>{"UNIFIED_SERVICE", "NO_TEAM_IN_AREA"}));
    }
  }
}

TEST(DecideAllocation, Alloc2WithNoCrcTeamInTheAreaNamesNoTeam) {
  std::vector<TeamOption> only_ps = {Teams()[0]};
  auto d = Decide({PolicyKind::kSplit2014, false, 1}, Facts(Rosh::kLow), only_ps);
  EXPECT_EQ(d.organisation, OrganisationKind::kCommunityRehabilitationCompany);
  EXPECT_FALSE(d.team);
  EXPECT_EQ(Codes(d), (std::vector<std::string>{"CRC_FOR_AREA", "NO_TEAM_IN_AREA"}));
}

tier::Registration Reg(person::Register type, const char* registered_on) {
  return {0, type, *ParseDate(registered_on), std::nullopt};
}

// ALLOC-2 reads RoSH as TIER-1 does (domain.md §4: the most recent RoSH register wins), so the
// NPS keeps a case only while its current RoSH is high or very high (allocation.md point 3).
TEST(FactsFromRegistrations, Alloc2ReadsTheCurrentRoshAsTieringDoesWithMappaAndPublicInterest) {
  using person::Register;
  constexpr OrganisationKind kNps = OrganisationKind::kNationalProbationService;
  constexpr OrganisationKind kCrc = OrganisationKind::kCommunityRehabilitationCompany;
  struct Case {
    const char* name;
    std::vector<tier::Registration> registrations;
    std::optional<Rosh> rosh;
    bool mappa;
    bool public_interest;
    OrganisationKind organisation;  // under ALLOC-2, switch off
  } cases[] = {
      {"none", {}, std::nullopt, false, false, kCrc},
      {"low", {Reg(Register::kRoshLow, "2026-01-05")}, Rosh::kLow, false, false, kCrc},
      {"medium", {Reg(Register::kRoshMedium, "2026-01-05")}, Rosh::kMedium, false, false, kCrc},
      {"high", {Reg(Register::kRoshHigh, "2026-01-05")}, Rosh::kHigh, false, false, kNps},
      {"very high",
       {Reg(Register::kRoshVeryHigh, "2026-01-05")},
       Rosh::kVeryHigh,
       false,
       false,
       kNps},
      {"downgraded high -> medium: the CRC (the highest ever recorded no longer counts)",
       {Reg(Register::kRoshHigh, "2025-03-01"), Reg(Register::kRoshMedium, "2026-06-01")},
       Rosh::kMedium,
       false,
       false,
       kCrc},
      {"raised low -> very high, listed newest first",
       {Reg(Register::kRoshVeryHigh, "2026-06-01"), Reg(Register::kRoshLow, "2025-03-01")},
       Rosh::kVeryHigh,
       false,
       false,
       kNps},
      {"two on one date: the higher (tier.md point 2)",
       {Reg(Register::kRoshMedium, "2026-06-01"), Reg(Register::kRoshHigh, "2026-06-01")},
       Rosh::kHigh,
       false,
       false,
       kNps},
      {"MAPPA with a medium RoSH",
       {Reg(Register::kMappa, "2026-01-05"), Reg(Register::kRoshMedium, "2026-02-01"),
        Reg(Register::kDomesticAbuse, "2026-01-05")},
       Rosh::kMedium,
       true,
       false,
       kNps},
      {"public interest",
       {Reg(Register::kPublicInterest, "2026-01-05"), Reg(Register::kSelfHarm, "2026-01-05")},
       std::nullopt,
       false,
       true,
       kNps},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto facts = FactsFromRegistrations(kYork, c.registrations, 320);
    EXPECT_EQ(facts.area, kYork);
    EXPECT_EQ(facts.rosh, c.rosh);
    EXPECT_EQ(facts.mappa, c.mappa);
    EXPECT_EQ(facts.public_interest, c.public_interest);
    EXPECT_EQ(facts.rsr_hundredths, 320);
    EXPECT_EQ(Decide({PolicyKind::kSplit2014, false, 1}, facts, Teams()).organisation,
              c.organisation);
  }
}

TEST(PolicyCodes, RoundTrip) {
  for (auto kind : {PolicyKind::kUnified, PolicyKind::kSplit2014}) {
    EXPECT_EQ(ParsePolicyKind(PolicyKindCode(kind)), kind);
  }
  EXPECT_EQ(ParsePolicyKind("nps"), std::nullopt);
  using org::ParseOrganisationKind;
  for (auto kind :
       {OrganisationKind::kProbationService, OrganisationKind::kNationalProbationService,
        OrganisationKind::kCommunityRehabilitationCompany}) {
    EXPECT_EQ(ParseOrganisationKind(org::OrganisationKindCode(kind)), kind);
  }
  EXPECT_EQ(ParseOrganisationKind("PS"), std::nullopt);
}

}  // namespace
}  // namespace probity::allocation
