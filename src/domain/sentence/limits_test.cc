#include "domain/sentence/limits.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

// Each expectation names its row of domain.md Part B §7 (and the statute where legislation.gov.uk
// was read). Interpretations: docs/rules/sentence-limits.md.
namespace probity::sentence {
namespace {

using RT = RequirementType;

Date D(const char* iso) {
  return *ParseDate(iso);
}

Requirement Req(RT type, std::optional<int> length, std::optional<int> daily_hours = std::nullopt,
                const char* end = nullptr) {
  Requirement r;
  r.type = type;
  r.length = length;
  r.daily_hours = daily_hours;
  if (end != nullptr) {
    r.end_date = D(end);
  }
  return r;
}

Requirement Ended(Requirement r, RequirementStatus status) {
  r.status = status;
  return r;
}

// A CO made on `sentenced` ending on `end`, with ids 1, 2, ... on its requirements.
Sentence Co(const char* sentenced, const char* end, std::vector<Requirement> requirements) {
  Sentence s;
  s.type = OrderType::kCommunityOrder;
  s.sentence_date = D(sentenced);
  s.end_date = D(end);
  s.requirements = std::move(requirements);
  for (std::size_t i = 0; i < s.requirements.size(); ++i) {
    s.requirements[i].id = RequirementId(static_cast<std::int64_t>(i) + 1);
  }
  return s;
}

Sentence Co(const char* end, std::vector<Requirement> requirements) {
  return Co("2026-05-01", end, std::move(requirements));
}

// An SSO made on 1 May 2026: `months` suspended, supervision to `end`, operational to
// `operational`.
Sentence Sso(std::optional<int> months, const char* end, const char* operational,
             std::vector<Requirement> requirements, const char* sentenced = "2026-05-01") {
  Sentence s = Co(sentenced, end, std::move(requirements));
  s.type = OrderType::kSuspendedSentenceOrder;
  s.custodial_months = months;
  if (operational != nullptr) {
    s.operational_end = D(operational);
  }
  return s;
}

OrderFacts Facts(const char* convicted = "2026-04-01", const char* born = "2003-06-15") {
  return {D(convicted), D(born), true};
}

const Requirement kRar = Req(RT::kRehabilitationActivity, 20);

// "field CODE" for each finding, in order.
std::vector<std::string> Findings(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  out.reserve(errors.size());
  for (const auto& e : errors) {
    out.push_back(e.field + " " + e.error);
  }
  return out;
}

struct Case {
  const char* why;  // the §7 row and the arithmetic behind the expectation
  Sentence sentence;
  std::vector<std::string> expected;
  OrderFacts facts = Facts();
};

void ExpectFindings(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    EXPECT_EQ(Findings(CheckOrderLimits(c.sentence, c.facts)), c.expected) << c.why;
  }
}

TEST(CheckOrderLimits, CommunityOrderEndsAfterItsSentenceDateAndWithinThreeYears) {
  ExpectFindings({
      // §7 "CO length": end date ≤ 3 years after the order (SC2020 s.209(2)).
      {"3 years exactly", Co("2029-05-01", {kRar}), {}},
      {"3 years and a day", Co("2029-05-02", {kRar}), {"endDate OUT_OF_RANGE"}},
      {"a day after the order", Co("2026-05-02", {kRar}), {}},
      // s.209(1): the end date is a date by which requirements are complied with: after the order.
      {"ends on the sentence date", Co("2026-05-01", {kRar}), {"endDate OUT_OF_RANGE"}},
      {"ends before the sentence date", Co("2026-04-30", {kRar}), {"endDate OUT_OF_RANGE"}},
      // 31 Aug 2026 + 3 years = 31 Aug 2029 (AddMonths).
      {"month end, 3 years exactly", Co("2026-08-31", "2029-08-31", {kRar}), {}},
      {"month end, a day more", Co("2026-08-31", "2029-09-01", {kRar}), {"endDate OUT_OF_RANGE"}},
  });
}

TEST(CheckOrderLimits, CommunityOrderImposesAtLeastOneRequirement) {
  ExpectFindings({
      // SC2020 s.200(1): "an order imposing one or more community order requirements".
      {"no requirements", Co("2027-05-01", {}), {"requirements REQUIRED"}},
      {"one requirement", Co("2027-05-01", {kRar}), {}},
      // Requirements of any status count: the rule binds the order as made.
      {"one completed requirement",
       Co("2027-05-01", {Ended(kRar, RequirementStatus::kCompleted)}),
       {}},
      // An SSO need not impose requirements (s.286 [UNVERIFIED]; interpretation 4): not an error.
      {"SSO without requirements", Sso(6, "2027-05-01", "2027-05-01", {}), {}},
  });
}

TEST(CheckOrderLimits, OnlyASuspendedSentenceOrderHasACustodialTermAndOperationalPeriod) {
  Sentence co = Co("2027-05-01", {kRar});
  co.custodial_months = 6;
  co.operational_end = D("2027-05-01");

  // §7: the custodial term and operational period are SSO rows.
  EXPECT_EQ(
      Findings(CheckOrderLimits(co, Facts())),
      (std::vector<std::string>{"custodialMonths NOT_ALLOWED", "operationalEndDate NOT_ALLOWED"}));
}

TEST(CheckOrderLimits, SsoCustodialTermIsOneToTwentyFourMonths) {
  ExpectFindings({
      // §7 "SSO custodial term": ≤ 2 years (SC2020 ss.264/277) = 24 months.
      {"24 months", Sso(24, "2027-05-01", "2027-05-01", {kRar}), {}},
      {"25 months", Sso(25, "2027-05-01", "2027-05-01", {kRar}), {"custodialMonths OUT_OF_RANGE"}},
      // The 14-day minimum is unverified; in whole months the least term is 1 (over 14 days).
      {"1 month", Sso(1, "2027-05-01", "2027-05-01", {kRar}), {}},
      {"0 months", Sso(0, "2027-05-01", "2027-05-01", {kRar}), {"custodialMonths OUT_OF_RANGE"}},
      {"negative", Sso(-3, "2027-05-01", "2027-05-01", {kRar}), {"custodialMonths OUT_OF_RANGE"}},
      {"missing",
       Sso(std::nullopt, "2027-05-01", "2027-05-01", {kRar}),
       {"custodialMonths REQUIRED"}},
  });
}

TEST(CheckOrderLimits, SsoOperationalPeriodIsSixMonthsToTwoYears) {
  ExpectFindings({
      // §7 "SSO operational period": 6 months–2 years from the order (SC2020 s.288).
      // Supervision of exactly 6 months keeps the supervision row satisfied throughout.
      {"6 months exactly", Sso(6, "2026-11-01", "2026-11-01", {kRar}), {}},
      {"6 months less a day",
       Sso(6, "2026-11-01", "2026-10-31", {kRar}),
       {"endDate AFTER_OPERATIONAL_END", "operationalEndDate OUT_OF_RANGE"}},
      {"2 years exactly", Sso(6, "2026-11-01", "2028-05-01", {kRar}), {}},
      {"2 years and a day",
       Sso(6, "2026-11-01", "2028-05-02", {kRar}),
       {"operationalEndDate OUT_OF_RANGE"}},
      {"missing", Sso(6, "2026-11-01", nullptr, {kRar}), {"operationalEndDate REQUIRED"}},
      // 31 Aug 2026 + 6 months = 28 Feb 2027, the month's last day (AddMonths).
      {"month end, 6 months", Sso(6, "2027-02-28", "2027-02-28", {kRar}, "2026-08-31"), {}},
      {"month end, a day less",
       Sso(6, "2027-02-28", "2027-02-27", {kRar}, "2026-08-31"),
       {"endDate AFTER_OPERATIONAL_END", "operationalEndDate OUT_OF_RANGE"}},
  });
}

TEST(CheckOrderLimits, SsoSupervisionPeriodIsSixMonthsToTwoYearsAndWithinTheOperationalPeriod) {
  ExpectFindings({
      // §7 "SSO supervision period": 6 months–2 years and ≤ operational period (SC2020 s.288).
      {"6 months exactly", Sso(6, "2026-11-01", "2028-05-01", {kRar}), {}},
      {"6 months less a day", Sso(6, "2026-10-31", "2028-05-01", {kRar}), {"endDate OUT_OF_RANGE"}},
      {"2 years exactly", Sso(6, "2028-05-01", "2028-05-01", {kRar}), {}},
      {"2 years and a day",
       Sso(6, "2028-05-02", "2028-05-01", {kRar}),
       {"endDate OUT_OF_RANGE", "endDate AFTER_OPERATIONAL_END"}},
      {"ends with the operational period", Sso(6, "2027-05-01", "2027-05-01", {kRar}), {}},
      {"a day after the operational period",
       Sso(6, "2027-05-02", "2027-05-01", {kRar}),
       {"endDate AFTER_OPERATIONAL_END"}},
  });
}

TEST(CheckOrderLimits, SentenceIsNotPassedBeforeConviction) {
  ExpectFindings({
      // A sentence follows its conviction (interpretation: not in §7, but the record is wrong).
      {"sentenced on conviction day", Co("2027-05-01", {kRar}), {}, Facts("2026-05-01")},
      {"sentenced a day before conviction",
       Co("2027-05-01", {kRar}),
       {"sentenceDate BEFORE_CONVICTION_DATE"},
       Facts("2026-05-02")},
  });
}

TEST(CheckOrderLimits, RarIsAtLeastOneDayWithNoMaximum) {
  ExpectFindings({
      // RAR-1 and §7 "RAR": maximum days specified; min 1; no maximum (Sch 9 para 4).
      {"1 day", Co("2027-05-01", {Req(RT::kRehabilitationActivity, 1)}), {}},
      {"0 days",
       Co("2027-05-01", {Req(RT::kRehabilitationActivity, 0)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      {"negative",
       Co("2027-05-01", {Req(RT::kRehabilitationActivity, -5)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      {"no maximum", Co("2027-05-01", {Req(RT::kRehabilitationActivity, 1000)}), {}},
      {"days not stated",
       Co("2027-05-01", {Req(RT::kRehabilitationActivity, std::nullopt)}),
       {"requirements[0].length REQUIRED"}},
  });
}

TEST(CheckOrderLimits, UnpaidWorkIsFortyToThreeHundredHours) {
  ExpectFindings({
      // §7 "Unpaid work": 40–300 hours (SC2020 Sch 9 para 2).
      {"39 hours",
       Co("2027-05-01", {Req(RT::kUnpaidWork, 39)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      {"40 hours", Co("2027-05-01", {Req(RT::kUnpaidWork, 40)}), {}},
      {"300 hours", Co("2027-05-01", {Req(RT::kUnpaidWork, 300)}), {}},
      {"301 hours",
       Co("2027-05-01", {Req(RT::kUnpaidWork, 301)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      {"hours not stated",
       Co("2027-05-01", {Req(RT::kUnpaidWork, std::nullopt)}),
       {"requirements[0].length REQUIRED"}},
      // The second requirement carries the error, so its index is in the path.
      {"index in the path",
       Co("2027-05-01", {kRar, Req(RT::kUnpaidWork, 320)}),
       {"requirements[1].length OUT_OF_RANGE"}},
  });
}

TEST(CheckOrderLimits, UnpaidWorkEndsWithinTwelveMonthsWhileThatPeriodApplies) {
  OrderFacts no_period = Facts();
  no_period.unpaid_work_12_month_period = false;
  ExpectFindings({
      // §7 "Unpaid work": within 12 months (Sch 9 para 1) of the order made on 1 May 2026.
      {"12 months exactly",
       Co("2028-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-05-01")}),
       {}},
      {"12 months and a day",
       Co("2028-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-05-02")}),
       {"requirements[0].endDate OUT_OF_RANGE"}},
      // §7 Sentencing Act 2026 "removes the 12-month UPW completion period" (commencement
      // unverified), and a court may extend it: OrderFacts says when it does not bind. The order's
      // end (2 years here) is still the limit.
      {"no 12-month period",
       Co("2028-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-05-02")}),
       {},
       no_period},
      {"no 12-month period, after the order",
       Co("2028-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2028-05-02")}),
       {"requirements[0].endDate AFTER_ORDER_END"},
       no_period},
  });
}

TEST(CheckOrderLimits, CurfewIsTwoToTwentyHoursADayOrSixteenForConvictionsBefore28June2022) {
  auto curfew = [](std::optional<int> hours) {
    return Co("2022-07-01", "2023-07-01", {Req(RT::kCurfew, 6, hours)});
  };
  const OrderFacts after = Facts("2022-06-28", "1990-01-01");   // on commencement: 20 h
  const OrderFacts before = Facts("2022-06-27", "1990-01-01");  // the day before: 16 h
  ExpectFindings({
      // §7 "Curfew": 2–20 h/day (Sch 9 para 9(4)).
      {"1 hour", curfew(1), {"requirements[0].dailyHours OUT_OF_RANGE"}, after},
      {"2 hours", curfew(2), {}, after},
      {"20 hours", curfew(20), {}, after},
      {"21 hours", curfew(21), {"requirements[0].dailyHours OUT_OF_RANGE"}, after},
      // §7: 16 h for offences convicted before PCSC 2022 s.150 commencement, 28 Jun 2022.
      {"16 hours before", curfew(16), {}, before},
      {"17 hours before", curfew(17), {"requirements[0].dailyHours OUT_OF_RANGE"}, before},
      {"2 hours before", curfew(2), {}, before},
      {"1 hour before", curfew(1), {"requirements[0].dailyHours OUT_OF_RANGE"}, before},
      // Sch 9 para 9(2): the order must specify the curfew periods.
      {"hours not stated", curfew(std::nullopt), {"requirements[0].dailyHours REQUIRED"}, after},
  });
}

TEST(CheckOrderLimits, CurfewPeriodIsWithinTwoYearsOrTwelveMonthsForConvictionsBefore28June2022) {
  auto curfew = [](std::optional<int> months, const char* end) {
    return Co("2022-07-01", "2025-07-01", {Req(RT::kCurfew, months, 12, end)});
  };
  const OrderFacts after = Facts("2022-06-28", "1990-01-01");
  const OrderFacts before = Facts("2022-06-27", "1990-01-01");
  ExpectFindings({
      // §7 "Curfew": within 2 years (Sch 9 para 9(5)-(6)); lengths are months.
      {"24 months", curfew(24, nullptr), {}, after},
      {"25 months", curfew(25, nullptr), {"requirements[0].length OUT_OF_RANGE"}, after},
      {"0 months", curfew(0, nullptr), {"requirements[0].length OUT_OF_RANGE"}, after},
      {"period not stated",
       curfew(std::nullopt, nullptr),
       {"requirements[0].length REQUIRED"},
       after},
      {"end 2 years after", curfew(6, "2024-07-01"), {}, after},
      {"end 2 years and a day after",
       curfew(6, "2024-07-02"),
       {"requirements[0].endDate OUT_OF_RANGE"},
       after},
      // §7 "(previously 12 months)": Sch 9 para 9(6) keys it to the same conviction date.
      {"12 months before", curfew(12, nullptr), {}, before},
      {"13 months before", curfew(13, nullptr), {"requirements[0].length OUT_OF_RANGE"}, before},
      {"end 12 months after, before", curfew(6, "2023-07-01"), {}, before},
      {"end 12 months and a day after, before",
       curfew(6, "2023-07-02"),
       {"requirements[0].endDate OUT_OF_RANGE"},
       before},
  });
}

TEST(CheckOrderLimits, DailyHoursApplyOnlyToACurfew) {
  ExpectFindings({
      {"hours a day on unpaid work",
       Co("2027-05-01", {Req(RT::kUnpaidWork, 100, 8)}),
       {"requirements[0].dailyHours NOT_ALLOWED"}},
  });
}

TEST(CheckOrderLimits, ExclusionIsAtMostTwoYears) {
  auto exclusion = [](std::optional<int> months, const char* end) {
    return Co("2029-05-01", {Req(RT::kExclusion, months, std::nullopt, end)});
  };
  ExpectFindings({
      // §7 "Exclusion": ≤ 2 years (CJA 2003 s.205; Sch 9 Part 6).
      {"24 months", exclusion(24, nullptr), {}},
      {"25 months", exclusion(25, nullptr), {"requirements[0].length OUT_OF_RANGE"}},
      {"end 2 years after", exclusion(6, "2028-05-01"), {}},
      {"end 2 years and a day after",
       exclusion(6, "2028-05-02"),
       {"requirements[0].endDate OUT_OF_RANGE"}},
      {"period not stated", exclusion(std::nullopt, nullptr), {"requirements[0].length REQUIRED"}},
  });
}

TEST(CheckOrderLimits, ForeignTravelProhibitionIsAtMostTwelveMonths) {
  auto prohibition = [](std::optional<int> months, const char* end) {
    return Co("2028-05-01", {Req(RT::kForeignTravelProhibition, months, std::nullopt, end)});
  };
  ExpectFindings({
      // §7 "Foreign travel prohibition": ≤ 12 months [UNVERIFIED], applied as stated.
      {"12 months", prohibition(12, nullptr), {}},
      {"13 months", prohibition(13, nullptr), {"requirements[0].length OUT_OF_RANGE"}},
      {"end 12 months after", prohibition(6, "2027-05-01"), {}},
      {"end 12 months and a day after",
       prohibition(6, "2027-05-02"),
       {"requirements[0].endDate OUT_OF_RANGE"}},
  });
}

TEST(CheckOrderLimits, AamrIsAtMost120DaysAndNotWithAnAlcoholTreatmentRequirement) {
  const Requirement atr = Req(RT::kAlcoholTreatment, 6);
  ExpectFindings({
      // §7 "AAMR": up to 120 days (Sentencing Council Imposition 2025).
      {"120 days", Co("2027-05-01", {Req(RT::kAlcoholAbstinenceMonitoring, 120)}), {}},
      {"121 days",
       Co("2027-05-01", {Req(RT::kAlcoholAbstinenceMonitoring, 121)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      {"0 days",
       Co("2027-05-01", {Req(RT::kAlcoholAbstinenceMonitoring, 0)}),
       {"requirements[0].length OUT_OF_RANGE"}},
      // 1 May 2026 + 120 days = 29 Aug 2026.
      {"end 120 days after",
       Co("2027-05-01", {Req(RT::kAlcoholAbstinenceMonitoring, 90, std::nullopt, "2026-08-29")}),
       {}},
      {"end 121 days after",
       Co("2027-05-01", {Req(RT::kAlcoholAbstinenceMonitoring, 90, std::nullopt, "2026-08-30")}),
       {"requirements[0].endDate OUT_OF_RANGE"}},
      // §7 "AAMR": not with ATR.
      {"with an ATR",
       Co("2027-05-01", {atr, Req(RT::kAlcoholAbstinenceMonitoring, 90)}),
       {"requirements[1].type NOT_ALLOWED_TOGETHER"}},
      {"after a terminated ATR",
       Co("2027-05-01",
          {Ended(atr, RequirementStatus::kTerminated), Req(RT::kAlcoholAbstinenceMonitoring, 90)}),
       {}},
  });
}

TEST(CheckOrderLimits, AttendanceCentreIsTwelveToThirtySixHoursForPeopleUnder25WhenConvicted) {
  auto centre = [](int hours) { return Co("2027-05-01", {Req(RT::kAttendanceCentre, hours)}); };
  ExpectFindings({
      // §7 "Attendance centre": 12–36 h [UNVERIFIED hours], applied as stated.
      {"11 hours", centre(11), {"requirements[0].length OUT_OF_RANGE"}},
      {"12 hours", centre(12), {}},
      {"36 hours", centre(36), {}},
      {"37 hours", centre(37), {"requirements[0].length OUT_OF_RANGE"}},
      // §7 "offender under 25" when convicted (1 Apr 2026).
      {"24 the day before the 25th birthday", centre(24), {}, Facts("2026-04-01", "2001-04-02")},
      {"25 on the day of conviction",
       centre(24),
       {"requirements[0].type AGE_LIMIT"},
       Facts("2026-04-01", "2001-04-01")},
  });
}

TEST(CheckOrderLimits, ARequirementPeriodDoesNotOutlastTheOrder) {
  ExpectFindings({
      // §7 "Prohibited activity": up to the length of the order (a 12-month CO).
      {"12 months on a 12-month order", Co("2027-05-01", {Req(RT::kProhibitedActivity, 12)}), {}},
      {"13 months on a 12-month order",
       Co("2027-05-01", {Req(RT::kProhibitedActivity, 13)}),
       {"requirements[0].length AFTER_ORDER_END"}},
      // The same for any requirement with a length in months (SC2020 s.209(1)).
      {"treatment longer than the order",
       Co("2027-05-01", {Req(RT::kDrugRehabilitation, 18)}),
       {"requirements[0].length AFTER_ORDER_END"}},
      // SSO: within the supervision period (RAR-1, §7) — 6 months here.
      {"curfew longer than supervision",
       Sso(6, "2026-11-01", "2028-05-01", {Req(RT::kCurfew, 7, 12)}),
       {"requirements[0].length AFTER_ORDER_END"}},
      // Day and hour counts are not periods: 60 RAR days on a 1-month order is not a period.
      {"RAR days are not a period", Co("2026-06-01", {Req(RT::kRehabilitationActivity, 60)}), {}},
  });
}

TEST(CheckOrderLimits, ARequirementEndDateIsWithinTheOrderAndNotBeforeTheSentence) {
  ExpectFindings({
      // §7 "CO length": may set per-requirement dates (s.209(3)), within the order.
      {"on the order's end",
       Co("2027-05-01", {Req(RT::kResidence, 6, std::nullopt, "2027-05-01")}),
       {}},
      {"a day after the order",
       Co("2027-05-01", {Req(RT::kResidence, 6, std::nullopt, "2027-05-02")}),
       {"requirements[0].endDate AFTER_ORDER_END"}},
      {"on the sentence date",
       Co("2027-05-01", {Req(RT::kResidence, 6, std::nullopt, "2026-05-01")}),
       {}},
      {"before the sentence date",
       Co("2027-05-01", {Req(RT::kResidence, 6, std::nullopt, "2026-04-30")}),
       {"requirements[0].endDate BEFORE_SENTENCE_DATE"}},
      // SSO: within the supervision period, but unpaid work to the operational period's end (§7).
      {"SSO RAR after supervision",
       Sso(6, "2027-05-01", "2028-05-01",
           {Req(RT::kRehabilitationActivity, 10, std::nullopt, "2027-05-02")}),
       {"requirements[0].endDate AFTER_ORDER_END"}},
      {"SSO unpaid work after supervision, within 12 months",
       Sso(6, "2026-11-01", "2028-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-05-01")}),
       {}},
      {"SSO unpaid work after the operational period",
       Sso(6, "2026-11-01", "2026-11-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2026-11-02")}),
       {"requirements[0].endDate AFTER_ORDER_END"}},
  });
}

TEST(CheckOrderLimits, WhenEveryRequirementHasADateTheLastIsTheOrdersEndDate) {
  auto order = [](const char* first, const char* second) {
    return Co("2027-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, first),
                             Req(RT::kRehabilitationActivity, 10, std::nullopt, second)});
  };
  ExpectFindings({
      // SC2020 s.209(3)(b) (legislation.gov.uk): the last of those dates is the end date.
      {"last is the end date", order("2027-01-01", "2027-05-01"), {}},
      {"last is before the end date",
       order("2027-01-01", "2027-04-30"),
       {"endDate MUST_EQUAL_END_DATE"}},
      {"only some have dates",
       Co("2027-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-01-01"), kRar}),
       {}},
  });
}

TEST(CheckOrderLimits, ReportsEveryBreachOnItsFieldInOrder) {
  Sentence sso = Sso(30, "2028-06-01", "2028-05-01",
                     {Req(RT::kUnpaidWork, 20), Req(RT::kCurfew, 30, 22, "2026-01-01"),
                      Req(RT::kAttendanceCentre, 40)});

  auto findings = Findings(CheckOrderLimits(sso, Facts("2026-04-01", "1980-01-01")));

  EXPECT_EQ(findings, (std::vector<std::string>{
                          "endDate OUT_OF_RANGE",
                          "endDate AFTER_OPERATIONAL_END",
                          "custodialMonths OUT_OF_RANGE",
                          "requirements[0].length OUT_OF_RANGE",
                          "requirements[1].length OUT_OF_RANGE",
                          "requirements[1].dailyHours OUT_OF_RANGE",
                          "requirements[1].endDate BEFORE_SENTENCE_DATE",
                          "requirements[2].type AGE_LIMIT",
                          "requirements[2].length OUT_OF_RANGE",
                      }));
}

TEST(CheckOrderLimits, MessagesNameTheLimitItsSourceAndWhatWasEntered) {
  Sentence co = Co("2029-05-02", {Req(RT::kUnpaidWork, 320), Req(RT::kCurfew, 6, 17)});

  auto errors = CheckOrderLimits(co, Facts("2022-06-27", "1990-01-01"));

  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].message,
            "A community order must end no more than 3 years after the sentence date, by 1 May "
            "2029 (Sentencing Code s.209(2)); 2 May 2029 was entered.");
  EXPECT_EQ(errors[1].message,
            "Unpaid work must be between 40 and 300 hours (Sentencing Code Sch 9 para 2); 320 were "
            "entered.");
  EXPECT_EQ(errors[2].message,
            "Curfew must be between 2 and 16 hours a day for an offence convicted before 28 June "
            "2022 (Sentencing Code Sch 9 para 9(4), (4A)); 17 were entered.");
}

