#include "domain/contact/recording.h"

#include <gtest/gtest.h>

namespace probity::contact {
namespace {

Date D(const char* iso) {
  return *ParseDate(iso);
}

TEST(StartTime, AcceptsOnlyTwentyFourHourClock) {
  EXPECT_TRUE(IsValidStartTime("00:00"));
  EXPECT_TRUE(IsValidStartTime("09:30"));
  EXPECT_TRUE(IsValidStartTime("23:59"));
  EXPECT_FALSE(IsValidStartTime("24:00"));
  EXPECT_FALSE(IsValidStartTime("12:60"));
  EXPECT_FALSE(IsValidStartTime("9:30"));
  EXPECT_FALSE(IsValidStartTime("09.30"));
  EXPECT_FALSE(IsValidStartTime("ab:cd"));
  EXPECT_FALSE(IsValidStartTime(""));
}

struct Case {
  const char* why;
  const char* appointment_date;
  std::optional<Outcome> already;
  Outcome outcome;
  const char* reason;
  const char* field;  // "" when allowed
  const char* error;
};

TEST(OutcomeRecording, RefusesFutureDuplicateAndUnexplainedAbsence) {
  const char* today = "2026-11-23";
  const Case cases[] = {
      // Today's appointment has happened (or is happening): its outcome can be recorded.
      {"today", "2026-11-23", std::nullopt, Outcome::kAttendedComplied, "", "", ""},
      {"yesterday", "2026-11-22", std::nullopt, Outcome::kUnacceptableAbsence, "", "", ""},
      // Issue 3 bad input: an outcome for a future appointment.
      {"tomorrow", "2026-11-24", std::nullopt, Outcome::kAttendedComplied, "", "outcome",
       "FUTURE_APPOINTMENT"},
      // One outcome per appointment; corrections are a separate action (issue 5).
      {"already recorded", "2026-11-20", Outcome::kAttendedComplied, Outcome::kUnacceptableAbsence,
       "", "outcome", "OUTCOME_ALREADY_RECORDED"},
      // Part B §10: acceptable absences (AA..) carry their reason.
      {"acceptable without reason", "2026-11-20", std::nullopt, Outcome::kAcceptableAbsence, "  ",
       "reason", "REQUIRED"},
      {"acceptable with reason", "2026-11-20", std::nullopt, Outcome::kAcceptableAbsence,
       "Medical: GP letter seen", "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.why);
    Contact appointment;
    appointment.date = D(c.appointment_date);
    appointment.outcome = c.already;
    auto status = CheckOutcome(appointment, c.outcome, c.reason, D(today));
    if (std::string(c.field).empty()) {
      EXPECT_TRUE(status.has_value()) << status.error().message;
      continue;
    }
    ASSERT_FALSE(status.has_value());
    ASSERT_EQ(status.error().fields.size(), 1U);
    EXPECT_EQ(status.error().fields[0].field, c.field);
    EXPECT_EQ(status.error().fields[0].error, c.error);
  }
}

}  // namespace
}  // namespace probity::contact
