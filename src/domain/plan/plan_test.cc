#include "domain/plan/plan.h"

#include <climits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace probity::plan {
namespace {

using need::NeedArea;

Date D(const char* iso) {
  return *ParseDate(iso);
}

// An agreed plan that breaks no rule: three needs (accommodation most strongly linked), two
// objectives and three activities of 4 + 8 + 6 = 18 RAR days, for an order of 20.
Plan MakePlan() {
  Plan plan;
  plan.version = 1;
  plan.status = PlanStatus::kAgreed;
  plan.agreed_on = D("2026-03-02");
  plan.review_on = D("2026-07-02");
  plan.needs = {
      {NeedArea::kAccommodation, OffendingLink::kStronglyLinked, false, "Sofa surfing", ""},
      {NeedArea::kEte, OffendingLink::kLinked, false, "", ""},
      {NeedArea::kAttitudesThinkingBehaviour, OffendingLink::kLinked, false, "", ""},
  };
  plan.objectives = {
      {"Find settled accommodation", "A tenancy in his own name", {NeedArea::kAccommodation}},
      {"Get into work",
       "A CV and three applications",
       {NeedArea::kEte, NeedArea::kAttitudesThinkingBehaviour}},
  };
  plan.activities = {
      {"Housing advice", NeedArea::kAccommodation, Deliverer::kProvider, "Shelter",
       SessionFormat::kOneToOne, 4, D("2026-03-09")},
      {"Thinking skills", NeedArea::kAttitudesThinkingBehaviour, Deliverer::kInHouseSpecialist, "",
       SessionFormat::kGroup, 8, std::nullopt},
      {"CV and job search", NeedArea::kEte, Deliverer::kResponsibleOfficer, "",
       SessionFormat::kOneToOne, 6, std::nullopt},
  };
  return plan;
}

constexpr int kOrdered = 20;

std::vector<std::string> Fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> fields;
  fields.reserve(errors.size());
  for (const auto& e : errors) {
    fields.push_back(e.field + " " + e.error);
  }
  return fields;
}

std::vector<std::string> Fields(const std::vector<Warning>& warnings) {
  std::vector<std::string> fields;
  fields.reserve(warnings.size());
  for (const auto& w : warnings) {
    fields.push_back(w.field + " " + w.code);
  }
  return fields;
}

TEST(CheckPlan, AcceptsAPlanThatKeepsEveryRule) {
  PlanCheck check = CheckPlan(MakePlan(), kOrdered);

  EXPECT_TRUE(check.ok()) << ::testing::PrintToString(Fields(check.errors));
  EXPECT_TRUE(check.warnings.empty()) << ::testing::PrintToString(Fields(check.warnings));
  EXPECT_EQ(check.ordered, 20);
  EXPECT_EQ(check.planned, 18);
  EXPECT_EQ(check.remaining, 2);
  EXPECT_TRUE(AsStatus(check).has_value());
}

TEST(CheckPlan, Rar8PlannedDaysNeverExceedTheDaysOrdered) {
  struct Case {
    const char* why;  // RAR-8: "the plan's total can never exceed the maximum days"
    std::vector<int> days;
    int ordered;
    int planned;
    int remaining;
    bool refused;
  } cases[] = {
      {"RAR-8 under the maximum: 4+8+6 = 18 of 20", {4, 8, 6}, 20, 18, 2, false},
      {"RAR-8 exactly the maximum is allowed: 4+8+8 = 20 of 20", {4, 8, 8}, 20, 20, 0, false},
      {"RAR-8 one over: 4+8+9 = 21 of 20", {4, 8, 9}, 20, 21, 0, true},
      {"RAR-1 a RAR of 1 day (the minimum) with 1 day planned", {1, 0, 0}, 1, 1, 0, false},
      {"RAR-8 absurd days are summed without overflow",
       {INT_MAX, INT_MAX, 1},
       20,
       INT_MAX,
       0,
       true},
  };
  for (const auto& c : cases) {
    Plan plan = MakePlan();
    for (std::size_t i = 0; i < plan.activities.size(); ++i) {
      plan.activities[i].rar_days = c.days[i];
    }

    PlanCheck check = CheckPlan(plan, c.ordered);

    EXPECT_EQ(check.planned, c.planned) << c.why;
    EXPECT_EQ(check.remaining, c.remaining) << c.why;
    bool over = false;
    for (const auto& e : check.errors) {
      over = over || (e.field == "activities" && e.error == "EXCEEDS_RAR_DAYS_ORDERED");
    }
    EXPECT_EQ(over, c.refused) << c.why;
  }
}

