#include "domain/risk/ogrs3.h"

#include <string>

#include <gtest/gtest.h>

namespace probity::risk {
namespace {

// Every expected probability and percent below was computed by scripts/ogrs3_reference.py, an
// independent implementation of domain.md (OGRS-1, Part B §1) in 50-digit decimal arithmetic,
// unless a comment names another source. Probabilities are compared to 1e-9.
constexpr double kTolerance = 1e-9;

Date D(const char* text) {
  return *ParseDate(text);
}

Ogrs3Input Input(const char* sex, const char* born, const char* convicted, const char* follow_up,
                 int sanctions, int first_age, const char* offence) {
  Ogrs3Input in;
  in.sex = sex;
  in.date_of_birth = D(born);
  in.conviction_date = D(convicted);
  if (follow_up != nullptr) {
    in.follow_up_start_date = D(follow_up);
  }
  in.sanction_count = sanctions;
  in.age_at_first_sanction = first_age;
  in.offence_category = offence;
  return in;
}

TEST(CalculateOgrs3, Ogrs1WorkedExampleIsNineAndSeventeenPercentLow) {
  // domain.md Part B §1 "Test vector" (ACT fixture ogrs3-input-1-valid.json): male, born
  // 1991-07-17, convicted 2021-08-05, follow-up from 2021-12-12, S=2, first sanction at 21,
  // "Other offence" -> 1-yr 9 %, 2-yr 17 %, band LOW. Unrounded values: reference script.
  auto score =
      CalculateOgrs3(Input("male", "1991-07-17", "2021-08-05", "2021-12-12", 2, 21, "other"));

  ASSERT_TRUE(score.has_value());
  EXPECT_NEAR(score->one_year, 0.088047120103, kTolerance);
  EXPECT_NEAR(score->two_year, 0.165401323903, kTolerance);
  EXPECT_EQ(score->one_year_percent, 9);
  EXPECT_EQ(score->two_year_percent, 17);
  EXPECT_EQ(score->band, OgrsBand::kLow);
}

struct Expected {
  const char* name;
  Ogrs3Input input;
  double one_year;
  double two_year;
  int one_year_percent;
  int two_year_percent;
  OgrsBand band;
};

void ExpectScore(const Expected& c) {
  auto score = CalculateOgrs3(c.input);
  ASSERT_TRUE(score.has_value()) << c.name << ": " << score.error().message;
  EXPECT_NEAR(score->one_year, c.one_year, kTolerance) << c.name;
  EXPECT_NEAR(score->two_year, c.two_year, kTolerance) << c.name;
  EXPECT_EQ(score->one_year_percent, c.one_year_percent) << c.name;
  EXPECT_EQ(score->two_year_percent, c.two_year_percent) << c.name;
  EXPECT_EQ(score->band, c.band) << c.name;
}

TEST(CalculateOgrs3, Ogrs1BandEdgesFromWholeInputs) {
  // Inputs found by searching with the reference script for a two-year percent on each side of
  // each OGRS-1 band edge (49/50, 74/75, 89/90) and at the clamps (0 -> 1, 100 -> 99).
  const Expected cases[] = {
      {"49 low", Input("male", "2002-03-15", "2020-06-01", nullptr, 2, 18, "violence"),
       0.315813225755, 0.486518278368, 32, 49, OgrsBand::kLow},
      {"50 medium", Input("male", "2003-03-15", "2020-06-01", nullptr, 2, 12, "violence"),
       0.328083601544, 0.500568632990, 33, 50, OgrsBand::kMedium},
      {"74 medium", Input("male", "2004-03-15", "2020-06-01", nullptr, 5, 10, "violence"),
       0.586321399823, 0.744200919862, 59, 74, OgrsBand::kMedium},
      {"75 high", Input("male", "2010-03-15", "2020-06-01", nullptr, 3, 10, "violence"),
       0.588872315710, 0.746199704472, 59, 75, OgrsBand::kHigh},
      {"89 high", Input("male", "2003-03-15", "2020-06-01", nullptr, 8, 16, "violence"),
       0.803070414399, 0.893284258214, 80, 89, OgrsBand::kHigh},
      {"90 very high", Input("male", "2008-03-15", "2020-06-01", nullptr, 8, 10, "violence"),
       0.808803529978, 0.896728758918, 81, 90, OgrsBand::kVeryHigh},
      // p2 = 0.00385 -> 0 % -> reported as 1 %.
      {"clamped to 1",
       Input("female", "1920-03-15", "2020-06-01", nullptr, 2, 10, "drug_import_export_production"),
       0.001880772343, 0.003852971401, 1, 1, OgrsBand::kLow},
      // p2 = 0.99595 -> 100 % -> reported as 99 %.
      {"clamped to 99", Input("female", "2010-03-15", "2020-06-01", nullptr, 30, 10, "soliciting"),
       0.991720968612, 0.995949498319, 99, 99, OgrsBand::kVeryHigh},
  };
  for (const auto& c : cases) {
    ExpectScore(c);
  }
}

TEST(CalculateOgrs3, Ogrs1MixedCases) {
  const Expected cases[] = {
      // First sanction (S = 1: first-sanction parameter 0.12614, Copas ln(1/10)), female.
      {"first sanction",
       Input("female", "1985-11-30", "2023-04-12", nullptr, 1, 37, "theft_non_motor"),
       0.107857952273, 0.198822466880, 11, 20, OgrsBand::kLow},
      // Follow-up starts later than conviction; ages at both are 23.
      {"female repeat",
       Input("female", "1999-01-01", "2022-09-30", "2023-01-15", 6, 14, "fraud_forgery"),
       0.390521561795, 0.568079446349, 39, 57, OgrsBand::kMedium},
      {"older male",
       Input("male", "1975-05-05", "2024-01-10", "2024-02-01", 15, 17, "drink_driving"),
       0.266293790031, 0.426934719867, 27, 43, OgrsBand::kLow},
  };
  for (const auto& c : cases) {
    ExpectScore(c);
  }
}

TEST(CalculateOgrs3, Ogrs1AgeSexParameterUsesAgeAtStartOfFollowUp) {
  // Born 29 February 2000, convicted at 17; follow-up starts on 28 February 2018 (still 17,
  // male 16-17 parameter -0.0616) or on 1 March 2018 (18: parameter -0.6251). The Copas term
  // uses the age at conviction (17) in both.
  const Expected cases[] = {
      {"17 at follow-up",
       Input("male", "2000-02-29", "2017-06-01", "2018-02-28", 3, 15, "burglary_domestic"),
       0.486428184336, 0.660346652958, 49, 66, OgrsBand::kMedium},
      {"18 at follow-up",
       Input("male", "2000-02-29", "2017-06-01", "2018-03-01", 3, 15, "burglary_domestic"),
       0.350281835492, 0.525313190252, 35, 53, OgrsBand::kMedium},
  };
  for (const auto& c : cases) {
    ExpectScore(c);
  }
}

TEST(CalculateOgrs3, Ogrs1EveryOffenceCategoryParameter) {
  // Male aged 30 at conviction and follow-up, S = 3, first sanction at 18: only the offence
  // parameter differs between rows.
  struct Case {
    const char* category;
    double one_year;
    double two_year;
    int one_year_percent;
    int two_year_percent;
  } categories[] = {
      {"violence", 0.124210372792, 0.225480487552, 12, 23},
      {"robbery", 0.069918026001, 0.133679564948, 7, 13},
      {"public_order", 0.145387044067, 0.258820276955, 15, 26},
      {"sexual_child", 0.068718110728, 0.131540149957, 7, 13},
      {"sexual_not_child", 0.127822627962, 0.231260171478, 13, 23},
      {"soliciting", 0.232803318493, 0.383809643220, 23, 38},
      {"burglary_domestic", 0.111347608952, 0.204580317702, 11, 20},
      {"burglary_other", 0.152833361500, 0.270239217521, 15, 27},
      {"theft_non_motor", 0.215523066559, 0.360588863245, 22, 36},
      {"handling", 0.167807090483, 0.292740885867, 17, 29},
      {"fraud_forgery", 0.142674820498, 0.254622408458, 14, 25},
      {"absconding_bail", 0.227980584860, 0.377397508724, 23, 38},
      {"taking_driving_away", 0.171782134596, 0.298613451322, 17, 30},
      {"theft_from_vehicles", 0.178587135391, 0.308570846408, 18, 31},
      {"other_motoring", 0.155651048239, 0.274520031679, 16, 27},
      {"drink_driving", 0.111595222709, 0.204987436196, 11, 20},
      {"criminal_damage", 0.148280786604, 0.263276231135, 15, 26},
      {"drug_import_export_production", 0.060157327979, 0.116129026129, 6, 12},
      {"drug_possession_supply", 0.132854846846, 0.239247548487, 13, 24},
      {"other", 0.117756493173, 0.215056791821, 12, 22},
  };
  for (const auto& c : categories) {
    auto score =
        CalculateOgrs3(Input("male", "1990-03-15", "2020-06-01", nullptr, 3, 18, c.category));

    ASSERT_TRUE(score.has_value()) << c.category;
    EXPECT_NEAR(score->one_year, c.one_year, kTolerance) << c.category;
    EXPECT_NEAR(score->two_year, c.two_year, kTolerance) << c.category;
    EXPECT_EQ(score->one_year_percent, c.one_year_percent) << c.category;
    EXPECT_EQ(score->two_year_percent, c.two_year_percent) << c.category;
  }
}

TEST(CalculateOgrs3, Ogrs1EveryAgeSexParameterAtEachBandEdge) {
  // Violence, S = 2, first sanction at 10, convicted on 2020-06-01 aged `age` (born 15 March):
  // the youngest and oldest age of every age band of Part B §1, for both sexes.
  struct Case {
    const char* sex;
    int age;
    double one_year;
    double two_year;
    int one_year_percent;
    int two_year_percent;
  } ages[] = {
      {"male", 10, 0.463072372146, 0.639030804982, 46, 64},
      {"male", 11, 0.433588619123, 0.611094580484, 43, 61},
      {"male", 12, 0.427473651072, 0.605150830954, 43, 61},
      {"male", 13, 0.403161546171, 0.580988077164, 40, 58},
      {"male", 14, 0.379147762813, 0.556254048506, 38, 56},
      {"male", 15, 0.359050996279, 0.534856999175, 36, 53},
      {"male", 16, 0.310536801992, 0.480392335042, 31, 48},
      {"male", 17, 0.294534945945, 0.461496487000, 29, 46},
      {"male", 18, 0.181165410460, 0.312312203039, 18, 31},
      {"male", 20, 0.162425570513, 0.284723578565, 16, 28},
      {"male", 21, 0.106430434746, 0.196456133345, 11, 20},
      {"male", 24, 0.091554838177, 0.171411520538, 9, 17},
      {"male", 25, 0.078632808492, 0.149068002568, 8, 15},
      {"male", 29, 0.066188933125, 0.127014149045, 7, 13},
      {"male", 30, 0.054760160226, 0.106278065989, 5, 11},
      {"male", 34, 0.047197357796, 0.092294965490, 5, 9},
      {"male", 35, 0.043799853945, 0.085943933321, 4, 9},
      {"male", 39, 0.038467118684, 0.075887281960, 4, 8},
      {"male", 40, 0.032859573764, 0.065194671535, 3, 7},
      {"male", 49, 0.025680585540, 0.051326188090, 3, 5},
      {"male", 50, 0.014966225181, 0.030244198084, 1, 3},
      {"male", 70, 0.009874783141, 0.020061110607, 1, 2},
      {"female", 10, 0.654079526057, 0.795134894616, 65, 80},
      {"female", 11, 0.626627472502, 0.775026667737, 63, 78},
      {"female", 12, 0.559162522454, 0.722501484866, 56, 72},
      {"female", 13, 0.534351016288, 0.701983461310, 53, 70},
      {"female", 14, 0.525122051546, 0.694175392141, 53, 69},
      {"female", 15, 0.503563572894, 0.675549737003, 50, 68},
      {"female", 16, 0.155091784421, 0.273672097953, 16, 27},
      {"female", 17, 0.145410609496, 0.258856659464, 15, 26},
      {"female", 18, 0.144195540884, 0.256978680255, 14, 26},
      {"female", 20, 0.128678916828, 0.232624575723, 13, 23},
      {"female", 21, 0.108637686647, 0.200112303538, 11, 20},
      {"female", 24, 0.093485862198, 0.174702931453, 9, 17},
      {"female", 25, 0.087291009091, 0.164100462150, 9, 16},
      {"female", 29, 0.073586379744, 0.140189027386, 7, 14},
      {"female", 30, 0.065891954302, 0.126481222520, 7, 13},
      {"female", 34, 0.056884284401, 0.110167640072, 6, 11},
      {"female", 35, 0.041597141214, 0.081803096191, 4, 8},
      {"female", 39, 0.036522347987, 0.072192712153, 4, 7},
      {"female", 40, 0.032074290054, 0.063687524759, 3, 6},
      {"female", 49, 0.025062420600, 0.050122457580, 3, 5},
      {"female", 50, 0.009840301197, 0.019991777028, 1, 2},
      {"female", 70, 0.006481201544, 0.013213599136, 1, 1},
  };
  for (const auto& c : ages) {
    std::string born = std::to_string(2020 - c.age) + "-03-15";
    auto score =
        CalculateOgrs3(Input(c.sex, born.c_str(), "2020-06-01", nullptr, 2, 10, "violence"));

    ASSERT_TRUE(score.has_value()) << c.sex << " " << c.age;
    EXPECT_NEAR(score->one_year, c.one_year, kTolerance) << c.sex << " " << c.age;
    EXPECT_NEAR(score->two_year, c.two_year, kTolerance) << c.sex << " " << c.age;
    EXPECT_EQ(score->one_year_percent, c.one_year_percent) << c.sex << " " << c.age;
    EXPECT_EQ(score->two_year_percent, c.two_year_percent) << c.sex << " " << c.age;
  }
}

TEST(CalculateOgrs3, FollowUpDefaultsToConvictionDate) {
  auto without = CalculateOgrs3(Input("male", "1991-07-17", "2021-08-05", nullptr, 2, 21, "other"));
  auto with =
      CalculateOgrs3(Input("male", "1991-07-17", "2021-08-05", "2021-08-05", 2, 21, "other"));

  ASSERT_TRUE(without.has_value());
  ASSERT_TRUE(with.has_value());
  EXPECT_EQ(without->two_year, with->two_year);
}

TEST(OgrsPercent, Ogrs1RoundsToFiveDecimalsThenHalfUpThenClamps) {
  // Hand-worked from OGRS-1: "5 decimal places, then x100 half-up, clamped to 1..99".
  struct Case {
    double probability;
    int percent;
  } cases[] = {
      {0.174996, 18},        // 0.17500 -> 17.5 -> 18 (one rounding of 17.4996 would give 17)
      {0.174994, 17},        // 0.17499 -> 17.499 -> 17
      {0.165401323903, 17},  // the worked example's two-year probability
      {0.0049, 1},           // 0.49 -> 0 -> 1
      {0.00001, 1},          // 0.001 -> 0 -> 1
      {0.015, 2},            // 1.5 -> 2
      {0.985, 99},           // 98.5 -> 99
      {0.99499, 99},         // 99.499 -> 99
      {0.995, 99},           // 99.5 -> 100 -> 99
      {0.999999, 99},        // 1.00000 -> 100 -> 99
  };
  for (const auto& c : cases) {
    EXPECT_EQ(OgrsPercent(c.probability), c.percent) << c.probability;
  }
}

TEST(BandForOgrs, Ogrs1BandsOnTheTwoYearPercent) {
  // OGRS-1: under 50 low, 50-74 medium, 75-89 high, 90 and over very high.
  struct Case {
    int percent;
    OgrsBand band;
  } cases[] = {
      {1, OgrsBand::kLow},       {49, OgrsBand::kLow},      {50, OgrsBand::kMedium},
      {74, OgrsBand::kMedium},   {75, OgrsBand::kHigh},     {89, OgrsBand::kHigh},
      {90, OgrsBand::kVeryHigh}, {99, OgrsBand::kVeryHigh},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(BandForOgrs(c.percent), c.band) << c.percent;
  }
  EXPECT_STREQ(OgrsBandCode(OgrsBand::kVeryHigh), "very high");
}

// The field errors of a refused input, as "field:CODE" strings in order.
std::vector<std::string> Faults(const Ogrs3Input& input) {
  auto score = CalculateOgrs3(input);
  std::vector<std::string> out;
  if (score.has_value()) {
    return out;
  }
  EXPECT_EQ(score.error().code, ErrorCode::kInvalidArgument);
  for (const auto& f : score.error().fields) {
    EXPECT_FALSE(f.message.empty());
    out.push_back(f.field + ":" + f.error);
  }
  return out;
}

using FaultList = std::vector<std::string>;

TEST(CalculateOgrs3, Ogrs1RefusesInputsOutsideThePublishedDomain) {
  const char* born = "1991-07-17";
  const char* convicted = "2021-08-05";
  struct Case {
    const char* name;
    Ogrs3Input input;
    FaultList faults;
  } cases[] = {
      {"unknown sex",
       Input("unknown", born, convicted, nullptr, 2, 21, "other"),
       {"sex:UNKNOWN_CODE"}},
      {"capitalised sex",
       Input("Male", born, convicted, nullptr, 2, 21, "other"),
       {"sex:UNKNOWN_CODE"}},
      {"born after conviction",
       Input("male", "2022-01-01", convicted, nullptr, 1, 10, "other"),
       {"dateOfBirth:DATE_ORDER"}},
      {"9 at conviction",
       Input("male", "2012-08-06", convicted, nullptr, 1, 10, "other"),
       {"dateOfBirth:AGE_UNDER_10", "convictionDate:AGE_UNDER_10"}},
      {"follow-up before conviction",
       Input("male", born, convicted, "2021-08-04", 2, 21, "other"),
       {"followUpStartDate:DATE_ORDER"}},
      {"no sanctions",
       Input("male", born, convicted, nullptr, 0, 21, "other"),
       {"sanctionCount:OUT_OF_RANGE"}},
      {"negative sanctions",
       Input("male", born, convicted, nullptr, -3, 21, "other"),
       {"sanctionCount:OUT_OF_RANGE"}},
      {"first sanction at 9",
       Input("male", born, convicted, nullptr, 2, 9, "other"),
       {"ageAtFirstSanction:OUT_OF_RANGE"}},
      {"first sanction after conviction",
       Input("male", born, convicted, nullptr, 2, 31, "other"),
       {"ageAtFirstSanction:AFTER_AGE_AT_CONVICTION"}},
      {"unknown category",
       Input("male", born, convicted, nullptr, 2, 21, "arson"),
       {"offenceCategory:UNKNOWN_CODE"}},
      {"empty category",
       Input("male", born, convicted, nullptr, 2, 21, ""),
       {"offenceCategory:UNKNOWN_CODE"}},
      {"everything wrong at once",
       Input("x", born, convicted, "2020-01-01", 0, 5, "y"),
       {"sex:UNKNOWN_CODE", "followUpStartDate:DATE_ORDER", "sanctionCount:OUT_OF_RANGE",
        "ageAtFirstSanction:OUT_OF_RANGE", "offenceCategory:UNKNOWN_CODE"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Faults(c.input), c.faults) << c.name;
  }
}

TEST(CalculateOgrs3, Ogrs1AcceptsTheEdgesOfThePublishedDomain) {
  // Exactly 10 at conviction; first sanction at the age at conviction (denominator 10); the
  // follow-up starting on the conviction date.
  EXPECT_TRUE(
      CalculateOgrs3(Input("male", "2011-08-05", "2021-08-05", "2021-08-05", 1, 10, "other"))
          .has_value());
  EXPECT_TRUE(CalculateOgrs3(Input("male", "1991-07-17", "2021-08-05", nullptr, 2, 30, "other"))
                  .has_value());
}

TEST(CalculateOgrs3, Ogrs1AgeInWholeYearsAcrossA29FebruaryBirthday) {
  // Born 29 February 2004: still 9 on 28 February 2014, 10 on 1 March 2014 (core/date.h).
  EXPECT_EQ(Faults(Input("female", "2004-02-29", "2014-02-28", nullptr, 1, 10, "criminal_damage")),
            (FaultList{"dateOfBirth:AGE_UNDER_10", "convictionDate:AGE_UNDER_10"}));

  auto score = CalculateOgrs3(
      Input("female", "2004-02-29", "2014-03-01", nullptr, 1, 10, "criminal_damage"));

  ASSERT_TRUE(score.has_value());
  EXPECT_NEAR(score->two_year, 0.588321227814, kTolerance);
  EXPECT_EQ(score->one_year_percent, 41);
  EXPECT_EQ(score->two_year_percent, 59);
}

TEST(CalculateOgrs3, Ogrs1AgeAtConvictionTurnsOnTheBirthday) {
  // Born 1 June 2000: 9 on 31 May 2010, 10 on 1 June 2010.
  EXPECT_EQ(Faults(Input("male", "2000-06-01", "2010-05-31", nullptr, 1, 10, "other")),
            (FaultList{"dateOfBirth:AGE_UNDER_10", "convictionDate:AGE_UNDER_10"}));
  EXPECT_TRUE(Faults(Input("male", "2000-06-01", "2010-06-01", nullptr, 1, 10, "other")).empty());
}

}  // namespace
}  // namespace probity::risk