TEST(RequirementPeriodEnd, IsTheOrderEndOrForAnSsoTheSupervisionOrOperationalEnd) {
  Sentence co = Co("2027-05-01", {});
  Sentence sso = Sso(6, "2027-05-01", "2028-05-01", {});

  EXPECT_EQ(RequirementPeriodEnd(co, RT::kUnpaidWork), D("2027-05-01"));
  EXPECT_EQ(RequirementPeriodEnd(sso, RT::kCurfew), D("2027-05-01"));
  EXPECT_EQ(RequirementPeriodEnd(sso, RT::kUnpaidWork), D("2028-05-01"));
}

// VaryRequirement: an order made 1 May 2026 to 1 May 2028, varied on 1 Sep 2026.
class VaryRequirementTest : public ::testing::Test {
 protected:
  Sentence order_ = Co("2028-05-01", {kRar, Req(RT::kUnpaidWork, 120, std::nullopt, "2027-05-01"),
                                      Req(RT::kCurfew, 6, 12)});
  OrderFacts facts_ = Facts();
  Date today_ = D("2026-09-01");

  Result<Requirement> Vary(std::size_t i, const RequirementVariation& change) {
    return VaryRequirement(order_, order_.requirements[i], change, facts_, today_);
  }
};

std::vector<std::string> Findings(const Error& error) {
  return Findings(error.fields);
}