TEST(CheckPlan, Rar8OverBudgetMessageSaysPlannedAndOrdered) {
  Plan plan = MakePlan();
  plan.activities[1].rar_days = 12;  // 4 + 12 + 6 = 22

  PlanCheck check = CheckPlan(plan, 20);

  ASSERT_EQ(check.errors.size(), 1U);
  EXPECT_EQ(check.errors[0].message,
            "The plan has 22 RAR days of activities; the court ordered at most 20.");
  Status status = AsStatus(check);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.error().message, check.errors[0].message);
  EXPECT_EQ(status.error().fields.size(), 1U);
}

TEST(CheckPlan, RefusesEachBadPartWithItsField) {
  struct Case {
    const char* why;  // the rule behind the refusal
    void (*change)(Plan&);
    const char* field;
    const char* error;
  } cases[] = {
      // RAR-2: a RAR activity must "address an identified need"; issue 3: "a plan activity with
      // no need" is refused.
      {"RAR-2 activity with no need", [](Plan& p) { p.activities[2].need.reset(); },
       "activities[2].need", "REQUIRED"},
      {"RAR-2 activity for a need the plan does not identify",
       [](Plan& p) { p.activities[0].need = NeedArea::kFinanceBenefitsDebt; }, "activities[0].need",
       "NOT_IN_PLAN"},
      // RAR-3: a RAR day is a calendar date, so an activity plans whole days, at least one.
      {"RAR-3 zero days", [](Plan& p) { p.activities[2].rar_days = 0; }, "activities[2].rarDays",
       "OUT_OF_RANGE"},
      {"RAR-3 negative days", [](Plan& p) { p.activities[1].rar_days = -3; },
       "activities[1].rarDays", "OUT_OF_RANGE"},
      // RAR-2: a third-party provider may deliver; the plan names which.
      {"RAR-2 provider without a name", [](Plan& p) { p.activities[0].provider = "  "; },
       "activities[0].provider", "REQUIRED"},
      // RAR-2: activities are pre-planned and structured, so each is described.
      {"RAR-2 activity not described", [](Plan& p) { p.activities[1].description.clear(); },
       "activities[1].description", "REQUIRED"},
      // RAR-10: each need area once; the link to offending is per area.
      {"RAR-10 duplicate need area",
       [](Plan& p) {
         p.needs.push_back({NeedArea::kEte, OffendingLink::kLinked, false, "", ""});
       },
       "needs[3].area", "DUPLICATE"},
      // RAR-2: with no identified need there is nothing for an activity to address.
      {"RAR-2 plan with no needs",
       [](Plan& p) {
         p.status = PlanStatus::kDraft;  // a draft: an agreed plan would also want objectives
         p.needs.clear();
         p.objectives.clear();
         p.activities.clear();
       },
       "needs", "REQUIRED"},
      // RAR-9: outcomes are recorded against "the objectives agreed in the plan".
      {"RAR-9 objective without an agreed outcome", [](Plan& p) { p.objectives[1].outcome = ""; },
       "objectives[1].outcome", "REQUIRED"},
      {"RAR-9 objective without a description", [](Plan& p) { p.objectives[0].description = "\t"; },
       "objectives[0].description", "REQUIRED"},
      {"RAR-2 objective linked to no need", [](Plan& p) { p.objectives[0].needs.clear(); },
       "objectives[0].needs", "REQUIRED"},
      {"RAR-2 objective linked to a need not in the plan",
       [](Plan& p) { p.objectives[1].needs[1] = NeedArea::kWomenSpecific; },
       "objectives[1].needs[1]", "NOT_IN_PLAN"},
      // RAR-9: completion is against the agreed objectives, so an agreed plan has some.
      {"RAR-9 agreed plan with no objectives", [](Plan& p) { p.objectives.clear(); }, "objectives",
       "REQUIRED"},
      // RAR-9: a reason that no suitable activity exists contradicts a planned activity.
      {"RAR-9 no-activity reason beside an activity",
       [](Plan& p) { p.needs[1].no_activity_reason = "No ETE provider locally"; },
       "needs[1].noActivityReason", "ACTIVITY_PLANNED"},
      // TIME-5: an agreed plan carries its agreed and review dates, review after agreement.
      {"TIME-5 agreed plan without its date", [](Plan& p) { p.agreed_on.reset(); }, "agreedOn",
       "REQUIRED"},
      {"TIME-5 agreed plan without a review date", [](Plan& p) { p.review_on.reset(); }, "reviewOn",
       "REQUIRED"},
      {"TIME-5 review on the day of agreement", [](Plan& p) { p.review_on = p.agreed_on; },
       "reviewOn", "OUT_OF_RANGE"},
      {"RAR-8 versions start at 1", [](Plan& p) { p.version = 0; }, "version", "OUT_OF_RANGE"},
  };
  for (const auto& c : cases) {
    Plan plan = MakePlan();
    c.change(plan);

    PlanCheck check = CheckPlan(plan, kOrdered);

    ASSERT_EQ(check.errors.size(), 1U)
        << c.why << ": " << ::testing::PrintToString(Fields(check.errors));
    EXPECT_EQ(check.errors[0].field, c.field) << c.why;
    EXPECT_EQ(check.errors[0].error, c.error) << c.why;
    EXPECT_FALSE(check.errors[0].message.empty()) << c.why;
    EXPECT_FALSE(AsStatus(check).has_value()) << c.why;
  }
}

