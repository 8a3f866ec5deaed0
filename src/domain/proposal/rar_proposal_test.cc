#include "domain/proposal/rar_proposal.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace probity::proposal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

Need Linked(const char* area, const char* severity = "standard") {
  return {area, severity, true, false, false};
}

RarProposalInput WithOgrs(int ogrs, std::vector<Need> needs = {}) {
  RarProposalInput in;
  in.ogrs_two_year_percent = ogrs;
  in.needs = std::move(needs);
  return in;
}

RarProposal Propose(const RarProposalInput& input) {
  auto proposal = ProposeRar(input);
  EXPECT_TRUE(proposal.has_value()) << proposal.error().message;
  return proposal.has_value() ? *proposal : RarProposal{};
}

std::vector<std::string> Codes(const RarProposal& proposal) {
  std::vector<std::string> out;
  for (auto f : proposal.flags) {
    out.emplace_back(ProposalFlagCode(f));
  }
  return out;
}

std::string AllRationale(const RarProposal& proposal) {
  std::string out;
  for (const auto& sentence : proposal.rationale) {
    out += sentence + "\n";
  }
  return out;
}

TEST(ProposeRar, Prop1AndProp2AtEveryBandEdge) {
  // Expected values: the PROP-1 table in domain.md for intensity and range; the days rule of
  // docs/rules/rar-proposal.md, worked by hand. Two linked needs, one severe (2 points) and one
  // standard (1 point) = 3 points: min + round_half_up((max - min) * 3 / 10).
  const std::vector<Need> needs = {Linked("accommodation", "severe"), Linked("ete")};
  struct Case {
    int ogrs;
    const char* justification;
    Intensity intensity;
    std::optional<int> min_days;
    std::optional<int> max_days;
    std::optional<int> days;
    bool below_25;
    const char* row;
  } cases[] = {
      // PROP-2: under 25% without a justification, no days.
      {24, nullptr, Intensity::kNone, std::nullopt, std::nullopt, std::nullopt, true, "under 25%"},
      // PROP-2: with one, the low range: 1 + round(14 * 0.3 = 4.2) = 5.
      {24, "Homeless since release; associates drive the offending", Intensity::kLow, 1, 15, 5,
       true, "under 25%"},
      {25, nullptr, Intensity::kLow, 1, 15, 5, false, "25 to 49%"},
      {49, nullptr, Intensity::kLow, 1, 15, 5, false, "25 to 49%"},
      // 15 + round(10 * 0.3 = 3) = 18.
      {50, nullptr, Intensity::kMedium, 15, 25, 18, false, "50 to 74%"},
      {74, nullptr, Intensity::kMedium, 15, 25, 18, false, "50 to 74%"},
      // 25 + round(35 * 0.3 = 10.5, half up) = 36.
      {75, nullptr, Intensity::kHigh, 25, 60, 36, false, "75 to 90%"},
      {90, nullptr, Intensity::kHigh, 25, 60, 36, false, "75 to 90%"},
      {91, nullptr, Intensity::kHigh, 25, 60, 36, false, "over 90%"},
  };
  for (const auto& c : cases) {
    auto input = WithOgrs(c.ogrs, needs);
    if (c.justification != nullptr) {
      input.exceptional_justification = c.justification;
    }

    auto p = Propose(input);

    EXPECT_EQ(p.intensity, c.intensity) << c.ogrs;
    EXPECT_EQ(p.guideline_min_days, c.min_days) << c.ogrs;
    EXPECT_EQ(p.guideline_max_days, c.max_days) << c.ogrs;
    EXPECT_EQ(p.proposed_days, c.days) << c.ogrs;
    EXPECT_EQ(Codes(p),
              c.below_25 ? std::vector<std::string>{"OGRS_BELOW_25"} : std::vector<std::string>{})
        << c.ogrs;
    EXPECT_THAT(AllRationale(p), HasSubstr(c.row)) << c.ogrs;
  }
}

TEST(ProposeRar, Prop2JustificationIsQuotedAndABlankOneDoesNotCount) {
  auto justified = WithOgrs(10, {Linked("accommodation")});
  justified.exceptional_justification = "  Lost his home and job in the same month  ";
  auto blank = WithOgrs(10, {Linked("accommodation")});
  blank.exceptional_justification = "   ";

  auto p = Propose(justified);
  auto none = Propose(blank);

  EXPECT_THAT(AllRationale(p), HasSubstr("\"Lost his home and job in the same month\""));
  EXPECT_EQ(p.proposed_days, 1 + 1);  // 1 + round(14 * 0.1 = 1.4)
  EXPECT_EQ(none.proposed_days, std::nullopt);
  EXPECT_EQ(none.intensity, Intensity::kNone);
  EXPECT_THAT(AllRationale(none), HasSubstr("No RAR days are proposed"));
}

