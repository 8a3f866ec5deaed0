#include "domain/tier/tier.h"

#include <gtest/gtest.h>

namespace probity::tier {
namespace {

using person::Register;

Date D(const char* iso) {
  return *ParseDate(iso);
}

Registration Reg(Register type, const char* on = "2024-01-01",
                 std::optional<MappaLevel> level = std::nullopt) {
  return {0, type, D(on), level};
}

// Inputs with a mandate and an assessment, no needs, no registers: D1 (0 protect, 0 change).
TierInputs Base() {
  TierInputs in;
  in.mandate_for_change = true;
  in.has_assessment = true;
  return in;
}

// The complexity registers of §4, for building totals.
constexpr Register kComplexity[] = {
    Register::kMentalHealth,   Register::kSelfHarm,        Register::kVulnerability,
    Register::kChildConcerns,  Register::kChildProtection, Register::kRiskToChildren,
    Register::kPublicInterest, Register::kAdultAtRisk,     Register::kStreetGangs,
    Register::kTerrorism,
};

int PointsFor(const std::vector<TierFactor>& factors, const std::string& code) {
  int total = 0;
  for (const auto& f : factors) {
    if (code == f.code) {
      total += f.points;
    }
  }
  return total;
}

TEST(CalculateTier, RsrPointsAtEachSection4Boundary) {
  // §4 RSR: 7.00-99.99 -> 20; 3.00-6.99 -> 10; else 0 (in hundredths of a per cent).
  struct Case {
    std::optional<int> rsr;
    int points;
    ProtectLevel level;
  } cases[] = {
      {std::nullopt, 0, ProtectLevel::kD}, {0, 0, ProtectLevel::kD},    {299, 0, ProtectLevel::kD},
      {300, 10, ProtectLevel::kC},         {699, 10, ProtectLevel::kC}, {700, 20, ProtectLevel::kB},
      {9999, 20, ProtectLevel::kB},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.rsr_hundredths = c.rsr;
    TierResult r = CalculateTier(in);
    EXPECT_EQ(PointsFor(r.protect_factors, "rsr"), c.points) << c.rsr.value_or(-1);
    EXPECT_EQ(r.protect_points, c.points);
    EXPECT_EQ(r.protect, c.level);
  }
}

TEST(CalculateTier, RoshRegisterPoints) {
  // §4 RoSH: RVHR 150, RHRH 20, RMRH 10, RLRH 0.
  struct Case {
    Register r;
    int points;
    ProtectLevel level;
  } cases[] = {
      {Register::kRoshVeryHigh, 150, ProtectLevel::kA},
      {Register::kRoshHigh, 20, ProtectLevel::kB},
      {Register::kRoshMedium, 10, ProtectLevel::kC},
      {Register::kRoshLow, 0, ProtectLevel::kD},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.registrations = {Reg(c.r)};
    TierResult r = CalculateTier(in);
    EXPECT_EQ(r.protect_points, c.points) << person::RegisterCode(c.r);
    EXPECT_EQ(r.protect, c.level) << person::RegisterCode(c.r);
  }
}

TEST(CalculateTier, MostRecentRoshRegisterWins) {
  // §4: registrations sorted by date, newest first; the first RoSH one counts.
  TierInputs in = Base();
  in.registrations = {Reg(Register::kRoshVeryHigh, "2023-05-01"),
                      Reg(Register::kRoshMedium, "2024-02-01")};
  EXPECT_EQ(CalculateTier(in).protect_points, 10);
  in.registrations = {Reg(Register::kRoshMedium, "2023-05-01"),
                      Reg(Register::kRoshVeryHigh, "2024-02-01")};
  EXPECT_EQ(CalculateTier(in).protect_points, 150);
}

TEST(CalculateTier, OnlyTheLargerOfRsrAndRoshCounts) {
  // §4: total = sum - min(RSR points, RoSH points).
  struct Case {
    int rsr;
    Register rosh;
    int total;
    int overlap;
  } cases[] = {
      {700, Register::kRoshHigh, 20, -20},       // 20 + 20 - 20
      {700, Register::kRoshMedium, 20, -10},     // 20 + 10 - 10
      {300, Register::kRoshHigh, 20, -10},       // 10 + 20 - 10
      {700, Register::kRoshVeryHigh, 150, -20},  // 20 + 150 - 20
      {0, Register::kRoshHigh, 20, 0},           // 0 + 20 - 0
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.rsr_hundredths = c.rsr;
    in.registrations = {Reg(c.rosh)};
    TierResult r = CalculateTier(in);
    EXPECT_EQ(r.protect_points, c.total) << c.rsr << " " << person::RegisterCode(c.rosh);
    EXPECT_EQ(PointsFor(r.protect_factors, "rsr_rosh_overlap"), c.overlap);
  }
}

TEST(CalculateTier, MappaLevelPoints) {
  // §4 MAPPA: M3 or M2 -> 150; M1 -> 5; MAPP without a level scores nothing.
  struct Case {
    std::optional<MappaLevel> level;
    int points;
    ProtectLevel protect;
  } cases[] = {
      {MappaLevel::kM3, 150, ProtectLevel::kA},
      {MappaLevel::kM2, 150, ProtectLevel::kA},
      {MappaLevel::kM1, 5, ProtectLevel::kD},
      {std::nullopt, 0, ProtectLevel::kD},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.registrations = {Reg(Register::kMappa, "2024-01-01", c.level)};
    TierResult r = CalculateTier(in);
    EXPECT_EQ(r.protect_points, c.points);
    EXPECT_EQ(r.protect, c.protect);
  }
}

TEST(CalculateTier, EachComplexityFactorScoresTwoOnce) {
  // §4: ten complexity registers, 2 points each, distinct codes.
  for (auto f : kComplexity) {
    TierInputs in = Base();
    in.registrations = {Reg(f), Reg(f, "2024-06-01")};  // the same code twice counts once
    TierResult r = CalculateTier(in);
    EXPECT_EQ(r.protect_points, 2) << person::RegisterCode(f);
    EXPECT_EQ(r.protect_factors.at(0).detail, person::RegisterCode(f));
  }
  TierInputs all = Base();
  for (auto f : kComplexity) {
    all.registrations.push_back(Reg(f));
  }
  EXPECT_EQ(CalculateTier(all).protect_points, 20);
  EXPECT_EQ(CalculateTier(all).protect, ProtectLevel::kB);
}

TEST(CalculateTier, RegistersThatAreNotComplexityFactorsScoreNothingForProtect) {
  TierInputs in = Base();
  in.registrations = {Reg(Register::kDomesticAbuse), Reg(Register::kStalking),
                      Reg(Register::kIntegratedOffenderManagement), Reg(Register::kUnsupervised)};
  EXPECT_EQ(CalculateTier(in).protect_points, 0);
}

TEST(ProtectLevelFor, Section4Boundaries) {
  // §4: A >= 150, B 20-149, C 10-19, D < 10.
  struct Case {
    int points;
    ProtectLevel level;
  } cases[] = {
      {0, ProtectLevel::kD},   {9, ProtectLevel::kD},   {10, ProtectLevel::kC},
      {19, ProtectLevel::kC},  {20, ProtectLevel::kB},  {149, ProtectLevel::kB},
      {150, ProtectLevel::kA}, {400, ProtectLevel::kA},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ProtectLevelFor(c.points), c.level) << c.points;
  }
}

TEST(CalculateTier, ProtectLevelBoundariesFromInputs) {
  // §4 boundaries reached from real inputs: RSR (0/10/20), complexity 2s, MAPPA M1 5, RVHR 150.
  // 149 cannot be reached (the most below A is 20 + 5 + 20 + 6 = 51), so ProtectLevelFor above
  // checks it.
  auto with = [](int rsr, int complexity, bool m1, bool very_high) {
    TierInputs in = Base();
    in.rsr_hundredths = rsr;
    for (int i = 0; i < complexity; ++i) {
      in.registrations.push_back(Reg(kComplexity[i]));
    }
    if (m1) {
      in.registrations.push_back(Reg(Register::kMappa, "2024-01-01", MappaLevel::kM1));
    }
    if (very_high) {
      in.registrations.push_back(Reg(Register::kRoshVeryHigh));
    }
    return CalculateTier(in);
  };
  struct Case {
    TierResult r;
    int points;
    ProtectLevel level;
  } cases[] = {
      {with(0, 2, true, false), 9, ProtectLevel::kD},      // 4 + 5
      {with(300, 0, false, false), 10, ProtectLevel::kC},  // 10
      {with(300, 2, true, false), 19, ProtectLevel::kC},   // 10 + 4 + 5
      {with(700, 0, false, false), 20, ProtectLevel::kB},  // 20
      {with(700, 10, true, false), 45, ProtectLevel::kB},  // 20 + 20 + 5
      {with(0, 0, false, true), 150, ProtectLevel::kA},    // RVHR
      {with(700, 0, false, true), 150, ProtectLevel::kA},  // 20 + 150 - 20
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.r.protect_points, c.points);
    EXPECT_EQ(c.r.protect, c.level) << c.points;
  }
}