TEST(CheckPlan, ReportsEveryErrorAtOnce) {
  Plan plan = MakePlan();
  plan.activities[0].need.reset();
  plan.activities[2].rar_days = 0;
  plan.objectives[1].outcome.clear();

  PlanCheck check = CheckPlan(plan, kOrdered);

  EXPECT_EQ(Fields(check.errors), (std::vector<std::string>{"objectives[1].outcome REQUIRED",
                                                            "activities[0].need REQUIRED",
                                                            "activities[2].rarDays OUT_OF_RANGE"}));
  Status status = AsStatus(check);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().fields.size(), 3U);
}

TEST(CheckPlan, DraftNeedsNoDatesOrObjectives) {
  Plan plan = MakePlan();
  plan.status = PlanStatus::kDraft;
  plan.agreed_on.reset();
  plan.review_on.reset();
  plan.objectives.clear();

  PlanCheck check = CheckPlan(plan, kOrdered);

  EXPECT_TRUE(check.ok()) << ::testing::PrintToString(Fields(check.errors));
}

TEST(CheckPlan, WarnsWithoutRefusing) {
  struct Case {
    const char* why;
    void (*change)(Plan&);
    std::vector<std::string> warnings;  // "field CODE", in the order given
  } cases[] = {
      // Issue 3 part 2: warn "when no planned activity addresses the need most linked to
      // offending"; RAR-9: a need without activity needs a recorded reason.
      {"part 2 most-linked need without activity",
       [](Plan& p) { p.activities.erase(p.activities.begin()); },
       {"needs[0] NO_ACTIVITY_FOR_MOST_LINKED_NEED",
        "needs[0].noActivityReason NO_ACTIVITY_AND_NO_REASON"}},
      // RAR-9: "If no suitable activity exists for a need, that must be recorded with reasons";
      // the reason answers RAR-9 but the most-linked need is still unaddressed (part 2).
      {"RAR-9 reason recorded for the most-linked need",
       [](Plan& p) {
         p.activities.erase(p.activities.begin());
         p.needs[0].no_activity_reason = "Waiting list closed";
       },
       {"needs[0] NO_ACTIVITY_FOR_MOST_LINKED_NEED"}},
      {"RAR-9 a less-linked need without activity or reason",
       [](Plan& p) { p.activities.pop_back(); },
       {"needs[1].noActivityReason NO_ACTIVITY_AND_NO_REASON"}},
      {"RAR-9 a less-linked need without activity, reason recorded",
       [](Plan& p) {
         p.activities.pop_back();
         p.needs[1].no_activity_reason = "In full-time work already";
       },
       {}},
      // Part 2: with two needs equally most linked, each must be addressed.
      {"part 2 ties for most linked",
       [](Plan& p) {
         p.needs[1].link = OffendingLink::kStronglyLinked;
         p.activities.pop_back();
       },
       {"needs[1] NO_ACTIVITY_FOR_MOST_LINKED_NEED",
        "needs[1].noActivityReason NO_ACTIVITY_AND_NO_REASON"}},
      // Part 2: when no need is linked to offending there is no "most linked" need.
      {"part 2 nothing linked",
       [](Plan& p) {
         for (Need& n : p.needs) {
           n.link = OffendingLink::kNotLinked;
         }
         p.activities.erase(p.activities.begin());
         p.needs[0].no_activity_reason = "Housed last week";
       },
       {}},
      // RAR-10: "non-dependent alcohol misuse (dependent → alcohol treatment requirement)".
      {"RAR-10 dependent alcohol misuse",
       [](Plan& p) {
         p.needs.push_back({NeedArea::kAlcoholMisuse, OffendingLink::kLinked, true, "", ""});
         p.activities.push_back({"Alcohol awareness", NeedArea::kAlcoholMisuse,
                                 Deliverer::kResponsibleOfficer, "", SessionFormat::kOneToOne, 1,
                                 std::nullopt});
       },
       {"needs[3].area PREFER_TREATMENT_REQUIREMENT"}},
      {"RAR-10 non-dependent alcohol misuse belongs in the RAR",
       [](Plan& p) {
         p.needs.push_back({NeedArea::kAlcoholMisuse, OffendingLink::kLinked, false, "", ""});
         p.activities.push_back({"Alcohol awareness", NeedArea::kAlcoholMisuse,
                                 Deliverer::kResponsibleOfficer, "", SessionFormat::kOneToOne, 1,
                                 std::nullopt});
       },
       {}},
      // RAR-10: "drug misuse (→ drug rehabilitation requirement)", with no qualifier.
      {"RAR-10 drug misuse",
       [](Plan& p) {
         p.needs.push_back({NeedArea::kDrugMisuse, OffendingLink::kLinked, false, "", "On a DRR"});
       },
       {"needs[3].area PREFER_TREATMENT_REQUIREMENT"}},
      // RAR-10: "emotional management (diagnosed conditions → mental health treatment ...)".
      {"RAR-10 diagnosed emotional condition",
       [](Plan& p) {
         p.needs.push_back(
             {NeedArea::kEmotionalManagement, OffendingLink::kLinked, true, "", "Under MHTR"});
       },
       {"needs[3].area PREFER_TREATMENT_REQUIREMENT"}},
      {"RAR-10 emotional management without a diagnosis belongs in the RAR",
       [](Plan& p) {
         p.needs.push_back(
             {NeedArea::kEmotionalManagement, OffendingLink::kLinked, false, "", "Later"});
       },
       {}},
      {"RAR-10 the dependency flag means nothing for accommodation",
       [](Plan& p) { p.needs[0].dependent_or_diagnosed = true; },
       {}},
      // TIME-5: reviewed at least every 4 months; 2 Mar + 4 months = 2 Jul.
      {"TIME-5 review a day after 4 months",
       [](Plan& p) { p.review_on = D("2026-07-03"); },
       {"reviewOn REVIEW_AFTER_FOUR_MONTHS"}},
  };
  for (const auto& c : cases) {
    Plan plan = MakePlan();
    c.change(plan);

    PlanCheck check = CheckPlan(plan, kOrdered);

    EXPECT_TRUE(check.ok()) << c.why << ": " << ::testing::PrintToString(Fields(check.errors));
    EXPECT_EQ(Fields(check.warnings), c.warnings) << c.why;
  }
}