TEST_F(VaryRequirementTest, ChangesTheLengthWithAReason) {
  auto varied = Vary(1, {.length = 150, .reason = "Court varied on application"});

  ASSERT_TRUE(varied) << varied.error().message;
  EXPECT_EQ(varied->length, 150);
  EXPECT_EQ(varied->end_date, D("2027-05-01"));
  EXPECT_EQ(varied->status, RequirementStatus::kActive);
  EXPECT_EQ(varied->id, order_.requirements[1].id);
}

TEST_F(VaryRequirementTest, KeepsTheLimitsOfTheOrder) {
  struct VaryCase {
    const char* why;
    std::size_t index;
    RequirementVariation change;
    std::vector<std::string> expected;
  };
  const VaryCase cases[] = {
      // §7 "Unpaid work": 40–300 hours still bind a varied order.
      {"300 hours", 1, {.length = 300, .reason = "r"}, {}},
      {"301 hours", 1, {.length = 301, .reason = "r"}, {"length OUT_OF_RANGE"}},
      {"39 hours", 1, {.length = 39, .reason = "r"}, {"length OUT_OF_RANGE"}},
      // §7 "Curfew": 2–20 h/day (convicted 1 Apr 2026).
      {"20 hours a day", 2, {.daily_hours = 20, .reason = "r"}, {}},
      {"21 hours a day", 2, {.daily_hours = 21, .reason = "r"}, {"dailyHours OUT_OF_RANGE"}},
      {"hours a day on a RAR", 0, {.daily_hours = 4, .reason = "r"}, {"dailyHours NOT_ALLOWED"}},
      // §7 "CO length": a requirement ends by the order's end, 1 May 2028.
      {"end on the order's end", 2, {.end_date = D("2028-05-01"), .reason = "r"}, {}},
      {"RAR end after the order",
       0,
       {.end_date = D("2028-05-02"), .reason = "r"},
       {"endDate AFTER_ORDER_END"}},
      // ... and a curfew's a day past its 2 years as well.
      {"curfew end after the order",
       2,
       {.end_date = D("2028-05-02"), .reason = "r"},
       {"endDate AFTER_ORDER_END", "endDate OUT_OF_RANGE"}},
      // §7 "Curfew": within 2 years; 24 months from 1 May 2026 ends with the order.
      {"curfew of 24 months", 2, {.length = 24, .reason = "r"}, {}},
      {"curfew of 25 months", 2, {.length = 25, .reason = "r"}, {"length OUT_OF_RANGE"}},
      // RAR-1: at least 1 day.
      {"RAR to 0 days", 0, {.length = 0, .reason = "r"}, {"length OUT_OF_RANGE"}},
  };
  for (const auto& c : cases) {
    auto varied = Vary(c.index, c.change);
    EXPECT_EQ(varied ? std::vector<std::string>{} : Findings(varied.error()), c.expected) << c.why;
    if (!varied) {
      EXPECT_EQ(varied.error().code, ErrorCode::kInvalidArgument) << c.why;
    }
  }
}