TEST(CalculateTier, WomenFactorsCountOnlyForWomenAndSelfControlOnce) {
  // §4 "Women only": +2 parenting; +2 impulsivity or temper control (counted once); +2 breach.
  struct Case {
    bool female, parenting, impulsivity, temper, enforcement;
    int points;
  } cases[] = {
      {false, true, true, true, true, 0},   {true, false, false, false, false, 0},
      {true, true, false, false, false, 2}, {true, false, true, false, false, 2},
      {true, false, false, true, false, 2}, {true, false, true, true, false, 2},
      {true, false, false, false, true, 2}, {true, true, true, true, true, 6},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.female = c.female;
    in.parenting_responsibilities = c.parenting;
    in.impulsivity = c.impulsivity;
    in.temper_control = c.temper;
    in.previous_enforcement = c.enforcement;
    EXPECT_EQ(CalculateTier(in).protect_points, c.points)
        << c.female << c.parenting << c.impulsivity << c.temper << c.enforcement;
  }
}

TEST(HasPreviousEnforcement, ADecidedBreachOnAnOrderCurrentOrEndedWithinTheLastYear) {
  // §4: a breach/recall outcome "on a conviction current or terminated within the last year".
  const Date today = D("2026-11-23");
  struct Case {
    const char* name;
    std::vector<DecidedBreach> breaches;
    bool expected;
  } cases[] = {
      {"no decided breach", {}, false},
      {"order current", {{D("2027-05-31")}}, true},
      {"order ends today", {{D("2026-11-23")}}, true},
      {"order ended exactly a year ago", {{D("2025-11-23")}}, true},
      {"order ended a year and a day ago", {{D("2025-11-22")}}, false},
      {"one old, one recent", {{D("2024-01-01")}, {D("2026-02-01")}}, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HasPreviousEnforcement(c.breaches, today), c.expected) << c.name;
  }
  // A year before 29 February is 28 February (a calendar month, core/date.h AddMonths).
  EXPECT_TRUE(HasPreviousEnforcement({{D("2027-02-28")}}, D("2028-02-29")));
  EXPECT_FALSE(HasPreviousEnforcement({{D("2027-02-27")}}, D("2028-02-29")));
}