TEST(CheckPlan, Rar10WarningNamesTheTreatmentRequirement) {
  Plan plan = MakePlan();
  plan.needs.push_back({NeedArea::kDrugMisuse, OffendingLink::kLinked, false, "", "On a DRR"});

  PlanCheck check = CheckPlan(plan, kOrdered);

  ASSERT_EQ(check.warnings.size(), 1U);
  // RAR-10: "drug misuse (→ drug rehabilitation requirement)".
  EXPECT_EQ(check.warnings[0].message,
            "Drug misuse belongs in a treatment requirement (Drug rehabilitation), not the RAR "
            "(RAR-10).");
}

TEST(CheckPlan, Time5FourMonthsFromMonthEndIsTheLastDayOfTheMonth) {
  Plan plan = MakePlan();
  plan.agreed_on = D("2026-10-31");
  plan.review_on = D("2027-02-28");  // 31 Oct + 4 months: no 31 Feb, so 28 Feb

  EXPECT_TRUE(CheckPlan(plan, kOrdered).warnings.empty());
  plan.review_on = D("2027-03-01");
  EXPECT_EQ(Fields(CheckPlan(plan, kOrdered).warnings),
            std::vector<std::string>{"reviewOn REVIEW_AFTER_FOUR_MONTHS"});
}