TEST_F(VaryRequirementTest, ExtendsTheUnpaidWorkPeriodBeyondTwelveMonths) {
  // Sch 9 para 1(2): the court may extend the 12-month period (Sch 10 para 21), so a variation
  // may move the date past 1 May 2027 although the order as made could not.
  auto varied = Vary(1, {.end_date = D("2027-11-01"), .reason = "Extended: ill health"});
  Sentence as_made = order_;
  as_made.requirements[1].end_date = D("2027-11-01");

  ASSERT_TRUE(varied) << varied.error().message;
  EXPECT_EQ(varied->end_date, D("2027-11-01"));
  EXPECT_EQ(Findings(CheckOrderLimits(as_made, facts_)),
            std::vector<std::string>{"requirements[1].endDate OUT_OF_RANGE"});
}

TEST_F(VaryRequirementTest, NeedsAReasonAndAChange) {
  auto no_reason = Vary(1, {.length = 150, .reason = "  \t"});
  auto no_change = Vary(1, {.reason = "r"});
  auto same_value = Vary(1, {.length = 120, .reason = "r"});
  auto nothing = Vary(1, {});

  ASSERT_FALSE(no_reason);
  EXPECT_EQ(Findings(no_reason.error()), std::vector<std::string>{"reason REQUIRED"});
  ASSERT_FALSE(no_change);
  EXPECT_EQ(Findings(no_change.error()), std::vector<std::string>{"length NO_CHANGE"});
  ASSERT_FALSE(same_value);
  EXPECT_EQ(Findings(same_value.error()), std::vector<std::string>{"length NO_CHANGE"});
  ASSERT_FALSE(nothing);
  EXPECT_EQ(Findings(nothing.error()),
            (std::vector<std::string>{"reason REQUIRED", "length NO_CHANGE"}));
}