TEST(CurrentRosh, TheMostRecentRoshRegistrationTheHigherOnOneDate) {
  // §4 "most recent register wins"; ALLOC-2 reads the same level (allocation.md point 3).
  EXPECT_EQ(CurrentRosh({}), std::nullopt);
  EXPECT_EQ(CurrentRosh({Reg(Register::kMentalHealth)}), std::nullopt);
  EXPECT_EQ(CurrentRosh(
                {Reg(Register::kRoshHigh, "2025-03-01"), Reg(Register::kRoshMedium, "2026-06-01")}),
            Register::kRoshMedium);
  EXPECT_EQ(CurrentRosh({Reg(Register::kRoshVeryHigh, "2026-06-01"),
                         Reg(Register::kRoshLow, "2025-03-01")}),
            Register::kRoshVeryHigh);
  EXPECT_EQ(CurrentRosh(
                {Reg(Register::kRoshMedium, "2026-06-01"), Reg(Register::kRoshHigh, "2026-06-01")}),
            Register::kRoshHigh);
}

TEST(CalculateTier, NoMandateForChangeIsLevelZero) {
  // §4: no mandate -> 0, whatever the needs and OGRS.
  TierInputs in = Base();
  in.mandate_for_change = false;
  in.ogrs_two_year_percent = 99;
  in.needs.fill(NeedSeverity::kSevere);
  TierResult r = CalculateTier(in);
  EXPECT_EQ(r.change, 0);
  EXPECT_EQ(r.Code(), "D0");
  EXPECT_EQ(r.change_factors.at(0).code, "no_mandate");
}