TEST(ProposeRar, Prop5DaysGrowWithNeedPointsWithinTheRange) {
  // Medium row, 15 to 25 days: one tenth of the 10-day range per point, capped at 10 points.
  struct Case {
    std::vector<Need> needs;
    int days;
  } cases[] = {
      {{}, 15},                                                      // no needs: the minimum
      {{Linked("accommodation")}, 16},                               // 1 point
      {{Linked("accommodation", "severe")}, 17},                     // 2 points
      {{Linked("accommodation", "severe"), Linked("ete", "severe"),  // 10 points: the maximum
        Linked("relationships", "severe"), Linked("lifestyle_associates", "severe"),
        Linked("finance_benefits_debt", "severe")},
       25},
      {{Linked("accommodation", "severe"), Linked("ete", "severe"),  // 14 points: still 25
        Linked("relationships", "severe"), Linked("lifestyle_associates", "severe"),
        Linked("finance_benefits_debt", "severe"), Linked("women_specific", "severe"),
        Linked("alcohol_misuse", "severe")},
       25},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Propose(WithOgrs(60, c.needs)).proposed_days, c.days) << c.needs.size();
  }
}

TEST(ProposeRar, Prop5RoundsHalfUpInTheHighRange) {
  // 25 to 60 days: 1 point adds 3.5 -> 4 days; 3 points add 10.5 -> 11.
  EXPECT_EQ(Propose(WithOgrs(80, {Linked("ete")})).proposed_days, 29);
  EXPECT_EQ(Propose(WithOgrs(80, {Linked("ete", "severe"), Linked("relationships")})).proposed_days,
            36);
}

TEST(ProposeRar, Prop5NoLinkedNeedsProposesTheMinimumAndSaysWhy) {
  auto p = Propose(WithOgrs(60, {{"accommodation", "severe", false, false, false}}));

  EXPECT_EQ(p.proposed_days, 15);
  EXPECT_THAT(AllRationale(p), HasSubstr("No needs linked to offending"));
  EXPECT_THAT(AllRationale(p), HasSubstr("not linked to offending are not counted"));
}

TEST(ProposeRar, Prop3PrefersTreatmentRequirementForTreatableNeeds) {
  // RAR-10: dependent alcohol -> alcohol treatment; any drug misuse -> drug rehabilitation;
  // diagnosed emotional management -> mental health treatment. Those needs do not add days.
  struct Case {
    Need need;
    bool flagged;
    int days;  // medium row; 15 when the need is not counted, 16 when it is (1 point)
  } cases[] = {
      {{"alcohol_misuse", "standard", true, true, false}, true, 15},
      {{"alcohol_misuse", "standard", true, false, false}, false, 16},
      {{"drug_misuse", "standard", true, false, false}, true, 15},
      {{"drug_misuse", "standard", false, true, false}, true, 15},
      {{"emotional_management", "standard", true, false, true}, true, 15},
      {{"emotional_management", "standard", true, false, false}, false, 16},
  };
  for (const auto& c : cases) {
    auto p = Propose(WithOgrs(60, {c.need}));

    EXPECT_EQ(Codes(p), c.flagged ? std::vector<std::string>{"PREFER_TREATMENT_REQUIREMENT"}
                                  : std::vector<std::string>{})
        << c.need.area;
    EXPECT_EQ(p.proposed_days, c.days) << c.need.area;
  }
  EXPECT_THAT(AllRationale(Propose(WithOgrs(60, {cases[2].need}))),
              HasSubstr("drug rehabilitation requirement"));
}

TEST(ProposeRar, Prop3SuggestsAnAccreditedProgrammeForLinkedThinkingNeeds) {
  auto linked = Propose(WithOgrs(60, {Linked("attitudes_thinking_behaviour")}));
  auto unlinked =
      Propose(WithOgrs(60, {{"attitudes_thinking_behaviour", "severe", false, false, false}}));

  EXPECT_THAT(Codes(linked), ElementsAre("CONSIDER_ACCREDITED_PROGRAMME"));
  EXPECT_THAT(AllRationale(linked), HasSubstr("accredited programme"));
  EXPECT_THAT(Codes(unlinked), IsEmpty());
}

TEST(ProposeRar, Prop4SexualOffendingFlagsOgrsAndSuggestsAProgramme) {
  auto input = WithOgrs(30, {Linked("relationships")});
  input.sexual_offending = true;

  auto p = Propose(input);

  EXPECT_THAT(Codes(p),
              ElementsAre("CONSIDER_ACCREDITED_PROGRAMME", "SEXUAL_OFFENDING_OGRS_NOT_PREDICTIVE"));
  EXPECT_THAT(AllRationale(p), HasSubstr("unusual sexual interests"));
  EXPECT_EQ(p.proposed_days, 1 + 1);  // days still follow PROP-1: 1 + round(1.4)
}