TEST_F(VaryRequirementTest, RefusesANewEndDateBeforeToday) {
  auto yesterday = Vary(2, {.end_date = D("2026-08-31"), .reason = "r"});
  auto today = Vary(2, {.end_date = D("2026-09-01"), .reason = "r"});

  ASSERT_FALSE(yesterday);
  EXPECT_EQ(Findings(yesterday.error()), std::vector<std::string>{"endDate IN_THE_PAST"});
  EXPECT_TRUE(today);
}

TEST_F(VaryRequirementTest, VariesOnlyAnActiveRequirementOfAnOrderStillRunning) {
  order_.requirements[1].status = RequirementStatus::kCompleted;
  auto completed = Vary(1, {.length = 150, .reason = "r"});
  today_ = D("2028-05-02");  // the day after the order's end
  auto ended = Vary(0, {.length = 30, .reason = "r"});
  today_ = D("2028-05-01");
  auto last_day = Vary(0, {.length = 30, .reason = "r"});

  ASSERT_FALSE(completed);
  EXPECT_EQ(completed.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Findings(completed.error()), std::vector<std::string>{"status NOT_ACTIVE"});
  ASSERT_FALSE(ended);
  EXPECT_EQ(ended.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Findings(ended.error()), std::vector<std::string>{"status ORDER_ENDED"});
  EXPECT_TRUE(last_day);
}