TEST(CalculateTier, NoAssessmentIsLevelTwo) {
  // §4: no assessment -> 2 (checked after the mandate).
  TierInputs in = Base();
  in.has_assessment = false;
  in.ogrs_two_year_percent = 99;
  TierResult r = CalculateTier(in);
  EXPECT_EQ(r.change, 2);
  EXPECT_EQ(r.change_factors.at(0).code, "no_assessment");
  in.mandate_for_change = false;
  EXPECT_EQ(CalculateTier(in).change, 0);
}

TEST(CalculateTier, ChangeLevelBoundaries) {
  // §4: >= 20 -> 3, 10-19 -> 2, else 1. OGRS points = floor(% / 10).
  struct Case {
    int ogrs;
    bool iom;
    int points;
    int level;
  } cases[] = {
      {9, false, 0, 1}, {99, false, 9, 1}, {99, true, 11, 2}, {10, false, 1, 1}, {19, false, 1, 1},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.ogrs_two_year_percent = c.ogrs;
    if (c.iom) {
      in.registrations = {Reg(Register::kIntegratedOffenderManagement)};
    }
    TierResult r = CalculateTier(in);
    EXPECT_EQ(r.change_points, c.points) << c.ogrs;
    EXPECT_EQ(r.change, c.level) << c.ogrs;
  }
  // 9 / 10 / 19 / 20 points from needs and OGRS.
  auto needs = [](std::initializer_list<std::pair<Need, NeedSeverity>> list, int ogrs) {
    TierInputs in = Base();
    for (auto [need, severity] : list) {
      in.needs[static_cast<std::size_t>(need)] = severity;
    }
    in.ogrs_two_year_percent = ogrs;
    return CalculateTier(in);
  };
  using N = Need;
  constexpr auto kSevere = NeedSeverity::kSevere;
  constexpr auto kStandard = NeedSeverity::kStandard;
  const std::initializer_list<std::pair<Need, NeedSeverity>> eight = {
      {N::kThinkingBehaviour, kSevere}, {N::kAttitudes, kSevere}};  // 2x2 + 2x2
  const std::initializer_list<std::pair<Need, NeedSeverity>> thirteen = {
      {N::kThinkingBehaviour, kSevere},
      {N::kAttitudes, kSevere},
      {N::kAccommodation, kSevere},
      {N::kEte, kSevere},
      {N::kRelationships, kStandard}};  // 8 + 2 + 2 + 1
  struct Boundary {
    TierResult r;
    int points;
    int level;
  } boundaries[] = {
      {needs(eight, 15), 9, 1},      // 8 + 1
      {needs(eight, 25), 10, 2},     // 8 + 2
      {needs(thirteen, 69), 19, 2},  // 13 + 6
      {needs(thirteen, 70), 20, 3},  // 13 + 7
  };
  for (const auto& c : boundaries) {
    EXPECT_EQ(c.r.change_points, c.points);
    EXPECT_EQ(c.r.change, c.level) << c.points;
  }
}

TEST(ChangeLevelFor, Section4Boundaries) {
  // §4: >= 20 -> 3, 10-19 -> 2, else 1.
  for (auto [points, level] : {std::pair{0, 1}, {9, 1}, {10, 2}, {19, 2}, {20, 3}, {50, 3}}) {
    EXPECT_EQ(ChangeLevelFor(points), level) << points;
  }
}