TEST(ProposeRar, FlagsComeInAFixedOrderEachOnce) {
  auto input = WithOgrs(
      12, {{"drug_misuse", "severe", true, true, false}, Linked("attitudes_thinking_behaviour")});
  input.sexual_offending = true;

  EXPECT_THAT(Codes(Propose(input)),
              ElementsAre("OGRS_BELOW_25", "PREFER_TREATMENT_REQUIREMENT",
                          "CONSIDER_ACCREDITED_PROGRAMME", "SEXUAL_OFFENDING_OGRS_NOT_PREDICTIVE"));
}

TEST(ProposeRar, Prop5NamesTheCourtsAreaWhenGiven) {
  auto input = WithOgrs(60, {Linked("ete")});
  input.area = "Leeds";

  EXPECT_THAT(AllRationale(Propose(input)), HasSubstr("interventions available in Leeds"));
  EXPECT_THAT(AllRationale(Propose(WithOgrs(60))), HasSubstr("the court's area"));
}

std::vector<std::string> Faults(const RarProposalInput& input) {
  auto p = ProposeRar(input);
  std::vector<std::string> out;
  if (p.has_value()) {
    return out;
  }
  EXPECT_EQ(p.error().code, ErrorCode::kInvalidArgument);
  for (const auto& f : p.error().fields) {
    EXPECT_FALSE(f.message.empty());
    out.push_back(f.field + ":" + f.error);
  }
  return out;
}

