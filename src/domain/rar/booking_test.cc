#include "domain/rar/booking.h"

#include <gtest/gtest.h>

namespace probity::rar {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

contact::Contact Rar(const char* date, std::optional<contact::Outcome> outcome = std::nullopt) {
  contact::Contact c;
  c.type = contact::ContactType::kRarActivity;
  c.date = D(date);
  c.outcome = outcome;
  return c;
}

constexpr auto kAttc = contact::Outcome::kAttendedComplied;
constexpr auto kUaab = contact::Outcome::kUnacceptableAbsence;
constexpr auto kRssr = contact::Outcome::kRescheduledServiceRequest;

const RelevantPeriod kPeriod{D("2026-06-01"), D("2027-05-31")};
const char* const kToday = "2026-11-23";

struct Case {
  const char* why;  // the rule clause and the count behind the expectation
  int ordered;
  std::vector<contact::Contact> contacts;
  const char* date;
  std::optional<ErrorCode> refused;  // nullopt: allowed
  const char* error;                 // the field error code when refused
};

TEST(RarBooking, Rar6NoMoreDaysInstructedThanOrdered) {
  const Case cases[] = {
      // RAR-6: 1 completed + 1 booked = 2 instructed of 3; 1 remains: a new date is allowed.
      {"RAR-6 one day remains",
       3,
       {Rar("2026-07-01", kAttc), Rar("2026-12-01")},
       "2026-12-08",
       std::nullopt,
       ""},
      // RAR-6: completed, failed (UAAB stands) and booked = 3 of 3: a new date is refused.
      {"RAR-6 budget used, unacceptable absence counts",
       3,
       {Rar("2026-07-01", kAttc), Rar("2026-08-01", kUaab), Rar("2026-12-01")},
       "2026-12-08",
       ErrorCode::kFailedPrecondition,
       "RAR_DAYS_EXHAUSTED"},
      // RAR-3: all 3 days instructed, but 1 Dec is already one of them: a second session then
      // is the same day.
      {"RAR-3 same date is the same day",
       3,
       {Rar("2026-07-01", kAttc), Rar("2026-08-01", kUaab), Rar("2026-12-01")},
       "2026-12-01",
       std::nullopt,
       ""},
      // RAR-6: a past appointment with no outcome still holds its day (the instruction stood):
      // 1 completed + 1 unrecorded = 2 instructed of 2, so a new date is refused.
      {"RAR-6 a past appointment with no outcome keeps its day",
       2,
       {Rar("2026-07-01", kAttc), Rar("2026-11-02")},
       "2026-12-08",
       ErrorCode::kFailedPrecondition,
       "RAR_DAYS_EXHAUSTED"},
      // RAR-6: a rescheduled appointment releases its date: 2 instructed of 3, 1 remains.
      {"RAR-6 rescheduled releases the date",
       3,
       {Rar("2026-07-01", kAttc), Rar("2026-08-01", kRssr), Rar("2026-12-01")},
       "2026-12-08",
       std::nullopt,
       ""},
      // RAR-4: supervision contacts never use the budget: 0 of 1 instructed.
      {"RAR-4 supervision does not count",
       1,
       {[] {
         auto c = Rar("2026-07-01", kAttc);
         c.type = contact::ContactType::kOffenderManagement;
         return c;
       }()},
       "2026-12-08",
       std::nullopt,
       ""},
      // RAR-1 relevant period: the day before the order starts is outside it.
      {"RAR-1 before the order", 3, {}, "2026-05-31", ErrorCode::kInvalidArgument, "OUTSIDE_ORDER"},
      // RAR-1 relevant period: the last day of the order is inside, the next day is not.
      {"RAR-1 last day of the order", 3, {}, "2027-05-31", std::nullopt, ""},
      {"RAR-1 after the order", 3, {}, "2027-06-01", ErrorCode::kInvalidArgument, "OUTSIDE_ORDER"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.why);
    auto count = CountRarDays(c.ordered, c.contacts, D(kToday));
    auto status = CheckRarBooking(count, D(c.date), kPeriod);
    if (!c.refused) {
      EXPECT_TRUE(status.has_value()) << status.error().message;
      continue;
    }
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, *c.refused);
    ASSERT_EQ(status.error().fields.size(), 1U);
    EXPECT_EQ(status.error().fields[0].field, "date");
    EXPECT_EQ(status.error().fields[0].error, c.error);
  }
}

TEST(RarBooking, Rar6RefusalSaysHowManyRemain) {
  auto count = CountRarDays(2, {Rar("2026-07-01", kAttc), Rar("2026-12-01")}, D(kToday));
  auto status = CheckRarBooking(count, D("2026-12-08"), kPeriod);
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(status.error().message.find("at most 2"), std::string::npos);
  EXPECT_NE(status.error().message.find("0 remain"), std::string::npos);
}

TEST(RarBooking, Rar6AnOutcomeThatReinstatesADayMustFitTheBudget) {
  // RAR-6: correcting an acceptable absence (date released) to an unacceptable one makes the
  // date instructed again. Counted without that appointment: 1 completed + 1 booked of 2.
  auto others = CountRarDays(2, {Rar("2026-07-01", kAttc), Rar("2026-12-01")}, D(kToday));

  auto refused = CheckReinstatedRarDay(others, D("2026-08-01"));
  auto same_day = CheckReinstatedRarDay(others, D("2026-12-01"));
  auto spare = CheckReinstatedRarDay(CountRarDays(3, {Rar("2026-07-01", kAttc)}, D(kToday)),
                                     D("2026-08-01"));

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
  ASSERT_EQ(refused.error().fields.size(), 1U);
  EXPECT_EQ(refused.error().fields[0].field, "outcome");
  EXPECT_EQ(refused.error().fields[0].error, "RAR_DAYS_EXHAUSTED");
  EXPECT_NE(refused.error().message.find("0 remain"), std::string::npos);
  EXPECT_TRUE(same_day.has_value());  // RAR-3: 1 Dec is already an instructed day
  EXPECT_TRUE(spare.has_value());
}

}  // namespace
}  // namespace probity::rar