TEST_F(VaryRequirementTest, RefusesARequirementOfAnotherSentence) {
  Requirement stranger = Req(RT::kUnpaidWork, 100);
  stranger.id = RequirementId(99);

  auto varied = VaryRequirement(order_, stranger, {.length = 150, .reason = "r"}, facts_, today_);

  ASSERT_FALSE(varied);
  EXPECT_EQ(varied.error().code, ErrorCode::kNotFound);
}

TEST_F(VaryRequirementTest, DoesNotBlameTheVariationForAnEarlierBreachElsewhere) {
  order_.requirements[2].daily_hours.reset();  // a curfew recorded without its hours
  auto rar = Vary(0, {.length = 25, .reason = "r"});
  auto curfew = Vary(2, {.length = 8, .reason = "r"});
  auto hours = Vary(2, {.daily_hours = 10, .reason = "r"});

  EXPECT_TRUE(rar);
  EXPECT_TRUE(curfew);  // its hours were missing before; the variation does not set them
  EXPECT_TRUE(hours);
}

TEST_F(VaryRequirementTest, StillReportsABreachOnTheValueItSets) {
  order_.requirements[1].length = 320;  // recorded before limits were checked
  auto still_over = Vary(1, {.length = 310, .reason = "r"});
  auto fixed = Vary(1, {.length = 300, .reason = "r"});

  ASSERT_FALSE(still_over);
  EXPECT_EQ(Findings(still_over.error()), std::vector<std::string>{"length OUT_OF_RANGE"});
  EXPECT_TRUE(fixed);
}