TEST(ProposeRar, RefusesBadInputNamingTheField) {
  RarProposalInput missing;
  auto too_long = WithOgrs(30);
  too_long.exceptional_justification = std::string(kMaxJustificationLength + 1, 'x');
  auto long_area = WithOgrs(30);
  long_area.area = std::string(kMaxAreaLength + 1, 'x');
  struct Case {
    const char* name;
    RarProposalInput input;
    std::vector<std::string> faults;
  } cases[] = {
      {"no OGRS", missing, {"ogrsTwoYearPercent:REQUIRED"}},
      {"OGRS 100", WithOgrs(100), {"ogrsTwoYearPercent:OUT_OF_RANGE"}},
      {"OGRS -1", WithOgrs(-1), {"ogrsTwoYearPercent:OUT_OF_RANGE"}},
      {"unknown area", WithOgrs(30, {Linked("housing")}), {"needs[0].area:UNKNOWN_CODE"}},
      {"unknown severity",
       WithOgrs(30, {Linked("ete", "high")}),
       {"needs[0].severity:UNKNOWN_CODE"}},
      {"area twice",
       WithOgrs(30, {Linked("ete"), Linked("accommodation"), Linked("ete")}),
       {"needs[2].area:DUPLICATE"}},
      {"dependent accommodation",
       WithOgrs(30, {{"accommodation", "standard", true, true, false}}),
       {"needs[0].dependent:NOT_APPLICABLE"}},
      {"diagnosed drugs",
       WithOgrs(30, {{"drug_misuse", "standard", true, false, true}}),
       {"needs[0].diagnosed:NOT_APPLICABLE"}},
      {"eleven needs", WithOgrs(30, std::vector<Need>(11, Linked("ete"))), {"needs:TOO_MANY"}},
      {"long justification", too_long, {"exceptionalJustification:TOO_LONG"}},
      {"long area", long_area, {"area:TOO_LONG"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Faults(c.input), c.faults) << c.name;
  }
}

TEST(ProposeRar, MissingOgrsSaysWhatIsNeeded) {
  // Issue 4: "a proposal for a person with no OGRS inputs says what is missing".
  auto p = ProposeRar(RarProposalInput{});

  ASSERT_FALSE(p.has_value());
  EXPECT_THAT(p.error().message, HasSubstr("date of birth"));
  EXPECT_THAT(p.error().message, HasSubstr("offence category"));
}

// PROP-5 with the area's catalogue: the days are those of the activity anticipated
// (docs/rules/rar-proposal.md, "The court's area"), kept within the PROP-1 range.
Intervention Offer(const char* code, InterventionKind kind, std::vector<std::string> needs,
                   int days, bool sexual = false) {
  Intervention i;
  i.code = code;
  i.name = std::string("Service ") + code;
  i.kind = kind;
  i.provider = "In-house";
  i.need_areas = std::move(needs);
  i.typical_days = days;
  i.sexual_offending = sexual;
  return i;
}

std::vector<Intervention> Catalogue() {
  using K = InterventionKind;
  return {
      Offer("HOUSING", K::kRarActivity, {"accommodation"}, 4),
      Offer("WORK", K::kRarActivity, {"ete"}, 6),
      Offer("FAMILY", K::kRarActivity, {"relationships"}, 5),
      Offer("DRR", K::kTreatment, {"drug_misuse"}, 6),
      Offer("TSP", K::kAccreditedProgramme, {"attitudes_thinking_behaviour"}, 19),
      Offer("HORIZON", K::kAccreditedProgramme, {"attitudes_thinking_behaviour"}, 31, true),
  };
}

TEST(ProposeRar, Prop5DaysFollowTheAreasInterventions) {
  // accommodation severe -> HOUSING 4; ete -> WORK 6; relationships -> FAMILY 5; finance has no
  // service -> the officer, 1 point x 2 days = 2. Anticipated 4 + 6 + 5 + 2 = 17 days.
  const std::vector<Need> needs = {Linked("accommodation", "severe"), Linked("ete"),
                                   Linked("relationships"), Linked("finance_benefits_debt")};
  struct Case {
    int ogrs;
    int days;  // 17 clamped to the PROP-1 range of the row
    const char* words;
  } cases[] = {
      {60, 17, "within the range"},                // medium, 15-25
      {30, 15, "more than the top of the range"},  // low, 1-15
      {80, 25, "under the bottom of the range"},   // high, 25-60
  };
  for (const auto& c : cases) {
    auto in = WithOgrs(c.ogrs, needs);
    in.area = "Leeds";
    in.catalogue = Catalogue();
    auto p = Propose(in);
    EXPECT_EQ(p.anticipated_days, 17) << c.ogrs;
    EXPECT_EQ(p.proposed_days, c.days) << c.ogrs;
    EXPECT_THAT(AllRationale(p), HasSubstr(c.words)) << c.ogrs;
    ASSERT_EQ(p.activity.size(), 3U) << c.ogrs;
    EXPECT_EQ(p.activity[0].intervention.code, "HOUSING");  // the severe need first
    EXPECT_THAT(p.officer_needs, ElementsAre("finance_benefits_debt"));
    EXPECT_EQ(p.officer_days, 2);
    EXPECT_THAT(AllRationale(p), HasSubstr("Service HOUSING (In-house, one-to-one), available in "
                                           "Leeds, typically 4 days"));
    EXPECT_THAT(AllRationale(p), Not(HasSubstr("Check the days against")));
  }
}

TEST(ProposeRar, Prop5AnEmptyCatalogueLeavesTheOfficer) {
  // 2 + 1 + 1 points x 2 days = 8, under the medium row's 15.
  auto in = WithOgrs(
      60, {Linked("accommodation", "severe"), Linked("ete"), Linked("lifestyle_associates")});
  in.catalogue = std::vector<Intervention>{};
  auto p = Propose(in);
  EXPECT_EQ(p.anticipated_days, 8);
  EXPECT_EQ(p.proposed_days, 15);
  EXPECT_THAT(p.activity, IsEmpty());
}

TEST(ProposeRar, Prop3AndProp4NameTheAreasProgrammesAndTreatment) {
  auto in = WithOgrs(60, {Linked("attitudes_thinking_behaviour"), Linked("drug_misuse")});
  in.area = "Leeds";
  in.catalogue = Catalogue();
  auto p = Propose(in);
  // The thinking need: the general programme, not the sexual offending one (PROP-3).
  ASSERT_EQ(p.programmes.size(), 1U);
  EXPECT_EQ(p.programmes[0].code, "TSP");
  ASSERT_EQ(p.treatments.size(), 1U);  // drug misuse: the DRR provider (RAR-10)
  EXPECT_EQ(p.treatments[0].code, "DRR");
  EXPECT_THAT(AllRationale(p), HasSubstr("Treatment available in Leeds: Service DRR"));
  EXPECT_THAT(AllRationale(p), HasSubstr("Accredited programmes available in Leeds: Service TSP"));

  auto sexual = WithOgrs(60);
  sexual.sexual_offending = true;
  sexual.catalogue = Catalogue();
  auto s = Propose(sexual);
  ASSERT_EQ(s.programmes.size(), 1U);  // PROP-4: the sexual offending programme only
  EXPECT_EQ(s.programmes[0].code, "HORIZON");

  auto none = WithOgrs(60, {Linked("drug_misuse")});
  none.catalogue = std::vector<Intervention>{};
  EXPECT_THAT(AllRationale(Propose(none)), HasSubstr("No treatment service for drug misuse"));
}

TEST(ProposeRar, WithoutACatalogueTheNeedsAloneSetTheDays) {
  auto p = Propose(WithOgrs(60, {Linked("accommodation", "severe"), Linked("ete")}));
  EXPECT_EQ(p.anticipated_days, std::nullopt);
  EXPECT_EQ(p.proposed_days, 18);  // 15 + round(10 x 3 / 10), docs/rules point 3's worked example
  EXPECT_THAT(AllRationale(p), HasSubstr("Check the days against"));
}

}  // namespace
}  // namespace probity::proposal
