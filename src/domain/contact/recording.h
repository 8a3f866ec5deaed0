// What may be booked and what may be recorded about an appointment (issue 3, "Bad input": no
// outcome for a future appointment; an acceptable absence needs its reason, Part B §10).
#pragma once

#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "domain/contact/contact.h"

namespace probity::contact {

// A start time is "HH:MM" on the 24-hour clock.
bool IsValidStartTime(std::string_view text);

// May `outcome` be recorded for `appointment` on `today`?
// - kInvalidArgument (field `outcome`, FUTURE_APPOINTMENT) when the appointment is after today:
//   what happened cannot be known yet.
// - kFailedPrecondition (field `outcome`, OUTCOME_ALREADY_RECORDED) when it has an outcome; a
//   correction is a separate, audited action.
// - kInvalidArgument (field `reason`, REQUIRED) for an acceptable absence without its reason
//   (medical, religious, employment...), which is what makes it acceptable.
Status CheckOutcome(const Contact& appointment, Outcome outcome, std::string_view reason,
                    Date today);

}  // namespace probity::contact
