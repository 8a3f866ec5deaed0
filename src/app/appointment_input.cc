#include "app/appointment_input.h"

#include "domain/contact/recording.h"

namespace probity::app {

Status CheckText(const std::string& text, const char* field) {
  if (text.size() > kMaxTextLength) {
    return InvalidArgument(field, "TOO_LONG",
                           "Keep this under " + std::to_string(kMaxTextLength) + " characters");
  }
  return Ok();
}

// Parses the parts of a booking that need no database.
Result<contact::Contact> ParseAppointment(const AppointmentRequest& r, Date today) {
  auto type = contact::ParseContactType(r.type);
  if (!type) {
    return InvalidArgument("type", "UNKNOWN_TYPE",
                           "Choose the type of appointment (for example rar_activity, "
                           "offender_management, home_visit)");
  }
  auto date = ParseDate(r.date);
  if (!date) {
    return InvalidArgument("date", "INVALID_FORMAT", "Enter a real date as YYYY-MM-DD");
  }
  if (!contact::IsValidStartTime(r.start_time)) {
    return InvalidArgument("time", "INVALID_FORMAT", "Enter a start time as HH:MM, e.g. 09:30");
  }
  if (r.location.find_first_not_of(" \t") == std::string::npos) {
    return InvalidArgument("location", "REQUIRED", "Enter where the appointment is");
  }
  PROBITY_TRY(CheckText(r.location, "location"));
  PROBITY_TRY(CheckText(r.provider, "provider"));
  PROBITY_TRY(CheckText(r.notes, "notes"));
  PROBITY_TRY(CheckText(r.outcome_reason, "reason"));
  contact::Contact c;
  c.type = *type;
  c.date = *date;
  c.start_time = r.start_time;
  c.location = r.location;
  c.provider = r.provider;
  c.notes = r.notes;
  if (r.outcome.empty()) {
    if (*date < today) {
      return InvalidArgument("date", "IN_THE_PAST",
                             "Appointments are booked for today or later; to record a contact "
                             "that has happened, give its outcome too");
    }
    return c;
  }
  auto outcome = contact::ParseOutcome(r.outcome);
  if (!outcome) {
    return InvalidArgument("outcome", "UNKNOWN_OUTCOME",
                           "Choose an outcome code such as ATTC, AFTC, UAAB, AAAA, RSSR");
  }
  PROBITY_TRY(contact::CheckOutcome(c, *outcome, r.outcome_reason, today));
  c.outcome = outcome;
  c.outcome_reason = r.outcome_reason;
  return c;
}

// Who delivers: the named staff member, or the signed-in officer.
Result<std::optional<org::StaffId>> ResolveStaff(Tx& tx, const Actor& actor,
                                                 const std::string& code) {
  if (code.empty()) {
    return actor.staff;
  }
  auto staff = tx.org().FindStaffByCode(code);
  PROBITY_TRY(staff);
  if (!*staff) {
    return InvalidArgument("staffCode", "UNKNOWN_STAFF", "No member of staff has code " + code);
  }
  return std::optional<org::StaffId>((*staff)->id);
}

}  // namespace probity::app
