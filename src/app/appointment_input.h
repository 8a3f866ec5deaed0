// Reading the fields of an appointment from a form or API request (shared by single bookings
// and group sessions), so both refuse bad input with the same field-level errors.
#pragma once

#include <optional>
#include <string>

#include "app/diary.h"
#include "app/ports.h"

namespace probity::app {

// Longest free text kept in one field; longer text is refused rather than cut.
inline constexpr std::size_t kMaxTextLength = 4000;

// kInvalidArgument (TOO_LONG) naming `field` when `text` is over kMaxTextLength.
Status CheckText(const std::string& text, const char* field);

// Parses the parts of a booking that need no database: type, date (today or later unless an
// outcome is given), time, location, outcome. Errors name the field.
Result<contact::Contact> ParseAppointment(const AppointmentRequest& request, Date today);

// Who delivers: the staff member with `code`, or the signed-in officer when it is empty.
// kInvalidArgument (field staffCode) for an unknown code.
Result<std::optional<org::StaffId>> ResolveStaff(Tx& tx, const Actor& actor,
                                                 const std::string& code);

}  // namespace probity::app