TEST(CalculateTier, NeedWeightsAndSeverities) {
  // §4 weights: T&B 2, attitudes 2, finance 0, emotional 0, the rest 1; standard 1, severe 2.
  struct Case {
    Need need;
    NeedSeverity severity;
    int points;
  } cases[] = {
      {Need::kAccommodation, NeedSeverity::kStandard, 1},
      {Need::kAccommodation, NeedSeverity::kSevere, 2},
      {Need::kEte, NeedSeverity::kSevere, 2},
      {Need::kRelationships, NeedSeverity::kSevere, 2},
      {Need::kLifestyleAssociates, NeedSeverity::kSevere, 2},
      {Need::kDrugMisuse, NeedSeverity::kSevere, 2},
      {Need::kAlcoholMisuse, NeedSeverity::kSevere, 2},
      {Need::kThinkingBehaviour, NeedSeverity::kStandard, 2},
      {Need::kThinkingBehaviour, NeedSeverity::kSevere, 4},
      {Need::kAttitudes, NeedSeverity::kSevere, 4},
      {Need::kFinance, NeedSeverity::kSevere, 0},
      {Need::kEmotionalWellbeing, NeedSeverity::kSevere, 0},
      {Need::kAttitudes, NeedSeverity::kNoNeed, 0},
  };
  for (const auto& c : cases) {
    TierInputs in = Base();
    in.needs[static_cast<std::size_t>(c.need)] = c.severity;
    EXPECT_EQ(CalculateTier(in).change_points, c.points) << NeedCode(c.need);
  }
}

TEST(CalculateTier, UnsupervisedSuffix) {
  // §4: suffix "S" when register PRC is present.
  TierInputs in = Base();
  in.registrations = {Reg(Register::kUnsupervised), Reg(Register::kRoshHigh)};
  in.ogrs_two_year_percent = 99;
  in.needs[static_cast<std::size_t>(Need::kAttitudes)] = NeedSeverity::kSevere;
  EXPECT_EQ(CalculateTier(in).Code(), "B2S");
}

TEST(HasMandateForChange, CurrentNonRestrictiveRequirementOtherThanUnpaidWork) {
  // §4 "mandate for change" (MandateForChange.kt).
  using T = sentence::RequirementType;
  auto event = [](T type, const char* end,
                  sentence::RequirementStatus status = sentence::RequirementStatus::kActive) {
    sentence::Sentence s;
    s.sentence_date = D("2024-01-01");
    s.end_date = D(end);
    s.requirements.push_back({sentence::RequirementId(1), type, 10, status});
    sentence::Event e;
    e.sentences.push_back(s);
    return std::vector<sentence::Event>{e};
  };
  const Date today = D("2025-01-01");
  EXPECT_TRUE(HasMandateForChange(event(T::kRehabilitationActivity, "2025-06-01"), today));
  EXPECT_TRUE(HasMandateForChange(event(T::kProgramme, "2025-01-01"), today));  // ends today
  EXPECT_FALSE(HasMandateForChange(event(T::kRehabilitationActivity, "2024-12-31"), today));
  EXPECT_FALSE(HasMandateForChange(event(T::kUnpaidWork, "2025-06-01"), today));
  EXPECT_FALSE(HasMandateForChange(event(T::kCurfew, "2025-06-01"), today));
  EXPECT_FALSE(HasMandateForChange(event(T::kExclusion, "2025-06-01"), today));
  EXPECT_FALSE(HasMandateForChange(
      event(T::kRehabilitationActivity, "2025-06-01", sentence::RequirementStatus::kTerminated),
      today));
  EXPECT_FALSE(HasMandateForChange({}, today));
}

TEST(InputsFor, NoAssessmentLeavesAssessedFactorsOut) {
  Assessment a;
  a.rsr_hundredths = 800;
  a.impulsivity = true;
  TierInputs with = InputsFor(a, {}, true, 40, true);
  EXPECT_TRUE(with.has_assessment);
  EXPECT_EQ(CalculateTier(with).Code(), "B1");  // RSR 20 + women 2; change 4
  TierInputs without = InputsFor(std::nullopt, {}, true, 40, true);
  EXPECT_EQ(CalculateTier(without).Code(), "D2");
}

TEST(ParseNeed, RoundTripsEveryCode) {
  for (Need n : kNeeds) {
    EXPECT_EQ(ParseNeed(NeedCode(n)), n);
  }
  EXPECT_EQ(ParseNeed("finance_benefits_debt"), std::nullopt);
}

}  // namespace
}  // namespace probity::tier