TEST(CheckActivityDates, Rar1ActivitiesStartWithinTheRelevantPeriod) {
  // RAR-1: the relevant period is the order's; MakePlan's housing advice starts 9 Mar 2026.
  Plan plan = MakePlan();
  plan.activities[1].planned_start = D("2027-03-01");

  auto inside = CheckActivityDates(plan, D("2026-03-09"), D("2027-03-01"));
  auto outside = CheckActivityDates(plan, D("2026-03-10"), D("2027-02-28"));

  EXPECT_TRUE(inside.empty());  // both ends of the period are inside it
  EXPECT_EQ(Fields(outside),
            (std::vector<std::string>{"activities[0].plannedStart OUTSIDE_ORDER",
                                      "activities[1].plannedStart OUTSIDE_ORDER"}));
  EXPECT_NE(outside[0].message.find("2026-03-09 is outside it"), std::string::npos);
}

TEST(AgreePlan, AgreesADraftOnTheDayWithAReviewFourMonthsOn) {
  Plan draft = MakePlan();
  draft.status = PlanStatus::kDraft;
  draft.agreed_on.reset();
  draft.review_on.reset();

  Result<Plan> agreed = AgreePlan(draft, kOrdered, D("2026-04-15"));

  ASSERT_TRUE(agreed.has_value()) << agreed.error().message;
  EXPECT_EQ(agreed->status, PlanStatus::kAgreed);
  EXPECT_EQ(agreed->agreed_on, D("2026-04-15"));
  EXPECT_EQ(agreed->review_on, D("2026-08-15"));  // TIME-5: 4 months
  EXPECT_EQ(agreed->version, 1);
}

TEST(AgreePlan, KeepsAnEarlierReviewDate) {
  Plan draft = MakePlan();
  draft.status = PlanStatus::kDraft;
  draft.review_on = D("2026-06-01");

  Result<Plan> agreed = AgreePlan(draft, kOrdered, D("2026-04-15"));

  ASSERT_TRUE(agreed.has_value()) << agreed.error().message;
  EXPECT_EQ(agreed->review_on, D("2026-06-01"));
}

TEST(AgreePlan, RefusesAnAgreedPlanAndAPlanWithErrors) {
  Result<Plan> again = AgreePlan(MakePlan(), kOrdered, D("2026-04-15"));
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);

  Plan draft = MakePlan();
  draft.status = PlanStatus::kDraft;
  draft.objectives.clear();  // RAR-9: nothing to complete against
  Result<Plan> empty = AgreePlan(draft, kOrdered, D("2026-04-15"));
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(empty.error().fields.size(), 1U);
  EXPECT_EQ(empty.error().fields[0].field, "objectives");
}