TEST_F(VaryRequirementTest, ReportsABreachItCausesElsewhereOnTheOrder) {
  // SC2020 s.209(3)(b): with every requirement dated, the last date must be the end date.
  order_ = Co("2027-05-01", {Req(RT::kUnpaidWork, 100, std::nullopt, "2027-01-01"),
                             Req(RT::kRehabilitationActivity, 10, std::nullopt, "2027-05-01")});
  auto varied = Vary(1, {.end_date = D("2027-03-01"), .reason = "r"});

  ASSERT_FALSE(varied);
  EXPECT_EQ(Findings(varied.error()), std::vector<std::string>{"endDate MUST_EQUAL_END_DATE"});
}

// EndRequirement on an order made 1 May 2026 to 1 May 2027, recorded on 1 Sep 2026.
TEST(EndRequirement, CompletesOrTerminatesAnActiveRequirementWithAReason) {
  Sentence order = Co("2027-05-01", {Req(RT::kUnpaidWork, 100)});
  const Date today = D("2026-09-01");

  auto completed =
      EndRequirement(order, order.requirements[0],
                     {RequirementStatus::kCompleted, "All hours worked", today}, today);
  auto terminated =
      EndRequirement(order, order.requirements[0],
                     {RequirementStatus::kTerminated, "Revoked on breach", D("2026-08-01")}, today);

  ASSERT_TRUE(completed);
  EXPECT_EQ(completed->status, RequirementStatus::kCompleted);
  EXPECT_EQ(completed->length, 100);
  ASSERT_TRUE(terminated);
  EXPECT_EQ(terminated->status, RequirementStatus::kTerminated);
}

