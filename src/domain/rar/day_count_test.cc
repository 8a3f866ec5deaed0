#include "domain/rar/day_count.h"

#include <gtest/gtest.h>

namespace probity::rar {
namespace {

using contact::Contact;
using contact::ContactType;
using contact::Outcome;

Date D(const char* iso) {
  return *ParseDate(iso);
}

Contact Rar(const char* date, std::optional<Outcome> outcome) {
  Contact c;
  c.type = ContactType::kRarActivity;
  c.date = D(date);
  c.outcome = outcome;
  return c;
}

Contact Supervision(const char* date, std::optional<Outcome> outcome) {
  Contact c = Rar(date, outcome);
  c.type = ContactType::kOffenderManagement;
  return c;
}

const Date kToday = D("2026-11-23");

struct Case {
  const char* rule;  // the domain.md rule the expectation comes from
  std::vector<Contact> contacts;
  int completed;
  int instructed;
  int booked;
  int remaining;  // of 20 ordered
};

TEST(CountRarDays, FollowsRar3ToRar7) {
  const std::vector<Case> cases = {
      {"RAR-5: one attended-and-complied session is one day",
       {Rar("2026-11-02", Outcome::kAttendedComplied)},
       1,
       1,
       0,
       19},
      {"RAR-3: two sessions on one date are one day",
       {Rar("2026-11-02", Outcome::kAttendedComplied),
        Rar("2026-11-02", Outcome::kAttendedComplied)},
       1,
       1,
       0,
       19},
      {"RAR-4: supervision appointments are never RAR days",
       {Supervision("2026-11-02", Outcome::kAttendedComplied),
        Supervision("2026-11-03", Outcome::kAttendedComplied)},
       0,
       0,
       0,
       20},
      {"RAR-5: ATSS and AFDA complete a day (the person was not at fault)",
       {Rar("2026-11-02", Outcome::kSentHomeServiceIssues),
        Rar("2026-11-03", Outcome::kFailureDeemedAcceptable)},
       2,
       2,
       0,
       18},
      {"RAR-6: a failure to comply and an unacceptable absence use the instructed day",
       {Rar("2026-11-02", Outcome::kAttendedFailedToComply),
        Rar("2026-11-03", Outcome::kUnacceptableAbsence)},
       0,
       2,
       0,
       18},
      {"RAR-6: rescheduled, withdrawn and acceptably missed appointments release their date",
       {Rar("2026-11-02", Outcome::kRescheduledServiceRequest),
        Rar("2026-11-03", Outcome::kRescheduledPersonRequest),
        Rar("2026-11-04", Outcome::kAppointmentWithdrawn),
        Rar("2026-11-05", Outcome::kAcceptableAbsence)},
       0,
       0,
       0,
       20},
      {"RAR-6: future bookings count against the budget",
       {Rar("2026-11-23", std::nullopt), Rar("2026-12-01", std::nullopt),
        Rar("2026-12-01", std::nullopt)},
       0,
       2,
       2,
       18},
      {"RAR-3: a completed date that also has a later booking that day is still one day",
       {Rar("2026-11-23", Outcome::kAttendedComplied), Rar("2026-11-23", std::nullopt)},
       1,
       1,
       0,
       19},
      {"RAR-5/RAR-6: a past appointment with no outcome is not completed, but its instruction "
       "stands until an outcome releases it",
       {Rar("2026-11-02", std::nullopt)},
       0,
       1,
       0,
       19},
      {"RAR-6: recording a releasing outcome on that past appointment gives the day back",
       {Rar("2026-11-02", Outcome::kAcceptableAbsence)},
       0,
       0,
       0,
       20},
  };
  for (const auto& c : cases) {
    auto count = CountRarDays(20, c.contacts, kToday);
    EXPECT_EQ(count.completed, c.completed) << c.rule;
    EXPECT_EQ(count.instructed, c.instructed) << c.rule;
    EXPECT_EQ(count.booked, c.booked) << c.rule;
    EXPECT_EQ(count.remaining, c.remaining) << c.rule;
    EXPECT_EQ(count.ordered, 20) << c.rule;
  }
}

TEST(CountRarDays, Rar6CountsPastAppointmentsWithNoOutcomeApartFromBookings) {
  // RAR-6: "future booked dates" are booked; a past date with no outcome is instructed but is
  // neither booked nor completed, and a completed session that day makes it one completed day.
  auto count =
      CountRarDays(20,
                   {Rar("2026-11-02", std::nullopt), Rar("2026-11-03", std::nullopt),
                    Rar("2026-11-03", Outcome::kAttendedComplied), Rar("2026-11-30", std::nullopt)},
                   kToday);

  EXPECT_EQ(count.completed, 1);
  EXPECT_EQ(count.unrecorded, 1);
  EXPECT_EQ(count.booked, 1);
  EXPECT_EQ(count.instructed, 3);
  EXPECT_EQ(count.remaining, 17);
}

TEST(CountRarDays, Rar7RemainingNeverGoesBelowZero) {
  // RAR-7: remaining = maximum - instructed; a record already over budget shows 0, not -1.
  auto count = CountRarDays(1,
                            {Rar("2026-11-02", Outcome::kAttendedComplied),
                             Rar("2026-11-03", Outcome::kAttendedComplied)},
                            kToday);
  EXPECT_EQ(count.completed, 2);
  EXPECT_EQ(count.remaining, 0);
}

TEST(CountRarDays, ListsTheDatesInOrder) {
  auto count =
      CountRarDays(10,
                   {Rar("2026-11-09", Outcome::kAttendedComplied),
                    Rar("2026-11-02", Outcome::kAttendedComplied), Rar("2026-11-30", std::nullopt)},
                   kToday);
  ASSERT_EQ(count.completed_dates.size(), 2U);
  EXPECT_EQ(FormatDate(count.completed_dates[0]), "2026-11-02");
  EXPECT_EQ(FormatDate(count.completed_dates[1]), "2026-11-09");
  ASSERT_EQ(count.instructed_dates.size(), 3U);
  EXPECT_EQ(FormatDate(count.instructed_dates[2]), "2026-11-30");
}

}  // namespace
}  // namespace probity::rar