TEST(AmendPlan, Rar8AmendsAnAgreedPlanAsTheNextDraftVersion) {
  Plan current = MakePlan();
  current.version = 3;
  Plan amended = current;
  // RAR-8: "amend the number and type of planned activities": one more, 18 + 2 = 20 of 20.
  amended.activities.push_back({"Budgeting", NeedArea::kAccommodation,
                                Deliverer::kResponsibleOfficer, "", SessionFormat::kOneToOne, 2,
                                std::nullopt});

  Result<Plan> next = AmendPlan(current, amended, kOrdered);

  ASSERT_TRUE(next.has_value()) << next.error().message;
  EXPECT_EQ(next->version, 4);
  EXPECT_EQ(next->status, PlanStatus::kDraft);
  EXPECT_EQ(next->agreed_on, std::nullopt);
  EXPECT_EQ(next->review_on, std::nullopt);
  EXPECT_EQ(next->activities.size(), 4U);
}

TEST(AmendPlan, Rar8RefusesAnAmendmentOverTheDaysOrdered) {
  Plan amended = MakePlan();
  amended.activities[0].rar_days = 7;  // 7 + 8 + 6 = 21 of 20

  Result<Plan> next = AmendPlan(MakePlan(), amended, kOrdered);

  ASSERT_FALSE(next.has_value());
  EXPECT_EQ(next.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(next.error().fields.size(), 1U);
  EXPECT_EQ(next.error().fields[0].field, "activities");
  EXPECT_EQ(next.error().fields[0].error, "EXCEEDS_RAR_DAYS_ORDERED");
  EXPECT_EQ(next.error().message,
            "The plan has 21 RAR days of activities; the court ordered at most 20.");
}

TEST(AmendPlan, Rar8CourtAddingDaysLetsTheAmendmentGrow) {
  // ENF-5: a court may add RAR days; the amended plan is checked against the new maximum.
  Plan amended = MakePlan();
  amended.activities[0].rar_days = 10;  // 10 + 8 + 6 = 24

  EXPECT_FALSE(AmendPlan(MakePlan(), amended, 20).has_value());
  EXPECT_TRUE(AmendPlan(MakePlan(), amended, 25).has_value());
}

TEST(AmendPlan, RefusesToAmendADraft) {
  Plan draft = MakePlan();
  draft.status = PlanStatus::kDraft;

  Result<Plan> next = AmendPlan(draft, draft, kOrdered);

  ASSERT_FALSE(next.has_value());
  EXPECT_EQ(next.error().code, ErrorCode::kFailedPrecondition);
}

TEST(PlanCodes, RoundTripAndRefuseUnknownText) {
  for (auto link :
       {OffendingLink::kNotLinked, OffendingLink::kLinked, OffendingLink::kStronglyLinked}) {
    EXPECT_EQ(ParseOffendingLink(OffendingLinkCode(link)), link);
  }
  for (auto d :
       {Deliverer::kResponsibleOfficer, Deliverer::kInHouseSpecialist, Deliverer::kProvider}) {
    EXPECT_EQ(ParseDeliverer(DelivererCode(d)), d);
  }
  for (auto f : {SessionFormat::kOneToOne, SessionFormat::kGroup}) {
    EXPECT_EQ(ParseSessionFormat(SessionFormatCode(f)), f);
  }
  for (auto s : {PlanStatus::kDraft, PlanStatus::kAgreed}) {
    EXPECT_EQ(ParsePlanStatus(PlanStatusCode(s)), s);
  }
  EXPECT_STREQ(OffendingLinkCode(OffendingLink::kStronglyLinked), "strongly_linked");
  EXPECT_STREQ(DelivererCode(Deliverer::kInHouseSpecialist), "in_house_specialist");
  EXPECT_EQ(ParseOffendingLink("Linked"), std::nullopt);
  EXPECT_EQ(ParseDeliverer("ro"), std::nullopt);
  EXPECT_EQ(ParseSessionFormat(""), std::nullopt);
  EXPECT_EQ(ParsePlanStatus("agreed "), std::nullopt);
}

}  // namespace
}  // namespace probity::plan