TEST(EndRequirement, RefusesBadInput) {
  Sentence order = Co("2027-05-01", {Req(RT::kUnpaidWork, 100)});
  struct EndCase {
    const char* why;
    RequirementEnding ending;
    const char* today;
    std::vector<std::string> expected;
  };
  const EndCase cases[] = {
      {"a reason is required",
       {RequirementStatus::kCompleted, " ", D("2026-09-01")},
       "2026-09-01",
       {"reason REQUIRED"}},
      {"active is not an ending",
       {RequirementStatus::kActive, "r", D("2026-09-01")},
       "2026-09-01",
       {"status NOT_ALLOWED"}},
      {"on the sentence date",
       {RequirementStatus::kTerminated, "r", D("2026-05-01")},
       "2026-09-01",
       {}},
      {"before the sentence date",
       {RequirementStatus::kTerminated, "r", D("2026-04-30")},
       "2026-09-01",
       {"endedOn BEFORE_SENTENCE_DATE"}},
      {"today", {RequirementStatus::kCompleted, "r", D("2026-09-01")}, "2026-09-01", {}},
      {"tomorrow",
       {RequirementStatus::kCompleted, "r", D("2026-09-02")},
       "2026-09-01",
       {"endedOn IN_THE_FUTURE"}},
      {"on the order's end",
       {RequirementStatus::kCompleted, "r", D("2027-05-01")},
       "2027-06-01",
       {}},
      {"after the order's end",
       {RequirementStatus::kCompleted, "r", D("2027-05-02")},
       "2027-06-01",
       {"endedOn AFTER_ORDER_END"}},
      {"everything wrong",
       {RequirementStatus::kActive, "", D("2026-04-01")},
       "2026-09-01",
       {"status NOT_ALLOWED", "reason REQUIRED", "endedOn BEFORE_SENTENCE_DATE"}},
  };
  for (const auto& c : cases) {
    auto ended = EndRequirement(order, order.requirements[0], c.ending, D(c.today));
    EXPECT_EQ(ended ? std::vector<std::string>{} : Findings(ended.error()), c.expected) << c.why;
  }
}

TEST(EndRequirement, EndsOnlyAnActiveRequirement) {
  Sentence order =
      Co("2027-05-01", {Ended(Req(RT::kUnpaidWork, 100), RequirementStatus::kCompleted)});

  auto again =
      EndRequirement(order, order.requirements[0],
                     {RequirementStatus::kTerminated, "r", D("2026-09-01")}, D("2026-09-01"));

  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Findings(again.error()), std::vector<std::string>{"status NOT_ACTIVE"});
}

}  // namespace
}  // namespace probity::sentence
